import { type Decoded, detectEncoding } from './detect-encoding.ts';
import { FeedBuilder } from './feed-builder.ts';
import { createFeedSink } from './feed-events.ts';
import type { DetailedFeed } from './feed-model.ts';
import { joinUrl, safeAbsoluteUrl } from './feed-urls.ts';
import { mayNeedTextFixes } from './text-fixes.ts';
import { scanXml } from './xml-scanner.ts';

/** Options for {@link parseFeedDetailed}: what the HTTP layer knew about the document. */
export type DetailedOptions = {
  /** URL the document came from: the base for relative links. */
  readonly url?: string;
  /** HTTP Content-Type (its charset and media type steer decoding). */
  readonly contentType?: string;
  /** HTTP Content-Location, resolved against `url`, overrides it as the base. */
  readonly contentLocation?: string;
  /** HTTP Content-Language: the default language of text constructs. */
  readonly contentLanguage?: string;
  /** Deepest element nesting accepted (default 512). */
  readonly maxDepth?: number;
  /** The input already decoded by {@link detectEncoding} (with the same content type), to skip doing it twice. */
  readonly decoded?: Decoded;
};

const MAX_ENTITIES = 64;
// Only short literal values (or one character reference) are accepted: no references to other entities,
// so nothing expands recursively ("billion laughs" is refused), nothing external is ever loaded (XXE), a
// reference adds at most 64 characters, and all of them together at most the scanner's entity budget
// (1,000,000 characters), so a long value referenced a million times cannot blow up either.
const MAX_ENTITY_LENGTH = 64;
const SAFE_ENTITY = /^\s+(\w+)\s+"(&#\w+;|[^&"]*)"\s*$/;

/** Splits off the DOCTYPE, keeping safe internal entity declarations; reports the unsafe ones. */
function readDoctype(text: string, problems: string[]) {
  const first = /<[A-Za-z_]/.exec(text);
  const head = first ? text.slice(0, first.index) : text;
  const entities = new Map<string, string>();
  let refused = 0;
  let netscape = false;
  if (/<!DOCTYPE/i.test(head)) {
    netscape = /<!DOCTYPE[^>[]*netscape/i.test(head);
    for (const m of head.matchAll(/<!ENTITY([^>]*?)>/g)) {
      const safe = SAFE_ENTITY.exec(m[1] ?? '');
      if (!safe || entities.size >= MAX_ENTITIES || (safe[2] ?? '').length > MAX_ENTITY_LENGTH) {
        refused++;
        problems.push(`refused entity declaration <!ENTITY${(m[1] ?? '').slice(0, 60)}>`);
        continue;
      }
      const value = (safe[2] ?? '').replace(/&#(x?)(\w+);/i, (_w, x: string, n: string) =>
        String.fromCodePoint(Number.parseInt(n, x ? 16 : 10) || 0xfffd),
      );
      entities.set(safe[1] ?? '', value);
    }
  }
  return { entities, netscape, refused };
}

/**
 * Parses RSS 0.9x/1.0/2.0 or Atom 0.3/1.0 bytes into the detailed (Universal Feed Parser shaped) model:
 * lenient like a browser, with every recovered problem listed and `bozo` set; sanitises HTML, resolves
 * relative URLs and normalises dates. Never throws and runs in time linear in the input.
 */
export function parseFeedDetailed(input: Uint8Array | string, options: DetailedOptions = {}): DetailedFeed {
  const problems: string[] = [];
  const decoded =
    options.decoded ??
    (typeof input === 'string'
      ? { text: input, encoding: 'utf-8', problem: null }
      : detectEncoding(input, options.contentType));
  if (decoded.problem) problems.push(decoded.problem);
  const text = decoded.text.replace(/^\uFEFF/, '');
  const location = options.contentLocation
    ? safeAbsoluteUrl(options.url ?? '', options.contentLocation.trim()) || undefined
    : undefined;
  const base = location ?? (options.url ? joinUrl(undefined, options.url) : '');
  const builder = new FeedBuilder(base, options.contentLanguage?.split(',')[0]?.trim() || null);
  builder.encoding = decoded.encoding;
  const { entities, netscape, refused } = readDoctype(text, problems);
  if (netscape) builder.version = 'rss091n';
  const namespaces: Record<string, string> = {};
  const xmlProblems: string[] = [];
  builder.mayNeedTextFixes = mayNeedTextFixes(text);
  scanXml(text, createFeedSink(builder, xmlProblems, namespaces), {
    entities,
    maxDepth: options.maxDepth,
    onOtherReference: () => {
      builder.mayNeedTextFixes = true;
    },
  });
  problems.push(...xmlProblems);
  if (!/^\s*</.test(text)) problems.push('the document does not start with markup');
  if (builder.version === '' && builder.entries.length === 0 && Object.keys(builder.feed).length === 0) {
    problems.push('no RSS or Atom elements found');
  }
  return {
    bozo: problems.length > 0,
    bozoMessages: problems,
    encoding: decoded.encoding,
    version: builder.version,
    namespaces,
    feed: builder.feed,
    entries: builder.entries,
    dateProblems: builder.dateProblems,
    refusedEntities: refused,
  };
}
