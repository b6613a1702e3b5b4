import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFeed } from '../parse-feed.ts';
import { parseFeedDetailed } from './parse-feed-detailed.ts';

describe('parseFeedDetailed', () => {
  it('reads an Atom entry with sanitised, resolved HTML', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.com/"><title>T &amp; U</title>
      <entry><id>x</id><content type="html">&lt;a href="/a" onclick="x()"&gt;a&lt;/a&gt;&lt;script&gt;bad()&lt;/script&gt;</content></entry></feed>`;
    const result = parseFeedDetailed(xml);
    assert.equal(result.bozo, false);
    assert.equal(result.version, 'atom10');
    assert.equal(result.feed.title, 'T & U');
    const content = (result.entries[0]?.content as { value: string }[] | undefined)?.[0];
    assert.equal(content?.value, '<a href="http://example.com/a">a</a>');
  });

  // No timings here (the bench measures speed): an exponential or quadratic parser would instead run into
  // the test runner's per-test timeout.
  it('refuses nested entity definitions (billion laughs)', () => {
    const defs = Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join(
      '',
    );
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">${defs}]><rss><channel><title>&l10;</title></channel></rss>`;
    const result = parseFeedDetailed(xml);
    assert.equal(result.bozo, true);
    assert.ok(String(result.feed.title ?? '').length < 100);
  });

  it('sanitises an unclosed tag whose attribute runs into a stray quote', () => {
    // Took exponential time in the tag regex (2^n in the attribute's length; found by the linearity bench).
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>x</id><title type="html">&lt;a b=x${'c'.repeat(60)}&quot; &lt;b&gt;raw&lt;/b&gt;</title></entry></feed>`;
    const result = parseFeedDetailed(xml);
    assert.match(String(result.entries[0]?.title), /<b>raw<\/b>/);
  });

  // Through the product's entry point (readFeed, under parseFeed), which runs this parser and maps its result.
  it('survives absurd nesting and a huge title', () => {
    const deep = `<rss><channel>${'<x>'.repeat(50_000)}${'</x>'.repeat(50_000)}<title>${'a'.repeat(10_000_000)}</title></channel></rss>`;
    const read = readFeed(deep);
    assert.ok(read.ok);
    assert.equal(read.value.detailed.bozo, true);
    assert.equal(String(read.value.detailed.feed.title).length, 10_000_000);
    assert.equal(read.value.feed.title?.length, 10_000_000);
    assert.ok(read.value.feed.warnings.some((w) => /nested deeper/.test(w.message)));
  });

  it('parses 100k items', () => {
    const items = '<item><title>t</title><link>http://e.com/</link></item>'.repeat(100_000);
    const read = readFeed(`<rss version="2.0"><channel>${items}</channel></rss>`);
    assert.ok(read.ok);
    assert.equal(read.value.detailed.entries.length, 100_000);
    assert.equal(read.value.feed.items.length, 100_000);
    assert.equal(read.value.feed.items[99_999]?.url, 'http://e.com/');
  });
});
