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
  /** Deepest element nesting accepted before the rest of the document is dropped. */
  readonly maxDepth?: number;
};

const XML_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REF = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z_][\w.-]{0,63}));?/y;
const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/;
const ATTR = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/y;

function codePoint(n: number): string {
  return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : '\ufffd';
}

/**
 * Decodes character and entity references: XML's five, numeric ones, the DOCTYPE's literal entities and
 * HTML 4 names (as a loose parser does); unknown or unterminated references stay literal and are reported.
 */
export function decodeReferences(
  text: string,
  entities: ReadonlyMap<string, string> | undefined,
  problem: (message: string) => void,
): string {
  let amp = text.indexOf('&');
  if (amp === -1) return text;
  let out = '';
  let last = 0;
  while (amp !== -1) {
    REF.lastIndex = amp;
    const m = REF.exec(text);
    let value: string | undefined;
    if (m?.[0].endsWith(';')) {
      if (m[1] !== undefined) value = codePoint(Number(m[1]));
      else if (m[2] !== undefined) value = codePoint(Number.parseInt(m[2], 16));
      else if (m[3] !== undefined) {
        const html = HTML_ENTITIES.get(m[3]);
        value =
          XML_ENTITIES[m[3]] ?? entities?.get(m[3]) ?? (html === undefined ? undefined : codePoint(html));
      }
    }
    if (m && value !== undefined) {
      out += text.slice(last, amp) + value;
      last = amp + m[0].length;
      amp = text.indexOf('&', last);
    } else {
      problem(m ? `undefined or unterminated reference ${m[0]}` : 'bare "&" in text');
      amp = text.indexOf('&', amp + 1);
    }
  }
  return out + text.slice(last);
}

function parseAttributes(source: string, decode: (s: string) => string, problem: (m: string) => void) {
  const attrs: [string, string][] = [];
  let i = 0;
  while (i < source.length) {
    while (i < source.length && /\s/.test(source[i] ?? '')) i++;
    if (i >= source.length) break;
    ATTR.lastIndex = i;
    const m = ATTR.exec(source);
    if (!m) {
      problem('malformed attribute');
      i++;
      continue;
    }
    const [whole, name = '', dq, sq, bare] = m;
    const raw = dq ?? sq ?? bare;
    if (raw === undefined || bare !== undefined) problem(`attribute ${name} is not quoted`);
    attrs.push([name, decode(raw ?? name)]);
    i += whole.length;
  }
  return attrs;
}

/**
 * Scans XML text into start/end/text events like a SAX parser, recovering from what a browser would
 * (bare `&` and `<`, unquoted attributes, unclosed elements) and reporting each problem; runs in linear
 * time, never expands entities recursively and never throws.
 */
export function scanXml(xml: string, sink: XmlSink, options: ScanOptions = {}): void {
  const maxDepth = options.maxDepth ?? 512;
  const decode = (s: string): string => decodeReferences(s, options.entities, sink.problem);
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
    if (xml.startsWith('<![CDATA[', i)) {
      const close = xml.indexOf(']]>', i + 9);
      if (close === -1) sink.problem('unterminated CDATA section');
      text += xml.slice(i + 9, close === -1 ? n : close);
      i = close === -1 ? n : close + 3;
      continue;
    }
    if (xml.startsWith('<!--', i)) {
      const close = xml.indexOf('-->', i + 4);
      if (close === -1) sink.problem('unterminated comment');
      i = close === -1 ? n : close + 3;
      continue;
    }
    if (xml.startsWith('<?', i)) {
      const close = xml.indexOf('?>', i + 2);
      i = close === -1 ? n : close + 2;
      continue;
    }
    if (xml.startsWith('<!', i)) {
      i = skipDeclaration(xml, i);
      continue;
    }
    const next = xml[i + 1] ?? '';
    if (next === '/') {
      const close = xml.indexOf('>', i);
      const name = xml.slice(i + 2, close === -1 ? n : close).trim();
      i = close === -1 ? n : close + 1;
      flush();
      const at = open.lastIndexOf(name);
      if (at === -1) {
        sink.problem(`</${name}> without an opening tag`);
        continue;
      }
      if (at !== open.length - 1) sink.problem(`<${open[open.length - 1]}> closed by </${name}>`);
      while (open.length > at) {
        const closing = open.pop() as string;
        if (skipDepth > 0) skipDepth--;
        else sink.end(closing);
      }
      continue;
    }
    if (!NAME_START.test(next)) {
      sink.problem('bare "<" in text');
      text += '<';
      i++;
      continue;
    }
    const end = findTagEnd(xml, i + 1);
    const terminated = end !== -1 && xml[end] === '>';
    const body = xml.slice(i + 1, end === -1 ? n : end);
    i = end === -1 ? n : terminated ? end + 1 : end;
    if (!terminated) sink.problem('unterminated start tag');
    const selfClosing = body.endsWith('/');
    const inner = selfClosing ? body.slice(0, -1) : body;
    const nameEnd = inner.search(/[\s]/);
    const name = nameEnd === -1 ? inner : inner.slice(0, nameEnd);
    const attrs = nameEnd === -1 ? [] : parseAttributes(inner.slice(nameEnd), decode, sink.problem);
    flush();
    if (skipDepth > 0 || open.length >= maxDepth) {
      if (skipDepth === 0) sink.problem(`elements nested deeper than ${maxDepth}; the rest is ignored`);
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
  if (open.length > 0) sink.problem(`<${open[open.length - 1]}> is never closed`);
  while (open.length > 0) {
    const closing = open.pop() as string;
    if (skipDepth > 0) skipDepth--;
    else sink.end(closing);
  }
}

/** Index of the `>` ending a start tag (or of a `<` that cuts it short), skipping quoted values; -1 if none. */
function findTagEnd(xml: string, from: number): number {
  let quote = '';
  for (let j = from; j < xml.length; j++) {
    const c = xml[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j;
    else if (c === '<') return j;
  }
  return -1;
}

/** Skips a `<!...>` declaration, including a DOCTYPE internal subset in brackets. */
function skipDeclaration(xml: string, from: number): number {
  let depth = 0;
  for (let j = from + 2; j < xml.length; j++) {
    const c = xml[j];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return j + 1;
  }
  return xml.length;
}
