import robotsParserModule from 'robots-parser';

type Robots = { isAllowed(url: string, ua?: string): boolean | undefined };
type RobotsParser = (url: string, contents: string) => Robots;

// robots-parser is CommonJS (`module.exports = fn`) but typed as an ES default export; accept both shapes.
const loaded: unknown = robotsParserModule;
const robotsParser = (
  typeof loaded === 'function' ? loaded : (loaded as { default: RobotsParser }).default
) as RobotsParser;

/**
 * Whether robots.txt `text` lets `userAgent` fetch `url` (RFC 9309: longest match wins, allow wins ties);
 * pure and never throws.
 */
export function isAllowedByRobots(text: string, url: string, userAgent: string): boolean {
  // An empty user agent matches no group; an empty URL means the site root (as Google's parser does).
  if (userAgent.trim() === '') return true;
  const target = url === '' ? 'http://robots.invalid/' : url;
  const origin = new URL(target).origin;
  return (
    robotsParser(`${origin}/robots.txt`, text.replace(/^\uFEFF/, '')).isAllowed(target, userAgent) !== false
  );
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
  const cache = new Map<string, { readonly at: number; readonly rules: Robots | null }>();
  const agent = userAgent.split(/[\s/]/)[0] ?? userAgent;
  return async (url) => {
    const robotsUrl = `${url.origin}/robots.txt`;
    let entry = cache.get(url.origin);
    if (!entry || Date.now() - entry.at > TTL_MS) {
      const text = await load(robotsUrl).catch(() => null);
      entry = { at: Date.now(), rules: text === null ? null : robotsParser(robotsUrl, text) };
      cache.set(url.origin, entry);
    }
    return entry.rules?.isAllowed(url.toString(), agent) !== false;
  };
}
