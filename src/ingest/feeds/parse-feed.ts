import type { FeedFormat, ParsedFeed } from '../../domain/feed.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import { detectEncoding } from './detailed/detect-encoding.ts';
import type { DetailedFeed } from './detailed/feed-model.ts';
import { parseFeedDetailed } from './detailed/parse-feed-detailed.ts';
import { isJsonFeed, parseJsonFeedDetailed } from './detailed/parse-json-feed.ts';
import { toParsedFeed } from './detailed/to-parsed-feed.ts';
import { detectFormat } from './detect-format.ts';

/** Why a feed could not be parsed at all. */
export type ParseFeedError = 'malformed_feed' | 'unsupported_format' | 'too_large';

/** Options for {@link parseFeed}: what the HTTP layer knew about the document. */
export type ParseFeedOptions = {
  /** URL the feed was fetched from: the base for relative links when there is no xml:base. */
  readonly baseUrl?: string;
  /** HTTP Content-Type header value (its charset and media type steer decoding). */
  readonly contentType?: string;
  /** HTTP Content-Location, resolved against `baseUrl`, overrides it as the base. */
  readonly contentLocation?: string;
  /** HTTP Content-Language: the default language of text constructs. */
  readonly contentLanguage?: string;
  /** Refuse inputs larger than this many bytes (default 10 MB). */
  readonly maxBytes?: number;
};

/** A parsed feed in both shapes: the normalised one the product uses and the detailed one it came from. */
export type ReadFeed = { readonly feed: ParsedFeed; readonly detailed: DetailedFeed };

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

function versionFormat(version: string): FeedFormat | null {
  if (version === 'rss090' || version === 'rss10') return 'rdf';
  if (version.startsWith('rss')) return 'rss';
  if (version.startsWith('atom')) return 'atom';
  if (version.startsWith('json')) return 'json';
  return null;
}

function readJson(text: string, options: ParseFeedOptions): Result<ReadFeed, ParseFeedError> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return err('malformed_feed', `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isJsonFeed(json)) return err('unsupported_format', 'JSON but not a JSON Feed (no version or items)');
  const detailed = parseJsonFeedDetailed(json, options.baseUrl);
  return ok({ feed: toParsedFeed(detailed, 'json'), detailed });
}

/**
 * Parses RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed 1.0/1.1 bytes or text with the lenient detailed
 * parser and maps the result onto the normalised model; returns both, or an error value for input that is
 * no feed at all. Never throws; time is linear in the input.
 */
export function readFeed(
  input: Uint8Array | string,
  options: ParseFeedOptions = {},
): Result<ReadFeed, ParseFeedError> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > maxBytes) return err('too_large', `feed is ${size} bytes, more than the ${maxBytes} allowed`);
  const decoded =
    typeof input === 'string'
      ? { text: input, encoding: 'utf-8', problem: null }
      : detectEncoding(input, options.contentType);
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (text.trim() === '') return err('malformed_feed', 'the document is empty');
  const sniffed = detectFormat(text);
  if (sniffed === 'json') return readJson(text, options);
  if (sniffed === 'html')
    return err('unsupported_format', 'this is an HTML page, not a feed: look for its feed link');
  if (sniffed === 'unknown' && !text.trimStart().startsWith('<'))
    return err('unsupported_format', 'not an RSS, RDF, Atom or JSON feed');
  // The decoded text is parsed, so the encoding is decided once; the detailed parser reports its problem.
  const detailed = parseFeedDetailed(input, {
    url: options.baseUrl,
    contentType: options.contentType,
    contentLocation: options.contentLocation,
    contentLanguage: options.contentLanguage,
    decoded: { ...decoded, text },
  });
  if (detailed.refusedEntities > 0) {
    return err(
      'malformed_feed',
      'the feed declares XML entities in its DOCTYPE that refer to other entities or outside files, which is refused (entity expansion)',
    );
  }
  const format = sniffed === 'unknown' ? versionFormat(detailed.version) : sniffed;
  if (!format) return err('unsupported_format', 'not an RSS, RDF, Atom or JSON feed');
  if (detailed.version === '' && detailed.entries.length === 0 && Object.keys(detailed.feed).length === 0)
    return err('malformed_feed', `no ${format} elements found: ${detailed.bozoMessages[0] ?? 'empty feed'}`);
  return ok({ feed: toParsedFeed(detailed, format), detailed });
}

/**
 * Parses RSS 0.9x/1.0/2.0, RDF (RSS 1.0), Atom 0.3/1.0 or JSON Feed 1.0/1.1 bytes or text into a normalised
 * ParsedFeed with bozo-style warnings; returns an error value (never throws) for unparseable input.
 */
export function parseFeed(
  input: Uint8Array | string,
  options: ParseFeedOptions = {},
): Result<ParsedFeed, ParseFeedError> {
  const result = readFeed(input, options);
  return result.ok ? ok(result.value.feed) : result;
}
