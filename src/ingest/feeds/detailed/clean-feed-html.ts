import { safeAbsoluteUrl } from './feed-urls.ts';
import { HTML_ENTITIES } from './html-entities.ts';
import {
  ACCEPTABLE_ATTRIBUTES,
  ACCEPTABLE_CSS_KEYWORDS,
  ACCEPTABLE_CSS_PROPERTIES,
  ACCEPTABLE_ELEMENTS,
  DROPPED_WITH_CONTENT,
  MATHML_ATTRIBUTES,
  MATHML_ELEMENTS,
  RELATIVE_URI_ATTRIBUTES,
  SVG_ATTRIBUTES,
  SVG_CSS_PROPERTIES,
  SVG_ELEMENTS,
  VOID_ELEMENTS,
} from './sanitiser-lists.ts';

/** What {@link cleanFeedHtml} should do besides normalising the markup. */
export type CleanOptions = {
  /** Base URL for relative links in href/src/cite/... attributes. */
  readonly base?: string;
  /** Drop unsafe elements, attributes, styles and URL schemes. */
  readonly sanitise: boolean;
};

const lower = (set: ReadonlySet<string>): Map<string, string> =>
  new Map([...set].map((s) => [s.toLowerCase(), s]));
const SVG_ELEMENT_CASE = lower(SVG_ELEMENTS);
const SVG_ATTRIBUTE_CASE = lower(SVG_ATTRIBUTES);
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';
const SVG_NS = 'http://www.w3.org/2000/svg';
const CSS_VALUE =
  /^(#[0-9a-f]+|rgb\(\d+%?,\d*%?,?\d*%?\)?|\d{0,2}\.?\d{0,2}(cm|em|ex|in|mm|pc|pt|px|%|,|\))?)$/;
// The attribute part is matched as one run of unquoted characters and quoted strings, whose alternatives
// start with different characters, so the regex cannot backtrack exponentially (an earlier form nested
// `(\s*name(=value)?)*` and took seconds on `<a b c d e f...` left unclosed); ATTR then splits it. A `<`
// ends the attempt, so a run of unclosed tags costs linear time, not quadratic.
const TAG = /<(\/?)([A-Za-z][^\s/>]*)((?:[^<>"']|"[^"]*"|'[^']*')*?)\s*(\/?)>/y;
const ATTR = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']*)))?/g;

function decodeAttr(value: string): string {
  return value.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|(\w+));/g, (whole, dec, hex, name) => {
    const code = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : HTML_ENTITIES.get(name);
    return code !== undefined && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function encodeAttr(value: string): string {
  return value
    .replace(/>/g, '&gt;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/&(?!#\d+;|#x[0-9a-fA-F]+;|\w+;)/g, '&amp;');
}

/** The safe part of a style attribute: allowed properties with plain values, or '' (never url()). */
export function cleanStyle(style: string, svg: boolean): string {
  const noUrls = style.replace(/url\s*\(\s*[^\s)]+?\s*\)\s*/g, ' ');
  if (!/^([:,;#%.\sa-zA-Z0-9!]|\w-\w|'[\s\w]+'|"[\s\w]+"|\([\d,\s]+\))*$/.test(noUrls)) return '';
  if (noUrls.replace(/\s*[-\w]+\s*:\s*[^:;]*;?/g, '').trim()) return '';
  const clean: string[] = [];
  for (const [, prop = '', value = ''] of noUrls.matchAll(/([-\w]+)\s*:\s*([^:;]*)/g)) {
    if (!value) continue;
    const p = prop.toLowerCase();
    const shorthand = ['background', 'border', 'margin', 'padding'].includes(p.split('-')[0] ?? '');
    const ok =
      ACCEPTABLE_CSS_PROPERTIES.has(p) ||
      (shorthand &&
        value.split(/\s+/).every((k) => !k || ACCEPTABLE_CSS_KEYWORDS.has(k) || CSS_VALUE.test(k))) ||
      (svg && SVG_CSS_PROPERTIES.has(p));
    if (ok) clean.push(`${prop}: ${value};`);
  }
  return clean.join(' ');
}

function parseAttrs(source: string): [string, string][] {
  const seen = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) {
    const name = (m[1] ?? '').toLowerCase();
    const raw = m[2] ?? m[3] ?? m[4] ?? name;
    const value = decodeAttr(raw);
    if (!seen.has(name)) seen.set(name, name === 'rel' || name === 'type' ? value.toLowerCase() : value);
  }
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

type State = { dropDepth: number; mathml: number; svg: number };

function startTag(name: string, attrs: [string, string][], options: CleanOptions, state: State): string {
  let tag = name;
  let allowed: ReadonlySet<string> = ACCEPTABLE_ATTRIBUTES;
  let caseMap: ReadonlyMap<string, string> | undefined;
  if (options.sanitise && (!ACCEPTABLE_ELEMENTS.has(tag) || state.svg > 0)) {
    if (DROPPED_WITH_CONTENT.has(tag)) state.dropDepth++;
    const xmlns = attrs.find(([k]) => k === 'xmlns')?.[1];
    if (tag === 'math' && (xmlns ?? MATHML_NS) === MATHML_NS) {
      if (!xmlns) attrs.push(['xmlns', MATHML_NS]);
      state.mathml++;
    }
    if (tag === 'svg' && (xmlns ?? SVG_NS) === SVG_NS) {
      if (!xmlns) attrs.push(['xmlns', SVG_NS]);
      state.svg++;
    }
    if (state.mathml > 0 && MATHML_ELEMENTS.has(tag)) allowed = MATHML_ATTRIBUTES;
    else if (state.svg > 0 && SVG_ELEMENT_CASE.has(tag)) {
      tag = SVG_ELEMENT_CASE.get(tag) ?? tag;
      allowed = new Set(SVG_ATTRIBUTE_CASE.keys());
      caseMap = SVG_ATTRIBUTE_CASE;
    } else if (!ACCEPTABLE_ELEMENTS.has(tag)) return '';
  }
  let out = '';
  for (const [key, rawValue] of attrs) {
    let value = rawValue;
    if (RELATIVE_URI_ATTRIBUTES.has(`${name}:${key}`)) value = safeAbsoluteUrl(options.base, value.trim());
    if (options.sanitise) {
      if (key === 'style' && allowed.has('style')) {
        value = cleanStyle(value, state.svg > 0);
        if (!value) continue;
      } else if (!allowed.has(key)) continue;
      if (key === 'href') value = safeAbsoluteUrl(value);
    }
    out += ` ${caseMap?.get(key) ?? key}="${encodeAttr(value)}"`;
  }
  return VOID_ELEMENTS.has(tag) ? `<${tag}${out} />` : `<${tag}${out}>`;
}

function endTag(name: string, options: CleanOptions, state: State): string {
  let tag = name;
  if (options.sanitise && !ACCEPTABLE_ELEMENTS.has(tag)) {
    if (DROPPED_WITH_CONTENT.has(tag)) state.dropDepth = Math.max(0, state.dropDepth - 1);
    if (state.mathml > 0 && MATHML_ELEMENTS.has(tag)) {
      if (tag === 'math') state.mathml--;
    } else if (state.svg > 0 && SVG_ELEMENT_CASE.has(tag)) {
      tag = SVG_ELEMENT_CASE.get(tag) ?? tag;
      if (tag === 'svg') state.svg--;
    } else return '';
  }
  return VOID_ELEMENTS.has(tag) ? '' : `</${tag}>`;
}

/**
 * Normalises an HTML fragment from a feed: resolves relative URLs against `base` and, when asked, keeps
 * only allow-listed elements, attributes, styles and URL schemes (script/style/applet lose their content).
 * Runs in linear time and never throws.
 */
export function cleanFeedHtml(html: string, options: CleanOptions): string {
  const source = html
    .replace(/<!\[CDATA\[/g, '&lt;![CDATA[')
    .replace(/&#39;/g, "'")
    .replace(/&#34;/g, '"');
  const state: State = { dropDepth: 0, mathml: 0, svg: 0 };
  const out: string[] = [];
  const text = (t: string): void => {
    if (state.dropDepth === 0 || !options.sanitise) out.push(t);
  };
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt === -1) {
      text(source.slice(i));
      break;
    }
    if (lt > i) text(source.slice(i, lt));
    i = lt;
    if (source.startsWith('<!--', i)) {
      const close = source.indexOf('-->', i + 4);
      const end = close === -1 ? (/--[^>]*>/.exec(source.slice(i + 4))?.index ?? -1) : close;
      if (end === -1) return finish(out);
      if (!options.sanitise) out.push(source.slice(i, close + 3));
      i = close === -1 ? source.indexOf('>', i + 4 + end) + 1 : close + 3;
      continue;
    }
    if (/^<[!?]/.test(source.slice(i, i + 2))) {
      const close = source.indexOf('>', i);
      if (close === -1 || !/^<(!DOCTYPE|\?)/i.test(source.slice(i, i + 9))) {
        text('&lt;');
        i++;
        continue;
      }
      i = close + 1;
      continue;
    }
    TAG.lastIndex = i;
    const m = TAG.exec(source);
    if (!m) {
      text('<');
      i++;
      continue;
    }
    i += m[0].length;
    const name = (m[2] ?? '').toLowerCase();
    if (m[1] === '/') {
      out.push(endTag(name, options, state));
      continue;
    }
    out.push(startTag(name, parseAttrs(m[3] ?? ''), options, state));
    // `<b/>` on an element that needs an end tag is written as `<b></b>`.
    if (m[4] === '/' && !VOID_ELEMENTS.has(name)) out.push(endTag(name, options, state));
  }
  return finish(out);
}

function finish(out: readonly string[]): string {
  return out.join('').trim().replace(/\r\n/g, '\n');
}
