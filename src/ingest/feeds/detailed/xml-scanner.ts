import { isSpace } from '../../../lib/text.ts';
import { HTML_ENTITIES } from './html-entities.ts';

/** Receives the events of {@link scanXml}; names are raw qualified names as written. */
export type XmlSink = {
  start(name: string, attrs: [string, string][], selfClosing: boolean): void;
  end(name: string): void;
  text(value: string): void;
  /** A well-formedness problem that was recovered from (the feed becomes "bozo"). */
  problem(message: string): void;
};

/** Options for {@link scanXml}. */
export type ScanOptions = {
  /** Internal entities declared in the DOCTYPE (literal values only, never expanded recursively). */
  readonly entities?: ReadonlyMap<string, string>;
  /** Most characters DOCTYPE entities may add to the document in all (default 1,000,000). */
  readonly entityBudget?: number;
  /** Set to true when a reference other than XML's five (`&lt;` ...) is decoded: non-ASCII may follow. */
  readonly onOtherReference?: () => void;
  /** Deepest element nesting accepted before the rest of the document is dropped. */
  readonly maxDepth?: number;
};

const XML_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const DEFAULT_ENTITY_BUDGET = 1_000_000;

/**
 * Characters DOCTYPE entities may still add to the document, shared by all the decoding of one scan, and
 * who to tell when a numeric, HTML or declared reference is decoded.
 */
export type EntityBudget = { left: number; onOtherReference?: () => void };

function codePoint(n: number): string {
  return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : '\ufffd';
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHex = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const isNameStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
// `[\w.-]`: letters, digits, underscore, dot and hyphen.
const isNameChar = (c: number): boolean => isNameStart(c) || isDigit(c) || c === 46 || c === 45;

/**
 * Reads the reference at `amp` (`&#123;`, `&#x1F;`, `&name;`, with at most 7 decimal, 6 hex or 64 name
 * characters); returns its end (after `;` when present) and the name or number text, or null for a bare `&`.
 */
function readReference(text: string, amp: number): { end: number; kind: 0 | 1 | 2; body: string } | null {
  let i = amp + 1;
  const n = text.length;
  let kind: 0 | 1 | 2;
  let start: number;
  if (text.charCodeAt(i) === 35) {
    // '#': decimal, or x/X and hex.
    const x = text.charCodeAt(i + 1);
    if (isDigit(x)) {
      kind = 0;
      start = i + 1;
      i = start;
      while (i < n && i - start < 7 && isDigit(text.charCodeAt(i))) i++;
    } else if ((x === 120 || x === 88) && isHex(text.charCodeAt(i + 2))) {
      kind = 1;
      start = i + 2;
      i = start;
      while (i < n && i - start < 6 && isHex(text.charCodeAt(i))) i++;
    } else return null;
  } else if (isNameStart(text.charCodeAt(i))) {
    kind = 2;
    start = i;
    i++;
    while (i < n && i - start < 64 && isNameChar(text.charCodeAt(i))) i++;
  } else return null;
  const body = text.slice(start, i);
  return { end: text.charCodeAt(i) === 59 ? i + 1 : -i, kind, body };
}

/** The character of `&lt;`, `&gt;`, `&amp;`, `&quot;` or `&apos;` at `amp`, or null for anything else. */
function xmlReference(text: string, amp: number): string | null {
  const a = text.charCodeAt(amp + 1);
  const b = text.charCodeAt(amp + 2);
  const c = text.charCodeAt(amp + 3);
  if (b === 116 && c === 59) return a === 108 ? '<' : a === 103 ? '>' : null; // lt; gt;
  if (a === 97 && b === 109 && c === 112 && text.charCodeAt(amp + 4) === 59) return '&'; // amp;
  if (text.charCodeAt(amp + 5) !== 59) return null;
  if (a === 113 && b === 117 && c === 111 && text.charCodeAt(amp + 4) === 116) return '"'; // quot;
  if (a === 97 && b === 112 && c === 111 && text.charCodeAt(amp + 4) === 115) return "'"; // apos;
  return null;
}

/**
 * Decodes character and entity references: XML's five, numeric ones, the DOCTYPE's literal entities (while
 * `budget` lasts) and HTML 4 names (as a loose parser does); unknown or unterminated references stay
 * literal and are reported. Linear time.
 */
export function decodeReferences(
  text: string,
  entities: ReadonlyMap<string, string> | undefined,
  problem: (message: string) => void,
  budget: EntityBudget = { left: DEFAULT_ENTITY_BUDGET },
): string {
  let amp = text.indexOf('&');
  if (amp === -1) return text;
  let out = '';
  let last = 0;
  while (amp !== -1) {
    // Fast path for the five XML references, which are most of what feeds contain.
    const quick = xmlReference(text, amp);
    if (quick !== null) {
      out += text.slice(last, amp) + quick;
      last = amp + (quick === '&' ? 5 : quick === '<' || quick === '>' ? 4 : 6);
      amp = text.indexOf('&', last);
      continue;
    }
    const ref = readReference(text, amp);
    let value: string | undefined;
    if (ref && ref.end > 0) {
      if (ref.kind === 0) value = codePoint(Number(ref.body));
      else if (ref.kind === 1) value = codePoint(Number.parseInt(ref.body, 16));
      else {
        value = XML_ENTITIES[ref.body];
        if (value === undefined) {
          const declared = entities?.get(ref.body);
          if (declared !== undefined && declared.length <= budget.left) {
            budget.left -= declared.length;
            value = declared;
          } else if (declared === undefined) {
            const html = HTML_ENTITIES.get(ref.body);
            if (html !== undefined) value = codePoint(html);
          }
        }
      }
    }
    if (ref && value !== undefined) {
      budget.onOtherReference?.();
      out += text.slice(last, amp) + value;
      last = ref.end;
      amp = text.indexOf('&', last);
    } else {
      problem(
        ref
          ? `undefined or unterminated reference ${text.slice(amp, ref.end > 0 ? ref.end : -ref.end)}`
          : 'bare "&" in text',
      );
      amp = text.indexOf('&', amp + 1);
    }
  }
  return out + text.slice(last);
}

function parseAttributes(source: string, decode: (s: string) => string, problem: (m: string) => void) {
  const attrs: [string, string][] = [];
  const n = source.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(source.charCodeAt(i))) i++;
    if (i >= n) break;
    // Name: a run of characters other than whitespace, = / > " and '.
    const nameStart = i;
    for (; i < n; i++) {
      const c = source.charCodeAt(i);
      if (c === 61 || c === 47 || c === 62 || c === 34 || c === 39 || isSpace(c)) break;
    }
    if (i === nameStart) {
      problem('malformed attribute');
      i++;
      continue;
    }
    const name = source.slice(nameStart, i);
    let raw: string | undefined;
    let bare = false;
    let j = i;
    while (j < n && isSpace(source.charCodeAt(j))) j++;
    if (source.charCodeAt(j) === 61) {
      j++;
      while (j < n && isSpace(source.charCodeAt(j))) j++;
      const q = source.charCodeAt(j);
      if (q === 34 || q === 39) {
        const close = source.indexOf(q === 34 ? '"' : "'", j + 1);
        if (close !== -1) {
          raw = source.slice(j + 1, close);
          i = close + 1;
        }
      } else {
        let k = j;
        for (; k < n; k++) {
          const c = source.charCodeAt(k);
          if (c === 62 || c === 34 || c === 39 || isSpace(c)) break;
        }
        if (k > j) {
          raw = source.slice(j, k);
          bare = true;
          i = k;
        }
      }
    }
    if (raw === undefined || bare) problem(`attribute ${name} is not quoted`);
    const value = raw ?? name;
    attrs.push([name, value.includes('&') ? decode(value) : value]);
  }
  return attrs;
}

/** True for a character that may start an element name (`[A-Za-z_:\u00C0-\uFFFF]`). */
function startsName(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c >= 0xc0;
}

/**
 * Scans XML text into start/end/text events like a SAX parser, recovering from what a browser would
 * (bare `&` and `<`, unquoted attributes, unclosed elements) and reporting each problem; runs in linear
 * time, never expands entities recursively and never throws.
 */
export function scanXml(xml: string, sink: XmlSink, options: ScanOptions = {}): void {
  const maxDepth = options.maxDepth ?? 512;
  const budget: EntityBudget = {
    left: options.entityBudget ?? DEFAULT_ENTITY_BUDGET,
    onOtherReference: options.onOtherReference,
  };
  const entities = options.entities;
  const problem = sink.problem;
  const decode = (s: string): string =>
    s.indexOf('&') === -1 ? s : decodeReferences(s, entities, problem, budget);
  const open: string[] = [];
  let skipDepth = 0;
  let i = 0;
  let text = '';
  const flush = (): void => {
    if (text !== '' && skipDepth === 0) sink.text(text);
    text = '';
  };
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) {
      text += decode(xml.slice(i));
      break;
    }
    if (lt > i) text += decode(xml.slice(i, lt));
    i = lt;
    const next = xml.charCodeAt(i + 1);
    if (next === 33) {
      // '<!': CDATA, comment or declaration.
      if (xml.startsWith('<![CDATA[', i)) {
        const close = xml.indexOf(']]>', i + 9);
        if (close === -1) problem('unterminated CDATA section');
        text += xml.slice(i + 9, close === -1 ? n : close);
        i = close === -1 ? n : close + 3;
      } else if (xml.startsWith('<!--', i)) {
        const close = xml.indexOf('-->', i + 4);
        if (close === -1) problem('unterminated comment');
        i = close === -1 ? n : close + 3;
      } else i = skipDeclaration(xml, i);
      continue;
    }
    if (next === 63) {
      // '<?': a processing instruction.
      const close = xml.indexOf('?>', i + 2);
      i = close === -1 ? n : close + 2;
      continue;
    }
    if (next === 47) {
      // '</': an end tag; usually the innermost open element's, which needs no slicing to check.
      const top = open[open.length - 1];
      if (top !== undefined && xml.startsWith(top, i + 2) && xml.charCodeAt(i + 2 + top.length) === 62) {
        i += top.length + 3;
        flush();
        open.pop();
        if (skipDepth > 0) skipDepth--;
        else sink.end(top);
        continue;
      }
      const close = xml.indexOf('>', i);
      const name = xml.slice(i + 2, close === -1 ? n : close).trim();
      i = close === -1 ? n : close + 1;
      flush();
      const at = open.lastIndexOf(name);
      if (at === -1) {
        problem(`</${name}> without an opening tag`);
        continue;
      }
      if (at !== open.length - 1) problem(`<${open[open.length - 1]}> closed by </${name}>`);
      while (open.length > at) {
        const closing = open.pop() as string;
        if (skipDepth > 0) skipDepth--;
        else sink.end(closing);
      }
      continue;
    }
    if (!startsName(next)) {
      problem('bare "<" in text');
      text += '<';
      i++;
      continue;
    }
    const end = findTagEnd(xml, i + 1);
    const terminated = end !== -1 && xml.charCodeAt(end) === 62;
    const bodyEnd = end === -1 ? n : end;
    i = end === -1 ? n : terminated ? end + 1 : end;
    if (!terminated) problem('unterminated start tag');
    const selfClosing = xml.charCodeAt(bodyEnd - 1) === 47 && bodyEnd - 1 > lt;
    const innerEnd = selfClosing ? bodyEnd - 1 : bodyEnd;
    let nameEnd = lt + 1;
    while (nameEnd < innerEnd && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
    const name = xml.slice(lt + 1, nameEnd);
    const attrs = nameEnd >= innerEnd ? [] : parseAttributes(xml.slice(nameEnd, innerEnd), decode, problem);
    flush();
    if (skipDepth > 0 || open.length >= maxDepth) {
      if (skipDepth === 0) problem(`elements nested deeper than ${maxDepth}; the rest is ignored`);
      if (!selfClosing) {
        skipDepth++;
        open.push(name);
      }
      continue;
    }
    sink.start(name, attrs, selfClosing);
    if (selfClosing) sink.end(name);
    else open.push(name);
  }
  flush();
  if (open.length > 0) problem(`<${open[open.length - 1]}> is never closed`);
  while (open.length > 0) {
    const closing = open.pop() as string;
    if (skipDepth > 0) skipDepth--;
    else sink.end(closing);
  }
}

/** Index of the `>` ending a start tag (or of a `<` that cuts it short), skipping quoted values; -1 if none. */
function findTagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let j = from; j < xml.length; j++) {
    const c = xml.charCodeAt(j);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62 || c === 60) return j;
  }
  return -1;
}

/** Skips a `<!...>` declaration, including a DOCTYPE internal subset in brackets. */
function skipDeclaration(xml: string, from: number): number {
  let depth = 0;
  for (let j = from + 2; j < xml.length; j++) {
    const c = xml.charCodeAt(j);
    if (c === 91) depth++;
    else if (c === 93) depth--;
    else if (c === 62 && depth <= 0) return j + 1;
  }
  return xml.length;
}
