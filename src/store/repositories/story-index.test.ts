import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { STORE_FACTORIES } from '../../../test/support/stores.ts';
import { headlineKeys } from '../../stories/article-profile.ts';
import { indexEntryOf, placeArticle, prepareArticle } from '../../stories/cluster-article.ts';
import { insertArticle } from './articles.ts';
import { createStory } from './stories.ts';
import {
  addArticleVersion,
  countArticleVersions,
  createStoryIndex,
  listRelatedStoryIds,
  relateStories,
} from './story-index.ts';

const TEXT =
  'Jaguar Land Rover said on Tuesday that production at its plants in Solihull and Halewood was severely disrupted ' +
  'after a cyber attack forced the carmaker to shut down its IT systems, and staff were sent home.';

for (const [label, open] of STORE_FACTORIES) {
  describe(`story index repository (${label})`, () => {
    it('finds a stored copy by shared bands, a same URL by exact key, and keeps relations and versions', async () => {
      const store = await open();
      try {
        const index = createStoryIndex(store.db);
        const story = await createStory(store.db, {
          title: 'JLR',
          section: 'breaches',
          seenAt: '2025-09-02T12:00:00.000Z',
        });
        const first = {
          title: 'Jaguar Land Rover production hit by cyber attack',
          text: TEXT,
          url: 'https://a.example/jlr?utm_source=x',
          publishedAt: '2025-09-02T12:00:00Z',
        };
        const prepared = prepareArticle(first);
        const row = await insertArticle(store.db, {
          source_id: null,
          story_id: story.id,
          url: first.url,
          canonical_url: prepared.exact.canonicalUrl as string,
          original_url: null,
          guid: null,
          title: first.title,
          author: null,
          text: TEXT,
          html: null,
          outlet: 'a.example',
          language: 'en',
          content_hash: prepared.exact.contentHash,
          published_at: first.publishedAt,
          fetched_at: first.publishedAt,
        });
        await index.add(indexEntryOf(prepared, row.id, story.id));

        const again = await placeArticle(
          prepareArticle({ ...first, url: 'https://www.a.example/jlr#top' }),
          index,
        );
        assert.deepEqual(again, { kind: 'known', articleId: row.id });
        const edited = await placeArticle(
          prepareArticle({ ...first, text: `${TEXT} Update: systems restored.` }),
          index,
        );
        assert.equal(edited.kind, 'version');

        const copy = prepareArticle({
          ...first,
          title: 'JLR production hit by cyber attack',
          url: 'https://b.example/x',
          publishedAt: '2025-09-02T15:00:00Z',
        });
        const placed = await placeArticle(copy, index);
        assert.equal(placed.kind, 'join');
        assert.equal(placed.kind === 'join' && placed.storyId, story.id);

        // Recall keys are stored with the profile: the article is found by a name and by its headline key.
        const t = Date.parse(first.publishedAt);
        for (const keys of [['jlr'], headlineKeys(prepared.profile).slice(0, 1)]) {
          const found = await index.findRecent(keys, t - 3_600_000, t + 3_600_000, 10);
          assert.deepEqual(
            found.map((c) => c.articleId),
            [row.id],
            `found by ${keys.join(',')}`,
          );
        }

        const other = await createStory(store.db, {
          title: 'other',
          section: 'other',
          seenAt: '2025-09-03T00:00:00.000Z',
        });
        await relateStories(store.db, story.id, [{ storyId: other.id, score: 0.4 }]);
        assert.deepEqual(await listRelatedStoryIds(store.db, other.id), [story.id]);
        await addArticleVersion(store.db, {
          articleId: row.id,
          contentHash: 'h0',
          title: first.title,
          text: 'old',
          seenAt: first.publishedAt,
        });
        assert.equal(await countArticleVersions(store.db, row.id), 1);
        const recent = await index.findRecent(
          ['jaguar'],
          Date.parse('2025-09-01T00:00:00Z'),
          Date.parse('2025-09-04T00:00:00Z'),
          10,
        );
        assert.deepEqual(
          recent.map((r) => r.articleId),
          [row.id],
        );
      } finally {
        await store.dispose();
      }
    });
  });
}
