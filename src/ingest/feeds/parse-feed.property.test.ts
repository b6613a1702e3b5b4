import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { parseFeed } from './parse-feed.ts';

const xmlish = fc
  .array(
    fc.constantFrom(
      '<rss version="2.0">',
      '<channel>',
      '<item>',
      '<title>',
      '</title>',
      '</item>',
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      '<entry>',
      '&',
      '<',
      ']]>',
      '<![CDATA[',
      'text',
      '<pubDate>',
      'Mon, 32 Foo 2024',
      '</pubDate>',
      '<link>',
      'javascript:x',
      '</link>',
      '{',
      '"items":[',
      '<!DOCTYPE x [',
      '<!ENTITY a "b">',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

it('parseFeed never throws on arbitrary bytes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
      const result = parseFeed(bytes);
      assert.equal(typeof result.ok, 'boolean');
    }),
    { numRuns: 500 },
  );
});

it('parseFeed never throws on XML-ish strings and always returns ISO dates or null', () => {
  fc.assert(
    fc.property(xmlish, fc.string(), (text, noise) => {
      const result = parseFeed(`${text}${noise}`, { baseUrl: 'https://example.com/feed' });
      if (result.ok) {
        for (const item of result.value.items) {
          assert.ok(item.publishedAt === null || !Number.isNaN(Date.parse(item.publishedAt)));
        }
      }
    }),
    { numRuns: 500 },
  );
});
