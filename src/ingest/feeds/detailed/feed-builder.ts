import { parseDate } from '../parse-date.ts';
import { cleanFeedHtml } from './clean-feed-html.ts';
import { type FeedDict, type FeedValue, hasKey, isDict, setDefault, setKey } from './feed-model.ts';
import { joinUrl, safeAbsoluteUrl } from './feed-urls.ts';
import { fixDoubleEncoding, looksLikeHtml, mapCp1252, mayNeedTextFixes } from './text-fixes.ts';

/** Attributes of an element, names lower-cased and namespace-prefixed (`xml:base`, `rdf:about`). */
export type Attrs = Record<string, string>;

type StackEntry = { element: string; expectingText: boolean; pieces: string[] };
/** The type, language and base of the text construct being read (a fixed shape: never `delete`d from). */
type ContentParams = {
  type?: string;
  language?: string | null;
  base?: string;
  src?: string;
  base64?: boolean;
};

const NO_CONTENT = (): ContentParams => ({
  type: undefined,
  language: undefined,
  base: undefined,
  src: undefined,
  base64: undefined,
});
const CAN_BE_RELATIVE_URI = new Set([
  'comments',
  'docs',
  'href',
  'icon',
  'id',
  'link',
  'logo',
  'url',
  'wfw_comment',
  'wfw_commentrss',
]);
const CAN_CONTAIN_MARKUP = new Set([
  'content',
  'copyright',
  'description',
  'info',
  'rights',
  'subtitle',
  'summary',
  'tagline',
  'title',
]);
const HTML_TYPES = new Set(['application/xhtml+xml', 'text/html']);
// The lookbehind lets a match start only where a run of address characters starts: without it a long run
// with no "@" was rescanned from every character (quadratic on a megabyte-long author name).
const EMAIL =
  /(?<![a-zA-Z0-9_.+-])(([a-zA-Z0-9_.+-]+)@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.)|(([a-zA-Z0-9-]+\.)+))([a-zA-Z]{2,4}|[0-9]{1,3})(]?))(\?subject=\S+)?/;

/** Maps `type` attribute shorthands of Atom text constructs to media types. */
export function mapContentType(type: string): string {
  const t = type.toLowerCase();
  if (t === 'text' || t === 'plain') return 'text/plain';
  if (t === 'html') return 'text/html';
  if (t === 'xhtml') return 'application/xhtml+xml';
  return t;
}

function decodeBase64(text: string): string | null {
  if (!/^[A-Za-z0-9+/=\s]*$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Builds the detailed feed model from element events, with the element semantics of Universal Feed
 * Parser (the de facto reference for lenient RSS/Atom reading). Used through {@link parseFeedDetailed}.
 */
export class FeedBuilder {
  readonly feed: FeedDict = {};
  readonly entries: FeedDict[] = [];
  version = '';
  encoding = '';
  lang: string | null;
  baseUri: string;
  inFeed = false;
  inEntry = false;
  inContent = 0;
  inTextInput = false;
  inImage = false;
  inAuthor = false;
  inContributor = false;
  inPublisher = false;
  inSource = false;
  sourceData: FeedDict = {};
  contentParams: ContentParams = NO_CONTENT();
  summaryKey: string | null = null;
  readonly stack: StackEntry[] = [];
  readonly baseStack: string[] = [];
  readonly langStack: (string | null)[] = [];
  svgOk = 0;
  titleDepth = -1;
  depth = 0;
  hasContent = false;
  guidIsLink = false;
  isEntryLink = false;
  /** Depth at which each key of the current entry was set, so that a shallower element wins. */
  private entryDepths = new Map<string, number>();
  private entryDepthsOwner: FeedDict | null = null;
  /**
   * Whether values may hold C1 controls or mis-decoded UTF-8 (see text-fixes.ts): false only while the
   * document has no such characters and no reference could have produced one, which spares a scan of
   * every value in the usual ASCII-with-XML-references feed.
   */
  mayNeedTextFixes = true;
  /** Unreadable or loosely read dates, with where they were ("item 3: ..."). */
  readonly dateProblems: string[] = [];

  constructor(baseUri: string, lang: string | null) {
    this.baseUri = baseUri;
    this.lang = lang;
    if (lang) this.feed.language = lang.replace(/_/g, '-');
  }

  /** The dictionary new values go to: source, image, textinput, entry or feed. */
  context(): FeedDict {
    if (this.inSource) return this.sourceData;
    const image = this.feed.image;
    if (this.inImage && isDict(image)) return image;
    const textInput = this.feed.textinput;
    if (this.inTextInput && isDict(textInput)) return textInput;
    if (this.inEntry) return this.entries[this.entries.length - 1] as FeedDict;
    return this.feed;
  }

  /** UTC ISO 8601 of a feed date, or null; records why it needed care in {@link dateProblems}. */
  date(value: string | undefined): string | null {
    const { iso, problem } = parseDate(value ?? '');
    if (problem && this.dateProblems.length < 100) {
      const where = this.inEntry ? `item ${this.entries.length}` : 'feed';
      this.dateProblems.push(`${where}: ${problem}`);
    }
    return iso;
  }

  /** Resolves a URI against the current xml:base. */
  resolveUri(uri: string): string {
    return joinUrl(this.baseUri, uri);
  }

  push(element: string, expectingText: boolean): void {
    this.stack.push({ element, expectingText, pieces: [] });
  }

  /** Appends character data to the innermost element being collected. */
  data(text: string, escapeMarkup = true): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) return;
    const escaped =
      escapeMarkup && this.contentParams.type === 'application/xhtml+xml'
        ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        : text;
    top.pieces.push(escaped);
  }

  /** Ends collection of `element` and stores its value where it belongs; returns the value. */
  pop(element: string, stripWhitespace = true): string | undefined {
    const top = this.stack[this.stack.length - 1];
    if (!top || top.element !== element) return undefined;
    this.stack.pop();
    let pieces = top.pieces;
    if (this.version === 'atom10' && (this.contentParams.type ?? 'text') === 'application/xhtml+xml') {
      pieces = unwrapDiv(pieces);
    }
    let output = pieces.length === 1 ? (pieces[0] as string) : pieces.join('');
    if (stripWhitespace) output = output.trim();
    if (!top.expectingText) return output;
    let fixes = this.mayNeedTextFixes;
    if (this.contentParams.base64) {
      output = decodeBase64(output) ?? output;
      fixes = true;
    }
    if (CAN_BE_RELATIVE_URI.has(element) && output && (element !== 'id' || this.guidIsLink)) {
      output = this.resolveUri(output);
    }
    if (
      !this.version.startsWith('atom') &&
      this.contentParams.type === 'text/plain' &&
      looksLikeHtml(output)
    ) {
      this.contentParams.type = 'text/html';
    }
    this.contentParams.base64 = undefined;
    const htmlish = HTML_TYPES.has(mapContentType(this.contentParams.type ?? 'text/html'));
    if (htmlish && CAN_CONTAIN_MARKUP.has(element)) {
      // The cleaner decodes references in attribute values.
      if (!fixes && output.includes('&')) fixes = true;
      output = cleanFeedHtml(output, { base: this.baseUri, sanitise: true });
    }
    if (fixes && mayNeedTextFixes(output)) {
      if (this.encoding === 'utf-8') output = fixDoubleEncoding(output);
      output = mapCp1252(output);
    }
    if (element === 'category' || element === 'tags' || element === 'itunes_keywords') return output;
    if (element === 'title' && this.titleDepth > -1 && this.titleDepth <= this.depth) return output;
    this.store(element, output);
    return output;
  }

  private store(element: string, output: string): void {
    if (this.inEntry && !this.inSource) {
      const entry = this.entries[this.entries.length - 1] as FeedDict;
      if (element === 'content') {
        const list = setDefault(entry, 'content', []) as FeedValue[];
        list.push(this.contentDetail(output));
      } else if (element === 'link') {
        if (!this.inImage) {
          const fixed = output.replace(/&amp;/g, '&').replace(/&([A-Za-z0-9_]+);/g, '&$1');
          entry.link = fixed;
          const links = entry.links;
          const last = Array.isArray(links) ? links[links.length - 1] : undefined;
          if (fixed && isDict(last)) last.href = fixed;
        }
      } else {
        const key = element === 'description' ? 'summary' : element;
        if (this.entryDepthsOwner !== entry) {
          this.entryDepths = new Map();
          this.entryDepthsOwner = entry;
        }
        const depths = this.entryDepths;
        const old = depths.get(key);
        if (old === undefined || this.depth <= old) {
          depths.set(key, this.depth);
          setKey(entry, key, output);
        }
        if (this.inContent) setKey(entry, `${key}_detail`, this.contentDetail(output));
      }
    } else if (this.inFeed || this.inSource) {
      const context = this.context();
      const key = element === 'description' ? 'subtitle' : element;
      setKey(context, key, output);
      if (key === 'link') {
        const fixed = output.replace(/&([A-Za-z0-9_]+);/g, '&$1');
        context.link = fixed;
        const links = context.links;
        const last = Array.isArray(links) ? links[links.length - 1] : undefined;
        if (isDict(last)) last.href = fixed;
      } else if (this.inContent) setKey(context, `${key}_detail`, this.contentDetail(output));
    }
  }

  /** The `*_detail` dictionary of the text construct being read, with its value. */
  private contentDetail(value: string): FeedDict {
    const p = this.contentParams;
    const detail: FeedDict = {};
    if (p.type !== undefined) detail.type = p.type;
    if (p.language !== undefined) detail.language = p.language;
    if (p.base !== undefined) detail.base = p.base;
    if (p.src !== undefined) detail.src = p.src;
    detail.value = value;
    return detail;
  }

  /** Starts collecting a text construct with its type, language and base. */
  pushContent(tag: string, attrs: Attrs, defaultType: string, expectingText: boolean): void {
    this.inContent++;
    if (this.lang) this.lang = this.lang.replace(/_/g, '-');
    const type = mapContentType(attrs.type ?? defaultType);
    this.contentParams = { type, language: this.lang, base: this.baseUri, src: undefined, base64: false };
    const base64 =
      attrs.mode === 'base64' ||
      !(type.startsWith('text/') || type.endsWith('+xml') || type.endsWith('/xml'));
    this.contentParams.base64 = base64;
    this.push(tag, expectingText);
  }

  popContent(tag: string): string | undefined {
    const value = this.pop(tag);
    this.inContent--;
    this.contentParams = NO_CONTENT();
    return value;
  }

  save(key: string, value: FeedValue, overwrite = false): void {
    const context = this.context();
    if (overwrite) setKey(context, key, value);
    else setDefault(context, key, value);
  }

  saveAuthor(key: string, value: string, prefix = 'author'): void {
    const context = this.context();
    const detail = setDefault(context, `${prefix}_detail`, {}) as FeedDict;
    detail[key] = value;
    this.syncAuthorDetail(prefix);
    const list = setDefault(context, `${prefix}s`, [{}]) as FeedDict[];
    (list[list.length - 1] as FeedDict)[key] = value;
  }

  saveContributor(key: string, value: string): void {
    const list = setDefault(this.context(), 'contributors', [{}]) as FeedDict[];
    (list[list.length - 1] as FeedDict)[key] = value;
  }

  /** Keeps `author` and `author_detail` in step (name, "name (email)" or a parsed "email (name)"). */
  syncAuthorDetail(key = 'author'): void {
    const context = this.context();
    const list = context[`${key}s`];
    const detail = (Array.isArray(list) ? list[list.length - 1] : undefined) ?? {};
    if (isDict(detail) && Object.keys(detail).length > 0) {
      const { name, email } = detail;
      if (name && email) context[key] = `${name} (${email})`;
      else if (name) context[key] = name;
      else if (email) context[key] = email;
      return;
    }
    let author = context[key];
    if (typeof author !== 'string' || !author) return;
    const target: FeedDict = isDict(detail) ? detail : {};
    const match = author.includes('@') ? EMAIL.exec(author) : null;
    const email = match?.[0] ?? null;
    if (email) {
      author = author.replace(email, '').replace('()', '').replace('<>', '').replace('&lt;&gt;', '').trim();
      if (author.startsWith('(')) author = author.slice(1);
      if (author.endsWith(')')) author = author.slice(0, -1);
      author = author.trim();
    }
    if (author || email) setDefault(context, `${key}_detail`, target);
    if (author) target.name = author;
    if (email) target.email = email;
  }

  addTag(
    term: string | null | undefined,
    scheme: string | null | undefined,
    label: string | null | undefined,
  ): void {
    const tags = setDefault(this.context(), 'tags', []) as FeedDict[];
    if (!term && !scheme && !label) return;
    const value: FeedDict = { term: term ?? null, scheme: scheme ?? null, label: label ?? null };
    if (!tags.some((t) => t.term === value.term && t.scheme === value.scheme && t.label === value.label)) {
      tags.push(value);
    }
  }

  /** A copy of a link-ish element's attributes with its `url`, `uri` or `href` as `href`. */
  enforceHref(attrs: Attrs): Attrs {
    const href = attrs.url ?? attrs.uri ?? attrs.href;
    const out: Attrs = {};
    // Built without `delete`, which would leave a slow dictionary-mode object behind.
    for (const key in attrs) if (!href || (key !== 'url' && key !== 'uri')) out[key] = attrs[key] as string;
    if (href) out.href = href;
    return out;
  }

  /** Tracks xml:base for a start tag, never letting it become an unsafe scheme. */
  enterScope(attrs: Attrs): void {
    const given = attrs['xml:base'] ?? attrs.base;
    if (given) {
      this.baseUri = this.baseUri
        ? safeAbsoluteUrl(this.baseUri, given) || this.baseUri
        : joinUrl(this.baseUri, given);
    }
    let lang: string | null | undefined = attrs['xml:lang'] ?? attrs.lang;
    if (lang === '') lang = null;
    else if (lang === undefined) lang = this.lang;
    this.lang = lang;
    this.baseStack.push(this.baseUri);
    this.langStack.push(lang);
  }

  leaveScope(): void {
    this.baseStack.pop();
    const base = this.baseStack[this.baseStack.length - 1];
    if (base) this.baseUri = base;
    this.langStack.pop();
    if (this.langStack.length > 0) this.lang = this.langStack[this.langStack.length - 1] ?? null;
  }

  has(key: string): boolean {
    return hasKey(this.context(), key);
  }
}

/** Removes the wrapping `<div>` of Atom 1.0 xhtml content when everything else is inside it. */
function unwrapDiv(input: string[]): string[] {
  const pieces = [...input];
  while (pieces.length > 1 && !(pieces[pieces.length - 1] ?? '').trim()) pieces.pop();
  while (pieces.length > 1 && !(pieces[0] ?? '').trim()) pieces.shift();
  const firstPiece = pieces[0] ?? '';
  if (!(firstPiece === '<div>' || firstPiece.startsWith('<div ')) || pieces[pieces.length - 1] !== '</div>') {
    return pieces;
  }
  let depth = 0;
  for (const piece of pieces.slice(0, -1)) {
    if (piece.startsWith('</')) {
      depth--;
      if (depth === 0) return pieces;
    } else if (piece.startsWith('<') && !piece.endsWith('/>')) depth++;
  }
  return pieces.slice(1, -1);
}
