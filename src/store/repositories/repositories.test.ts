import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { STORE_FACTORIES } from '../../../test/support/stores.ts';
import type { AnalysisEntity } from '../../domain/analysis.ts';
import { findArticleByCanonicalUrl, insertArticle, listStoryArticles } from './articles.ts';
import { findDigest, listDigests, saveDigest } from './digests.ts';
import { listEntities, listStoryEntities, saveArticleEntities } from './entities.ts';
import { addKbIgnore, listKbIgnore } from './kb-ignore.ts';
import {
  addSource,
  listDueSources,
  listSources,
  recordFetchFailure,
  recordFetchSuccess,
  removeSource,
} from './sources.ts';
import { attachArticle, createStory, listStoriesBetween, refreshStory } from './stories.ts';

const article = (n: number, outlet: string, publishedAt: string) => ({
  source_id: null,
  story_id: null,
  url: `https://${outlet}/a/${n}`,
  canonical_url: `https://${outlet}/a/${n}`,
  original_url: null,
  guid: `g${n}`,
  title: `Title ${n}`,
  author: null,
  text: `Body ${n}`,
  html: null,
  outlet,
  language: 'en',
  content_hash: n === 3 ? 'hash-1' : `hash-${n}`,
  published_at: publishedAt,
  fetched_at: publishedAt,
});

for (const [label, open] of STORE_FACTORIES) {
  describe(`repositories on ${label}`, () => {
    it('adds, lists, schedules and removes sources, recording health', async () => {
      const store = await open();
      try {
        const { source, created } = await addSource(store.db, {
          url: 'https://a.example/feed',
          name: 'A',
          now: '2026-01-01T00:00:00Z',
        });
        assert.equal(created, true);
        assert.equal(
          (await addSource(store.db, { url: 'https://a.example/feed', name: 'A2', now: 'x' })).created,
          false,
        );
        await recordFetchFailure(store.db, source.id, {
          now: '2026-01-01T00:00:00Z',
          nextPollAt: '2026-01-01T01:00:00Z',
          code: 'http_404',
          message: 'Not Found',
        });
        await recordFetchFailure(store.db, source.id, {
          now: '2026-01-01T01:00:00Z',
          nextPollAt: '2026-01-01T03:00:00Z',
          code: 'timeout',
          message: 'slow',
        });
        let [stored] = await listSources(store.db);
        assert.equal(stored?.consecutiveFailures, 2);
        assert.equal(stored?.lastErrorCode, 'timeout');
        assert.equal((await listDueSources(store.db, '2026-01-01T02:00:00Z')).length, 0);
        assert.equal((await listDueSources(store.db, '2026-01-01T03:00:00Z')).length, 1);
        await recordFetchSuccess(store.db, source.id, {
          now: 'n',
          nextPollAt: 'z',
          etag: '"e1"',
          lastModified: null,
        });
        [stored] = await listSources(store.db);
        assert.equal(stored?.consecutiveFailures, 0);
        assert.equal(stored?.etag, '"e1"');
        assert.equal(stored?.lastErrorCode, null);
        assert.equal(await removeSource(store.db, source.id), true);
        assert.equal(await removeSource(store.db, source.id), false);
      } finally {
        await store.dispose();
      }
    });

    it('stores articles into stories and recomputes counts, outlets and representative', async () => {
      const store = await open();
      try {
        const a1 = await insertArticle(store.db, article(1, 'one.example', '2026-01-02T10:00:00Z'));
        const a3 = await insertArticle(store.db, article(3, 'two.example', '2026-01-02T09:00:00Z'));
        assert.equal((await findArticleByCanonicalUrl(store.db, 'https://one.example/a/1'))?.id, a1.id);
        const story = await createStory(store.db, {
          title: 'x',
          section: 'other',
          seenAt: '2026-01-02T10:00:00Z',
        });
        await attachArticle(store.db, story.id, a1.id);
        await attachArticle(store.db, story.id, a3.id);
        const refreshed = await refreshStory(store.db, story.id, 'breaches');
        assert.equal(refreshed.articleCount, 2);
        assert.equal(refreshed.outletCount, 2);
        assert.equal(refreshed.representativeArticleId, a3.id, 'earliest article represents the story');
        assert.equal(refreshed.title, 'Title 3');
        assert.deepEqual(
          (await listStoryArticles(store.db, story.id)).map((a) => a.id),
          [a3.id, a1.id],
        );
        const day = await listStoriesBetween(store.db, '2026-01-02T00:00:00Z', '2026-01-03T00:00:00Z');
        assert.deepEqual(
          day.map((s) => s.id),
          [story.id],
        );
        assert.equal(
          (await listStoriesBetween(store.db, '2026-01-03T00:00:00Z', '2026-01-04T00:00:00Z')).length,
          0,
        );

        const entities: AnalysisEntity[] = [
          {
            id: 'country:CN',
            kind: 'country',
            name: 'China',
            mentions: [{ start: 0, end: 5, text: 'China', sentence: 0, rule: 'r' }],
          },
        ];
        await saveArticleEntities(store.db, a1.id, story.id, entities);
        await saveArticleEntities(store.db, a3.id, story.id, entities);
        await saveArticleEntities(store.db, a3.id, story.id, entities);
        assert.deepEqual(await listEntities(store.db, { limit: 10 }), [
          { id: 'country:CN', kind: 'country', name: 'China', storyCount: 1, mentionCount: 2 },
        ]);
        assert.equal((await listStoryEntities(store.db, story.id))[0]?.mentionCount, 2);
      } finally {
        await store.dispose();
      }
    });

    it('saves digests by date and keeps the false-positive list', async () => {
      const store = await open();
      try {
        const digest = {
          date: '2026-01-02',
          timezone: 'UTC',
          subject: 's',
          html: '<p>h</p>',
          text: 't',
          storyCount: 3,
          createdAt: 'c',
        };
        await saveDigest(store.db, digest);
        await saveDigest(store.db, { ...digest, storyCount: 4 });
        assert.equal((await findDigest(store.db, '2026-01-02'))?.storyCount, 4);
        assert.deepEqual(await listDigests(store.db), [{ date: '2026-01-02', subject: 's', storyCount: 4 }]);
        await addKbIgnore(store.db, 'will', 'now');
        await addKbIgnore(store.db, 'will', 'now');
        assert.deepEqual(await listKbIgnore(store.db), ['will']);
      } finally {
        await store.dispose();
      }
    });
  });
}
