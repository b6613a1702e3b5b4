import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideStory } from './decide-story.ts';
import { exactKeysOf } from './exact-keys.ts';

describe('exactKeysOf', () => {
  it('canonicalises tracking, AMP and fragment variants to one URL and scopes GUIDs by source', () => {
    const a = exactKeysOf({
      url: 'https://www.example.com/news/x/amp/?utm_source=rss#top',
      guid: 'g1',
      source: 3,
      text: 'Hello, World!',
    });
    const b = exactKeysOf({ url: 'https://example.com/news/x', text: 'hello world' });
    assert.equal(a.canonicalUrl, b.canonicalUrl);
    assert.equal(a.contentHash, b.contentHash);
    assert.equal(a.guidKey, '3:g1');
  });
  it('keeps the "Source link" original only when it differs from the page itself', () => {
    assert.equal(
      exactKeysOf({
        url: 'https://copy.example/a',
        originalUrl: 'https://orig.example/a?fbclid=1',
        text: 't',
      }).originalUrl,
      'https://orig.example/a',
    );
    assert.equal(
      exactKeysOf({ url: 'https://orig.example/a', originalUrl: 'https://orig.example/a', text: 't' })
        .originalUrl,
      null,
    );
  });
  it('treats an edited page at a known URL as a version, not a duplicate', () => {
    assert.deepEqual(decideStory({ sameUrl: { articleId: 4, storyId: 2, contentChanged: true } }), {
      kind: 'version',
      articleId: 4,
      storyId: 2,
    });
    assert.deepEqual(decideStory({ sameUrl: { articleId: 4, storyId: 2, contentChanged: false } }), {
      kind: 'known',
      articleId: 4,
    });
  });
});

describe('storyContentHash', () => {
  it('equals the library content hash on ASCII and non-ASCII text', async () => {
    const fc = (await import('fast-check')).default;
    const { contentHash } = await import('../lib/hash.ts');
    const { storyContentHash } = await import('./exact-keys.ts');
    for (const text of [
      '',
      '  ',
      'Hello, World!',
      ' -- a--B  c9 ',
      'Straße ﬁne — JLR’s UK',
      '$34M\n\tCVE-2026-1',
    ])
      assert.equal(storyContentHash(text), contentHash(text), JSON.stringify(text));
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary-ascii' }),
        (text) => storyContentHash(text) === contentHash(text),
      ),
    );
    fc.assert(fc.property(fc.string(), (text) => storyContentHash(text) === contentHash(text)));
  });
});
