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
// RELATIVE_URI_ATTRIBUTES (`element:attribute` pairs) by element, so a lookup builds no string.
const URI_ATTRIBUTES = new Map<string, Set<string>>();
for (const pair of RELATIVE_URI_ATTRIBUTES) {
  const [element = '', attribute = ''] = pair.split(':');
  URI_ATTRIBUTES.set(element, (URI_ATTRIBUTES.get(element) ?? new Set()).add(attribute));
}
const NEEDS_ENCODING = /[<>"&]/;
const REFERENCE = /&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|(\w+));/g;

function decodeAttr(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(REFERENCE, (whole, dec, hex, name) => {
    const code = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : HTML_ENTITIES.get(name);
    return code !== undefined && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function encodeAttr(value: string): string {
  if (!NEEDS_ENCODING.test(value)) return value;
  return value
    .replace(/>/g, '&gt;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/&(?!#\d+;|#x[0-9a-fA-F]+;|\w+;)/g, '&amp;');
}

/** The safe part of a style attribute: allowed properties with plain values, or '' (never url()). */
export function cleanStyle(style: string, svg: boolean): string {
  // Linear-time patterns: the url() body excludes "(" so that "url(url(url(..." is not rescanned from each
  // "url(", and declarations may only start where a word starts (the lookbehinds), so a long word with no
  // ":" is tried once, not once per character (both were quadratic, found by an adversarial regex check).
  // An unbalanced "url(" that is left in place fails the allow-list below, which drops the whole style.
  const noUrls = style.replace(/url\s*\(\s*[^\s()]+\s*\)\s*/g, ' ');
  if (!/^([:,;#%.\sa-zA-Z0-9!]|\w-\w|'[\s\w]+'|"[\s\w]+"|\([\d,\s]+\))*$/.test(noUrls)) return '';
  if (noUrls.replace(/(?<![-\w\s])\s*[-\w]+\s*:\s*[^:;]*;?/g, '').trim()) return '';
  const clean: string[] = [];
  for (const [, prop = '', value = ''] of noUrls.matchAll(/(?<![-\w])([-\w]+)\s*:\s*([^:;]*)/g)) {
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

const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && /\s/.test(String.fromCharCode(c)));
/** Ends an attribute name: whitespace = / > " ' (the ATTR grammar of feed parsers). */
const endsName = (c: number): boolean =>
  c === 61 || c === 47 || c === 62 || c === 34 || c === 39 || isSpace(c);

/**
 * Attributes of a tag's attribute text, as `name(\s*=\s*("v"|'v'|v))?` matches found left to right
 * (characters that start no match are skipped): names lower-cased, first occurrence kept, sorted by name.
 */
function parseAttrs(source: string): [string, string][] {
  const out: [string, string][] = [];
  const n = source.length;
  let i = 0;
  while (i < n) {
    if (endsName(source.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && !endsName(source.charCodeAt(i))) i++;
    const name = source.slice(start, i).toLowerCase();
    let raw: string | null = null;
    let j = i;
    while (j < n && isSpace(source.charCodeAt(j))) j++;
    if (source.charCodeAt(j) === 61) {
      j++;
      while (j < n && isSpace(source.charCodeAt(j))) j++;
      const q = source.charCodeAt(j);
      const close = q === 34 || q === 39 ? source.indexOf(q === 34 ? '"' : "'", j + 1) : -1;
      if (close !== -1) {
        raw = source.slice(j + 1, close);
        i = close + 1;
      } else {
        let k = j;
        while (k < n) {
          const c = source.charCodeAt(k);
          if (c === 62 || c === 34 || c === 39 || isSpace(c)) break;
          k++;
        }
        raw = source.slice(j, k);
        i = k;
      }
    }
    if (out.some(([k]) => k === name)) continue;
    const value = decodeAttr(raw ?? name);
    out.push([name, name === 'rel' || name === 'type' ? value.toLowerCase() : value]);
  }
  if (out.length > 1) out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return out;
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
  const uriAttributes = URI_ATTRIBUTES.get(name);
  for (const [key, rawValue] of attrs) {
    let value = rawValue;
    if (uriAttributes?.has(key)) value = safeAbsoluteUrl(options.base, value.trim());
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
 * The tag at `lt` as `<`, optional `/`, a name (`[A-Za-z][^\s/>]*`), attribute text (unquoted characters
 * other than `<`, or quoted strings), optional whitespace and `/`, then `>`; null when there is none (an
 * unclosed quote or a `<` first). One forward pass, so runs of broken tags cost linear time.
 */
function readTag(source: string, lt: number) {
  const n = source.length;
  let i = lt + 1;
  const closing = source.charCodeAt(i) === 47;
  if (closing) i++;
  const c0 = source.charCodeAt(i);
  if (!((c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90))) return null;
  const nameStart = i;
  for (i++; i < n; i++) {
    const c = source.charCodeAt(i);
    if (c === 47 || c === 62 || isSpace(c)) break;
  }
  const nameEnd = i;
  for (; i < n; i++) {
    const c = source.charCodeAt(i);
    if (c === 62) break;
    if (c === 60) return null;
    if (c === 34 || c === 39) {
      const close = source.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close === -1) return null;
      i = close;
    }
  }
  if (i >= n) return null;
  let attrEnd = i;
  const selfClosing = attrEnd > nameEnd && source.charCodeAt(attrEnd - 1) === 47;
  if (selfClosing) attrEnd--;
  while (attrEnd > nameEnd && isSpace(source.charCodeAt(attrEnd - 1))) attrEnd--;
  return {
    end: i + 1,
    closing,
    name: source.slice(nameStart, nameEnd).toLowerCase(),
    attrs: source.slice(nameEnd, attrEnd),
    selfClosing,
  };
}

/**
 * Offset (from `from`) of the first `--` that a later `>` ends, as `/--[^>]*>/` finds it, or -1; found with
 * two forward searches because that regex rescans to the end from every `--` when there is no `>`.
 */
function unclosedCommentEnd(source: string, from: number): number {
  const dashes = source.indexOf('--', from);
  if (dashes === -1 || source.indexOf('>', dashes + 2) === -1) return -1;
  return dashes - from;
}

function prepare(html: string): string {
  let source = html;
  if (source.includes('<![CDATA[')) source = source.replace(/<!\[CDATA\[/g, '&lt;![CDATA[');
  if (source.includes('&#3')) source = source.replace(/&#39;/g, "'").replace(/&#34;/g, '"');
  return source;
}

/**
 * Normalises an HTML fragment from a feed: resolves relative URLs against `base` and, when asked, keeps
 * only allow-listed elements, attributes, styles and URL schemes (script/style/applet lose their content).
 * Runs in linear time and never throws.
 */
export function cleanFeedHtml(html: string, options: CleanOptions): string {
  const source = prepare(html);
  if (!source.includes('<')) return finish([source]);
  const state: State = { dropDepth: 0, mathml: 0, svg: 0 };
  const out: string[] = [];
  const keepText = (): boolean => state.dropDepth === 0 || !options.sanitise;
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt === -1) {
      if (keepText()) out.push(source.slice(i));
      break;
    }
    if (lt > i && keepText()) out.push(source.slice(i, lt));
    i = lt;
    const next = source.charCodeAt(i + 1);
    if (next === 33 && source.startsWith('<!--', i)) {
      const close = source.indexOf('-->', i + 4);
      const end = close === -1 ? unclosedCommentEnd(source, i + 4) : close;
      if (end === -1) return finish(out);
      if (!options.sanitise) out.push(source.slice(i, close + 3));
      i = close === -1 ? source.indexOf('>', i + 4 + end) + 1 : close + 3;
      continue;
    }
    if (next === 33 || next === 63) {
      const close = source.indexOf('>', i);
      if (close === -1 || !/^<(!DOCTYPE|\?)/i.test(source.slice(i, i + 9))) {
        if (keepText()) out.push('&lt;');
        i++;
        continue;
      }
      i = close + 1;
      continue;
    }
    const tag = readTag(source, i);
    if (!tag) {
      // A `<` that starts no complete tag is text. When sanitising it is escaped, so that a browser cannot
      // read it (and what follows, say an unclosed quote closed further on) as a tag we never checked.
      if (keepText()) out.push(options.sanitise ? '&lt;' : '<');
      i++;
      continue;
    }
    i = tag.end;
    if (tag.closing) {
      out.push(endTag(tag.name, options, state));
      continue;
    }
    out.push(startTag(tag.name, parseAttrs(tag.attrs), options, state));
    // `<b/>` on an element that needs an end tag is written as `<b></b>`.
    if (tag.selfClosing && !VOID_ELEMENTS.has(tag.name)) out.push(endTag(tag.name, options, state));
  }
  return finish(out);
}

function finish(out: readonly string[]): string {
  const joined = (out.length === 1 ? (out[0] as string) : out.join('')).trim();
  return joined.includes('\r\n') ? joined.replace(/\r\n/g, '\n') : joined;
}
