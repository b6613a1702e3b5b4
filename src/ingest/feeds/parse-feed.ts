import { parseAtomFeed, parseJsonFeed, parseRdfFeed, parseRssFeed } from 'feedsmith';
import type { FeedWarning, ParsedFeed } from '../../domain/feed.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import { decodeBytes } from './decode-bytes.ts';
import { parseFeedDetailed } from './detailed/parse-feed-detailed.ts';
import { toParsedFeed } from './detailed/to-parsed-feed.ts';
import { detectFormat, hasEntityDeclarations } from './detect-format.ts';
import { normaliseAtom } from './normalise-atom.ts';
import { createContext, type NormaliseContext } from './normalise-context.ts';
import { normaliseJson } from './normalise-json.ts';
import { normaliseRss } from './normalise-rss.ts';
import { escapeBareMarkup, findUnbalancedTag, wrapTextElements } from './repair-xml.ts';

/** Why a feed could not be parsed at all. */
export type ParseFeedError = 'malformed_feed' | 'unsupported_format' | 'too_large';

/** Options for {@link parseFeed}. */
export type ParseFeedOptions = {
  /** URL the feed was fetched from: the base for relative links when there is no xml:base. */
  readonly baseUrl?: string;
  /** HTTP Content-Type header value, for its charset parameter. */
  readonly contentType?: string;
  /** Refuse inputs larger than this many bytes (default 10 MB). */
  readonly maxBytes?: number;
};

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

type XmlFormat = 'rss' | 'rdf' | 'atom';

/** xml:base on <channel>, which feedsmith does not keep (it keeps the one on <rss>). */
function channelBase(xml: string): string | undefined {
  return /<channel\b[^>]*?\sxml:base\s*=\s*["']([^"']*)["']/i.exec(xml.slice(0, 65536))?.[1];
}

function normaliseXml(
  format: XmlFormat,
  xml: string,
  baseUrl: string | undefined,
  ctx: NormaliseContext,
): ParsedFeed {
  if (format === 'atom') return normaliseAtom(parseAtomFeed(xml), baseUrl, ctx);
  if (format === 'rdf') return normaliseRss(parseRdfFeed(xml), 'rdf', baseUrl, ctx, channelBase(xml));
  return normaliseRss(parseRssFeed(xml), 'rss', baseUrl, ctx, channelBase(xml));
}

function message(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return error instanceof Error ? `${error.message}${cause}` : String(error);
}

/** Parses XML, and when the strict parse fails retries on repaired text, saying so in a warning. */
function parseXml(format: XmlFormat, xml: string, baseUrl: string | undefined, warnings: FeedWarning[]) {
  const repairs: readonly [string, (s: string) => string][] = [
    ['', (s) => s],
    ['escaped bare "<" and "&"', escapeBareMarkup],
    ['wrapped raw markup in text elements as CDATA', (s) => wrapTextElements(escapeBareMarkup(s))],
  ];
  let firstError: unknown;
  for (const [what, repair] of repairs) {
    const local: FeedWarning[] = [...warnings];
    try {
      const text = repair(xml);
      const feed = normaliseXml(format, text, baseUrl, createContext(local));
      const unbalanced = findUnbalancedTag(text);
      if (unbalanced)
        local.unshift({ code: 'xml_unbalanced', message: `not well-formed XML: ${unbalanced}` });
      if (what)
        local.unshift({
          code: 'xml_repaired',
          message: `not well-formed XML (${message(firstError)}); ${what}`,
        });
      return ok(feed);
    } catch (error) {
      firstError ??= error;
    }
  }
  // Last resort: our own lenient scanner (RSS 1.1, feeds feedsmith rejects), flagged as recovered.
  const detailed = parseFeedDetailed(xml, { url: baseUrl });
  if (detailed.version || detailed.entries.length > 0 || Object.keys(detailed.feed).length > 0) {
    const feed = toParsedFeed(detailed, format);
    return ok({
      ...feed,
      warnings: [
        ...warnings,
        ...feed.warnings,
        { code: 'xml_repaired', message: `recovered by the lenient parser after: ${message(firstError)}` },
      ],
    });
  }
  return err('malformed_feed', `not a well-formed ${format} feed: ${message(firstError)}`);
}

function parseJson(text: string, baseUrl: string | undefined, warnings: FeedWarning[]) {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return err('malformed_feed', `not valid JSON: ${message(error)}`);
  }
  try {
    return ok(normaliseJson(parseJsonFeed(json), baseUrl, createContext(warnings)));
  } catch (error) {
    return err('unsupported_format', `JSON but not a JSON Feed: ${message(error)}`);
  }
}

/**
 * Parses RSS 0.9x/2.0, RDF (RSS 1.0), Atom 0.3/1.0 or JSON Feed 1.0/1.1 bytes or text into a normalised
 * ParsedFeed with bozo-style warnings; returns an error value (never throws) for unparseable input.
 */
export function parseFeed(
  input: Uint8Array | string,
  options: ParseFeedOptions = {},
): Result<ParsedFeed, ParseFeedError> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > maxBytes) return err('too_large', `feed is ${size} bytes, more than the ${maxBytes} allowed`);
  const decoded =
    typeof input === 'string'
      ? { text: input, warnings: [] as FeedWarning[] }
      : decodeBytes(input, options.contentType);
  const text = decoded.text.replace(/^\uFEFF/, '');
  const warnings = [...decoded.warnings];
  if (text.trim() === '') return err('malformed_feed', 'the document is empty');
  const format = detectFormat(text);
  if (format === 'json') return parseJson(text, options.baseUrl, warnings);
  if (format === 'html')
    return err('unsupported_format', 'this is an HTML page, not a feed: look for its feed link');
  if (format === 'unknown') return err('unsupported_format', 'not an RSS, RDF, Atom or JSON feed');
  if (hasEntityDeclarations(text)) {
    return err(
      'malformed_feed',
      'the feed declares XML entities in its DOCTYPE, which is refused (entity expansion)',
    );
  }
  return parseXml(format, text, options.baseUrl, warnings);
}
