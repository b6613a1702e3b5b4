import { cleanFeedHtml } from './detailed/clean-feed-html.ts';
import { HTML_ENTITIES } from './detailed/html-entities.ts';

/**
 * Sanitised HTML: keeps the feed readers' allow-list of elements, attributes and styles, drops
 * script/style (with their content), event handlers and javascript:/data: URLs, and resolves relative
 * links against `baseUrl`; returns null for empty input and never throws.
 */
export function sanitiseHtml(html: string | null | undefined, baseUrl?: string): string | null {
  if (typeof html !== 'string') return null;
  const clean = cleanFeedHtml(html, { base: baseUrl, sanitise: true });
  return clean === '' ? null : clean;
}

// Elements whose content is not text a reader sees; block elements whose edges separate words.
const HIDDEN = new Set(['script', 'style', 'applet', 'template', 'noscript', 'iframe', 'object', 'head']);
const BLOCK = new Set([
  'p',
  'div',
  'li',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'tr',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'dd',
  'dt',
  'hr',
  'table',
  'section',
  'article',
  'figure',
  'figcaption',
]);
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/g;
const XML_NAMES: Readonly<Record<string, number>> = { amp: 38, lt: 60, gt: 62, quot: 34, apos: 39 };

/** Text with HTML character references decoded (unknown names stay as written). */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, dec?: string, hex?: string, name?: string) => {
    const code = dec
      ? Number(dec)
      : hex
        ? Number.parseInt(hex, 16)
        : (XML_NAMES[name ?? ''] ?? HTML_ENTITIES.get(name ?? ''));
    return code !== undefined && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      ? String.fromCodePoint(code)
      : whole;
  });
}

/** Lower-cased element name of the tag starting at `lt` (`<name` or `</name`), or '' when it is not one. */
function tagName(html: string, lt: number): string {
  let i = lt + 1;
  if (html.charCodeAt(i) === 47) i++; // '/'
  const start = i;
  for (; i < html.length; i++) {
    const c = html.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (i > start && c >= 48 && c <= 57);
    if (!letter) break;
  }
  return html.slice(start, i).toLowerCase();
}

/**
 * Plain text of an HTML fragment: tags removed (script/style with their content), block edges kept as
 * spaces, references decoded, whitespace collapsed; null when empty. Linear time, never throws.
 */
export function htmlToText(html: string | null | undefined): string | null {
  if (typeof html !== 'string') return null;
  if (!html.includes('<')) return collapse(decodeHtmlEntities(html)); // Most titles: nothing to strip.
  const out: string[] = [];
  let hidden = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      if (!hidden) out.push(html.slice(i));
      break;
    }
    if (lt > i && !hidden) out.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    const name = tagName(html, lt);
    const isTag = name !== '' || html[lt + 1] === '!' || html[lt + 1] === '?';
    if (!isTag) {
      if (!hidden) out.push('<');
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt);
    if (gt === -1) break; // An unterminated tag at the end shows nothing.
    const closing = html[lt + 1] === '/';
    if (hidden) {
      if (closing && name === hidden) hidden = '';
    } else if (!closing && HIDDEN.has(name) && html[gt - 1] !== '/') hidden = name;
    else if (BLOCK.has(name)) out.push(' ');
    i = gt + 1;
  }
  return collapse(decodeHtmlEntities(out.join('')));
}

/** Whitespace-collapsed text, or null when nothing remains. */
export function collapse(text: string | null | undefined): string | null {
  if (typeof text !== 'string') return null;
  // Most text has only single spaces between words: then trimming is all there is to do.
  const out = (/[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
  return out === '' ? null : out;
}

/** Escapes plain text for HTML and turns blank-line-separated paragraphs into `<p>` elements. */
export function textToHtml(text: string | null | undefined): string | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  return text
    .split(/\n[^\S\n]*\n\s*/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeText(p)}</p>`)
    .join('\n');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
