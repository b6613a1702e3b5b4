import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { STORE_FACTORIES, type TestStore } from '../../../test/support/stores.ts';
import type { Analysis } from '../../domain/analysis.ts';
import { insertArticle, listStoryArticlesWithAnalysis, saveArticleAnalysis } from './articles.ts';
import { listCardArticles } from './browse.ts';
import { readDataVersion } from './browse-version.ts';
import { attachArticle, createStory, refreshStory } from './stories.ts';

const article = (n: number, publishedAt: string) => ({
  source_id: null,
  story_id: null,
  url: `https://outlet${n}.example/a?ref=${n}`,
  canonical_url: `https://outlet${n}.example/a`,
  original_url: null,
  guid: null,
  title: `Title ${n}`,
  author: null,
  text: `Text ${n}`,
  html: null,
  outlet: `outlet${n}.example`,
  language: 'en',
  content_hash: `hash-${n}`,
  published_at: publishedAt,
  fetched_at: publishedAt,
});

const analysis: Analysis = {
  title: 'Title 2',
  language: 'en',
  text_length: 14,
  boilerplate: [],
  entities: [],
  events: [],
  quotes: [],
};

for (const [label, open] of STORE_FACTORIES) {
  describe(`browse repository (${label})`, () => {
    let store: TestStore;
    before(async () => {
      store = await open();
    });
    after(async () => {
      await store.dispose();
    });

    it('reads story articles with the representative analysis, card articles, and a moving data version', async () => {
      const empty = await readDataVersion(store.db);
      assert.equal(await readDataVersion(store.db), empty);
      const late = await insertArticle(store.db, article(1, '2026-03-02T10:00:00Z'));
      const early = await insertArticle(store.db, article(2, '2026-03-02T08:00:00Z'));
      const story = await createStory(store.db, { title: 'x', section: 'other', seenAt: late.publishedAt });
      await attachArticle(store.db, story.id, late.id);
      await attachArticle(store.db, story.id, early.id);
      const refreshed = await refreshStory(store.db, story.id, 'breaches');
      await saveArticleAnalysis(store.db, early.id, analysis);
      assert.notEqual(await readDataVersion(store.db), empty);

      const { articles, analysis: found } = await listStoryArticlesWithAnalysis(
        store.db,
        story.id,
        refreshed.representativeArticleId,
      );
      assert.deepEqual(
        articles.map((a) => [a.id, a.text]),
        [
          [early.id, 'Text 2'],
          [late.id, 'Text 1'],
        ],
      );
      assert.deepEqual(found, analysis);
      assert.equal((await listStoryArticlesWithAnalysis(store.db, story.id, late.id)).analysis, undefined);
      // No representative yet: every article, no analysis; the page HTML is never read.
      const unrepresented = await listStoryArticlesWithAnalysis(store.db, story.id, null);
      assert.equal(unrepresented.analysis, undefined);
      assert.equal(unrepresented.articles.length, 2);
      assert.ok(articles.every((a) => !('html' in a)));

      const cards = await listCardArticles(store.db, [story.id, story.id + 1000]);
      assert.deepEqual(cards.get(story.id), [
        {
          id: early.id,
          storyId: story.id,
          url: 'https://outlet2.example/a?ref=2',
          title: 'Title 2',
          outlet: 'outlet2.example',
          publishedAt: '2026-03-02T08:00:00Z',
        },
        {
          id: late.id,
          storyId: story.id,
          url: 'https://outlet1.example/a?ref=1',
          title: 'Title 1',
          outlet: 'outlet1.example',
          publishedAt: '2026-03-02T10:00:00Z',
        },
      ]);
      assert.equal(cards.has(story.id + 1000), false);
    });
  });
}
