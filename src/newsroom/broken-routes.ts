import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';

/** Paths of the failure-handling test routes. */
export const BROKEN_PATHS = {
  /** 200 with a feed content type but bytes no parser can recover as a feed. */
  malformed: '/broken/malformed.xml',
  /** Always 404. */
  missing: '/broken/missing.xml',
  /** Accepts the request and sends nothing for `SLOW_ROUTE_DELAY_MS`. */
  slow: '/broken/slow.xml',
} as const;

/** How long the slow route holds a request before answering. */
export const SLOW_ROUTE_DELAY_MS = 60_000;

/**
 * Returns the malformed feed body: an XML declaration followed by binary garbage with NUL bytes, which
 * XML 1.0 forbids anywhere, and no `<` at all, so even a lenient parser finds no root element.
 */
export function malformedFeedBytes(): Buffer {
  const noise = createHash('sha512').update('threatbrief newsroom malformed feed').digest();
  const garbage = Buffer.from(noise.map((byte) => (byte === 0x3c || byte === 0x26 ? 0x00 : byte)));
  return Buffer.concat([
    Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n', 'utf8'),
    Buffer.from([0x00, 0xff, 0xfe, 0x00]),
    garbage,
    Buffer.from([0x00, 0x00, 0x1b]),
    Buffer.from(garbage).reverse(),
  ]);
}

/**
 * Holds a request open without sending headers, answering an empty RSS feed after `delayMs`; the timer is
 * registered in `timers` so the server can cancel it on close, and cleared if the client goes away.
 */
export function holdSlowRequest(
  response: ServerResponse,
  timers: Set<NodeJS.Timeout>,
  delayMs: number,
): void {
  const timer = setTimeout(() => {
    timers.delete(timer);
    response.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
    response.end(
      '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Slow</title><link>http://127.0.0.1/</link><description>Too late</description></channel></rss>\n',
    );
  }, delayMs);
  timers.add(timer);
  response.on('close', () => {
    clearTimeout(timer);
    timers.delete(timer);
  });
}
