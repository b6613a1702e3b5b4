import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { STORE_FACTORIES, type TestStore } from '../../../test/support/stores.ts';
import { seedStore } from '../../server/testdata/seed.ts';
import { findArticleAnalysis, listStoryArticles } from './articles.ts';
import { countDayStoriesBySection, listDayAnalyses, listDayStories } from './digest-day.ts';
import { listStoriesBetween } from './stories.ts';

// 2 March in London (GMT): the seed has two stories that day and one on 20 February.
const FROM = '2026-03-02T00:00:00.000Z';
const TO = '2026-03-03T00:00:00.000Z';

for (const [label, open] of STORE_FACTORIES) {
  describe(`a day's stories for the digest (${label})`, () => {
    let store: TestStore;
    before(async () => {
      store = await open();
      await seedStore(store.db);
    });
    after(() => store.dispose());

    it('reads the same stories, articles and analyses as the per-story queries, texts only of representatives', async () => {
      const day = await listDayStories(store.db, FROM, TO);
      const stories = await listStoriesBetween(store.db, FROM, TO);
      assert.deepEqual(
        day.map((d) => d.story),
        stories,
      );
      assert.equal(day.length, 2);
      for (const { story, articles, analysis } of day) {
        const expected = await listStoryArticles(store.db, story.id);
        assert.deepEqual(
          articles.map((a) => ({ ...a, text: '', html: null })),
          expected.map((a) => ({ ...a, text: '', html: null })),
          'same articles, earliest first',
        );
        for (const a of articles)
          assert.equal(
            a.text,
            a.id === story.representativeArticleId ? expected.find((e) => e.id === a.id)?.text : '',
          );
        const stored =
          story.representativeArticleId === null
            ? undefined
            : await findArticleAnalysis(store.db, story.representativeArticleId);
        assert.deepEqual(analysis, stored);
      }
      assert.ok(
        day.some((d) => d.analysis !== undefined && d.articles.length === 2),
        'the seed has an analysed two-outlet story',
      );
    });

    it('counts stories per section and reads only the analysed representatives', async () => {
      assert.deepEqual(await countDayStoriesBySection(store.db, FROM, TO), { attributions: 1, breaches: 1 });
      assert.deepEqual(await countDayStoriesBySection(store.db, TO, '2026-03-04T00:00:00.000Z'), {});
      const analyses = await listDayAnalyses(store.db, FROM, TO);
      assert.equal(analyses.size, 1);
      assert.match([...analyses.values()][0]?.title ?? '', /UK accuses China/);
    });
  });
}
