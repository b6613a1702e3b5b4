import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import fc from 'fast-check';
import { parseFeed } from './parse-feed.ts';

// Parse time must grow linearly with input size. Each case builds one item from generated pieces and
// measures the parser on feeds of n and 4n copies of it (and on one item whose text is n and 4n long):
// linear code takes about 4x as long, quadratic code 16x. CPU time, best of a few runs, and a bound of
// 12x (re-measured once before failing) keep this from being flaky on a loaded machine while still catching quadratic behaviour.
// A fixed seed keeps the inputs the same on every run, and no shrinking: a slow counterexample shrunk by
// re-measuring it once ran CI out of time. Linear-but-slow input is the bench's job (bench/linearity.ts).
const N = 50;
const TEXT = 2_000;
const BOUND = 12;

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
const field = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));

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

// A cold parser runs the larger input of the first case through unoptimised code (measured 10x-14x where
// a warm one measures ~4x): parse a mixed set of feeds first, so what is measured is growth, not warm-up.
before(() => {
  const samples = fc.sample(fc.tuple(fc.constantFrom('rss' as const, 'atom' as const), field, field), {
    numRuns: 10,
    seed: 7,
  });
  for (let round = 0; round < 5; round++) {
    for (const [format, title, body] of samples) {
      const wrap = format === 'rss' ? rss : atom;
      parseFeed(wrap(Array.from({ length: 4 * N }, (_, i) => item(format, i, title, body))));
    }
  }
});

it('parse time grows linearly with the number of items', () => {
  fc.assert(
    fc.property(fc.constantFrom('rss' as const, 'atom' as const), field, field, (format, title, body) => {
      const wrap = format === 'rss' ? rss : atom;
      const build = (n: number) => wrap(Array.from({ length: n }, (_, i) => item(format, i, title, body)));
      const r = ratio(build, N);
      assert.ok(r < BOUND, `${format}: ${4 * N} items took ${r.toFixed(1)}x the time of ${N}`);
    }),
    { numRuns: 5, seed: 20261126, endOnFailure: true },
  );
});

it('parse time grows linearly with the length of one item', () => {
  fc.assert(
    fc.property(fc.constantFrom('rss' as const, 'atom' as const), field, (format, body) => {
      const wrap = format === 'rss' ? rss : atom;
      const build = (n: number) => {
        const text = body.repeat(Math.ceil(n / Math.max(body.length, 1))).slice(0, n);
        return wrap([item(format, 0, text, text)]);
      };
      const r = ratio(build, TEXT * 10);
      assert.ok(
        r < BOUND,
        `${format}: a ${40 * TEXT}-character item took ${r.toFixed(1)}x the time of ${10 * TEXT}`,
      );
    }),
    { numRuns: 5, seed: 20261126, endOnFailure: true },
  );
});
