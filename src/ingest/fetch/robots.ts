import robotsParserModule from 'robots-parser';

type Robots = { isAllowed(url: string, ua?: string): boolean | undefined };
type RobotsParser = (url: string, contents: string) => Robots;

// robots-parser is CommonJS (`module.exports = fn`) but typed as an ES default export; accept both shapes.
const loaded: unknown = robotsParserModule;
const robotsParser = (
  typeof loaded === 'function' ? loaded : (loaded as { default: RobotsParser }).default
) as RobotsParser;

/** Parsed robots.txt rules: whether `userAgent` may fetch `url`. */
type RobotsRules = (url: string, userAgent: string) => boolean;

/**
 * Parses robots.txt `text` served at `robotsUrl` once (RFC 9309: longest match wins, allow wins ties). An empty
 * user agent matches no group, so it is allowed, as in Google's parser.
 */
function parseRobots(robotsUrl: string, text: string): RobotsRules {
  const robots = robotsParser(robotsUrl, text.replace(/^\uFEFF/, ''));
  return (url, userAgent) => userAgent.trim() === '' || robots.isAllowed(url, userAgent) !== false;
}

/**
 * Whether robots.txt `text` lets `userAgent` fetch `url`, by the rules the fetcher's checker uses; an empty URL
 * means the site root (as Google's parser does). Pure and never throws.
 */
export function isAllowedByRobots(text: string, url: string, userAgent: string): boolean {
  if (userAgent.trim() === '') return true; // before reading the URL, which may not parse
  const target = url === '' ? 'http://robots.invalid/' : url;
  return parseRobots(`${new URL(target).origin}/robots.txt`, text)(target, userAgent);
}

/**
 * Decodes robots.txt bytes as UTF-8, skipping a whole or truncated UTF-8 byte-order mark at the start. A mark
 * anywhere else spoils its line, as in Google's parser: it becomes U+FFFD, because the parser would otherwise
 * trim it away as white space and read the line.
 */
export function decodeRobotsBytes(bytes: Uint8Array): string {
  let start = 0;
  for (const b of [0xef, 0xbb, 0xbf]) {
    if (bytes[start] !== b) break;
    start++;
  }
  return new TextDecoder('utf-8', { ignoreBOM: true })
    .decode(bytes.subarray(start))
    .replaceAll('\uFEFF', '\uFFFD');
}

/** Fetches robots.txt text for an origin; null when there is none or it could not be read. */
export type RobotsLoader = (robotsUrl: string) => Promise<string | null>;

const TTL_MS = 60 * 60 * 1000;

/**
 * Creates a robots.txt checker with a per-origin cache (one hour); `isAllowed` resolves false only when
 * the file explicitly disallows the URL for `userAgent` (a missing or unreadable file allows everything).
 */
export function createRobotsChecker(userAgent: string, load: RobotsLoader): (url: URL) => Promise<boolean> {
  const cache = new Map<string, { readonly at: number; readonly rules: RobotsRules | null }>();
  const agent = userAgent.split(/[\s/]/)[0] ?? userAgent;
  return async (url) => {
    const robotsUrl = `${url.origin}/robots.txt`;
    let entry = cache.get(url.origin);
    if (!entry || Date.now() - entry.at > TTL_MS) {
      const text = await load(robotsUrl).catch(() => null);
      entry = { at: Date.now(), rules: text === null ? null : parseRobots(robotsUrl, text) };
      cache.set(url.origin, entry);
    }
    return entry.rules?.(url.toString(), agent) ?? true;
  };
}
