import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexEntryOf, placeArticle, prepareArticle } from './cluster-article.ts';
import { InMemoryStoryIndex } from './in-memory-story-index.ts';

const DAY_MS = 86_400_000;

/** Day `d`'s development: its own words, so only its copy is a near-duplicate of it. */
function article(d: number, copy: boolean) {
  const words = Array.from({ length: 80 }, (_, i) => `word${d}x${i}`).join(' ');
  return prepareArticle({
    title: `Company${d} reports incident ${copy ? 'again' : ''}`.trim(),
    text: `${words}${copy ? ' extra' : ''}`,
    url: `https://outlet${copy ? 'b' : 'a'}.example/${d}`,
    publishedAt: new Date(Date.UTC(2025, 0, 1) + d * DAY_MS + (copy ? 3_600_000 : 0)).toISOString(),
  });
}

describe('InMemoryStoryIndex band generations', () => {
  it('finds near-duplicates within the window all along a long stream, holding only the recent postings', async () => {
    const index = new InMemoryStoryIndex();
    let id = 0;
    let peak = 0;
    for (let d = 0; d < 60; d++) {
      const original = article(d, false);
      const first = await placeArticle(original, index);
      assert.equal(first.kind, 'new', `day ${d}: the original is new`);
      await index.add(indexEntryOf(original, id, id));
      const originalId = id++;
      const copy = article(d, true);
      const placed = await placeArticle(copy, index);
      assert.equal(placed.kind, 'join', `day ${d}: the copy joins`);
      assert.equal(placed.kind === 'join' ? placed.storyId : -1, originalId);
      await index.add(indexEntryOf(copy, id++, originalId));
      peak = Math.max(peak, index.bandPostings);
    }
    const perArticle = article(0, false).bands.length;
    // Two generations of at most windowDays + 1 days each (two articles a day) out of 60 days.
    const bound = 2 * (9 + 1) * 2 * perArticle;
    assert.ok(peak <= bound, `peak ${peak} postings, bound ${bound}, stream ${120 * perArticle}`);
    assert.ok(peak < 120 * perArticle * 0.5);
  });
});
