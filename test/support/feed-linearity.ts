// Growth of parseFeed's time with input size, shared by the property test
// (src/ingest/feeds/parse-feed.linear.test.ts) and `npm run bench -- linearity`. Each case builds one item
// from generated pieces and measures the parser on feeds of n and 4n copies of it (or on one item whose text
// is n and 4n long): linear code takes about 4x as long, quadratic code 16x. CPU time, best of a few runs.
import fc from 'fast-check';
import { parseFeed } from '../../src/ingest/feeds/index.ts';

/** Items in the smaller feed of an items case. */
export const N = 50;
/** Characters in the smaller item of a length case (times ten). */
export const TEXT = 2_000;
/** The largest ratio for 4x the input that still counts as linear. */
export const BOUND = 12;

export type FeedFormat = 'rss' | 'atom';
export const format = fc.constantFrom('rss' as const, 'atom' as const);

const piece = fc.oneof(
  fc.constantFrom(
    'text',
    ' ',
    '&amp;',
    '&lt;b&gt;bold&lt;/b&gt;',
    '<b>raw</b>',
    '<![CDATA[<p>cdata</p>]]>',
    '&',
    '<',
    '&#233;',
    'https://example.com/x',
    '<a href="/rel">link</a>',
  ),
  fc.string({ maxLength: 12 }),
);
export const field = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));

function rss(items: string[]): string {
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title><link>https://example.com/</link>${items.join('\n')}</channel></rss>`;
}

function atom(items: string[]): string {
  return `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:x</id>${items.join('\n')}</feed>`;
}

function item(format: 'rss' | 'atom', i: number, title: string, body: string): string {
  return format === 'rss'
    ? `<item><title>${title}</title><link>https://example.com/${i}</link><guid>g${i}</guid><pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate><description>${body}</description><content:encoded>${body}</content:encoded></item>`
    : `<entry><title type="html">${title}</title><id>urn:e${i}</id><link href="/${i}"/><updated>2026-03-02T10:00:00Z</updated><summary type="html">${body}</summary><content type="html">${body}</content></entry>`;
}

/** CPU milliseconds of one parse, with a floor so timer resolution on tiny inputs cannot make a huge ratio. */
function cpuMs(text: string): number {
  const before = process.cpuUsage();
  parseFeed(text, { baseUrl: 'https://example.com/feed' });
  const used = process.cpuUsage(before);
  return Math.max((used.user + used.system) / 1000, 1);
}

/** Least time for 4n over least time for n, runs interleaved after a warm-up of both (JIT, lazy paths);
 * a ratio over the bound is measured once more, so one GC pause or preemption cannot fail the test. */
function ratio(build: (size: number) => string, n: number): number {
  const small = build(n);
  const large = build(4 * n);
  cpuMs(small);
  cpuMs(large);
  const measure = () => {
    let s = Number.POSITIVE_INFINITY;
    let l = Number.POSITIVE_INFINITY;
    for (let r = 0; r < 3; r++) {
      s = Math.min(s, cpuMs(small));
      l = Math.min(l, cpuMs(large));
    }
    return l / s;
  };
  const first = measure();
  return first < BOUND ? first : Math.min(first, measure());
}

/** Time for 4n items over time for n items, each item built from `title` and `body`. */
export function itemsRatio(f: FeedFormat, title: string, body: string): number {
  const wrap = f === 'rss' ? rss : atom;
  return ratio((n) => wrap(Array.from({ length: n }, (_, i) => item(f, i, title, body))), N);
}

/** Time for one item 4x as long over time for one item of 10 * TEXT characters, repeating `body`. */
export function lengthRatio(f: FeedFormat, body: string): number {
  const wrap = f === 'rss' ? rss : atom;
  const build = (n: number) => {
    const text = body.repeat(Math.ceil(n / Math.max(body.length, 1))).slice(0, n);
    return wrap([item(f, 0, text, text)]);
  };
  return ratio(build, TEXT * 10);
}

/**
 * Parses a mixed set of feeds until the JIT has settled: a cold parser runs the larger input of the first
 * case through unoptimised code (measured 10x-14x where a warm one measures ~4x). Linearity is about
 * growth, not warm-up.
 */
export function warmUp(): void {
  const samples = fc.sample(fc.tuple(format, field, field), { numRuns: 10, seed: 7 });
  for (let round = 0; round < 5; round++) {
    for (const [f, title, body] of samples) {
      const wrap = f === 'rss' ? rss : atom;
      parseFeed(wrap(Array.from({ length: 4 * N }, (_, i) => item(f, i, title, body))), {
        baseUrl: 'https://example.com/feed',
      });
    }
  }
}
