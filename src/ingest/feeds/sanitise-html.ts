import sanitizeHtml from 'sanitize-html';
import { resolveUrl } from '../../lib/url.ts';

const ALLOWED_TAGS = [
  ...sanitizeHtml.defaults.allowedTags,
  'img',
  'figure',
  'figcaption',
  'picture',
  'del',
  'ins',
  'sub',
  'sup',
  'kbd',
  'samp',
  'details',
  'summary',
];

const URL_ATTRIBUTES: Readonly<Record<string, string>> = {
  a: 'href',
  img: 'src',
  q: 'cite',
  blockquote: 'cite',
};

function options(baseUrl: string | undefined): sanitizeHtml.IOptions {
  const resolve = (tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag => {
    const name = URL_ATTRIBUTES[tagName];
    const value = name ? attribs[name] : undefined;
    if (name && value !== undefined) {
      const absolute = resolveUrl(value.trim(), baseUrl);
      if (absolute) attribs[name] = absolute;
    }
    return { tagName, attribs };
  };
  return {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'title', 'hreflang'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      blockquote: ['cite'],
      q: ['cite'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan', 'scope'],
      ol: ['start', 'type'],
      code: ['class'],
    },
    allowedClasses: { code: [/^language-[\w-]+$/] },
    // No javascript:, data: or vbscript: URLs anywhere.
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
    allowProtocolRelative: true,
    transformTags: { a: resolve, img: resolve, q: resolve, blockquote: resolve },
    // script, style and friends are dropped together with their contents (sanitize-html default list).
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object'],
  };
}

/**
 * Sanitised HTML: keeps safe markup, drops script/style/event handlers/javascript: URLs and resolves
 * relative links against `baseUrl`; returns null for empty input and never throws.
 */
export function sanitiseHtml(html: string | null | undefined, baseUrl?: string): string | null {
  if (typeof html !== 'string') return null;
  const clean = sanitizeHtml(html, options(baseUrl)).trim();
  return clean === '' ? null : clean;
}

/** Plain text of an HTML fragment: tags removed, entities decoded, whitespace collapsed; null when empty. */
export function htmlToText(html: string | null | undefined): string | null {
  if (typeof html !== 'string') return null;
  if (!/[<&]/.test(html)) return collapse(html); // Most titles: nothing to strip or decode.
  // Keep words apart where block elements end.
  const spaced = html.replace(/<\/(p|div|li|h[1-6]|td|th|tr|blockquote)\s*>|<br\s*\/?>/gi, ' $&');
  const stripped = sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} });
  return collapse(unescapeBasic(stripped));
}

/** Whitespace-collapsed text, or null when nothing remains. */
export function collapse(text: string | null | undefined): string | null {
  if (typeof text !== 'string') return null;
  const out = text.replace(/\s+/g, ' ').trim();
  return out === '' ? null : out;
}

/** Escapes plain text for HTML and turns blank-line-separated paragraphs into `<p>` elements. */
export function textToHtml(text: string | null | undefined): string | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeText(p)}</p>`)
    .join('\n');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** sanitize-html re-escapes only these when it writes text out. */
function unescapeBasic(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
