import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { FeedItem } from '../src/domain/feed.ts';
import { ingestItem } from '../src/pipeline/ingest-item.ts';
import { createApp } from '../src/server/app.tsx';
import { seedStore, TEST_CONFIG } from '../src/server/testdata/seed.ts';
import type { Db } from '../src/store/database.ts';
import { saveArticleEntities } from '../src/store/repositories/entities.ts';
import { rebuildAllEvents } from '../src/store/repositories/events.ts';
import { addSource } from '../src/store/repositories/sources.ts';
import { attachArticle, createStory, refreshStory } from '../src/store/repositories/stories.ts';
import { STORE_FACTORIES, type TestStore } from './support/stores.ts';
import { testConfig, testDeps } from './support/world.ts';

const NOW = new Date('2026-03-02T12:00:00Z');

/** A feed item with full text about China and `word`; the same `word` gives near-identical texts. */
function feedItem(n: number, word: string, publishedAt: string): FeedItem {
  const sentence = `The United States accused China of running the ${word} campaign, which hit hospitals and ports in Iran. China denied the accusation. `;
  return {
    guid: `totals-${n}`,
    url: `https://totals${n}.example/news/${n}`,
    title: `China linked to ${word} campaign`,
    summary: null,
    contentHtml: `<p>${sentence.repeat(12)}</p>`,
    author: null,
    publishedAt,
    updatedAt: null,
    categories: [],
  };
}

async function ingest(db: Db, n: number, word: string, publishedAt: string): Promise<number> {
  const deps = testDeps(db, testConfig(':memory:'), () => NOW);
  const { source } = await addSource(db, {
    url: `https://totals${n}.example/feed`,
    name: `Totals ${n}`,
    now: NOW.toISOString(),
  });
  const outcome = await ingestItem(deps, {
    source,
    item: feedItem(n, word, publishedAt),
    outlet: `totals${n}.example`,
    feedUrl: source.url,
  });
  assert.equal(outcome.kind, 'new');
  return outcome.kind === 'new' ? outcome.storyId : 0;
}

/** The stored per-entity totals and the same totals recounted from articles' entity rows and stories. */
async function totals(db: Db) {
  const stored = await sql<{ entity_id: string; day: string; n: number | string }>`
    select entity_id, day, story_count as n from entity_days order by entity_id, day`.execute(db);
  const recount = await sql<{ entity_id: string; day: string; n: number | string }>`
    select entity_id, day, count(*) as n from (
      select distinct ae.entity_id, ae.story_id, substr(s.first_seen_at, 1, 10) as day
      from article_entities ae join stories s on s.id = ae.story_id) x
    group by entity_id, day order by entity_id, day`.execute(db);
  const storedPairs = await sql<{ entity_id: string; story_id: number; day: string }>`
    select entity_id, story_id, day from entity_stories order by entity_id, story_id`.execute(db);
  const recountPairs = await sql<{ entity_id: string; story_id: number; day: string }>`
    select distinct ae.entity_id, ae.story_id, substr(s.first_seen_at, 1, 10) as day
    from article_entities ae join stories s on s.id = ae.story_id order by ae.entity_id, ae.story_id`.execute(
    db,
  );
  const storedRoles = await sql<{ entity_id: string; role: string; event_type: string; n: number | string }>`
    select entity_id, role, event_type, event_count as n from entity_event_roles
    order by entity_id, role, event_type`.execute(db);
  const recountRoles = await sql<{ entity_id: string; role: string; event_type: string; n: number | string }>`
    select a.entity_id, a.role, e.type as event_type, count(distinct a.event_id) as n
    from event_arguments a join events e on e.id = a.event_id where a.entity_id is not null
    group by a.entity_id, a.role, e.type order by a.entity_id, a.role, e.type`.execute(db);
  const storedCo = await sql<{ entity_id: string; other_id: string; n: number | string }>`
    select entity_id, other_id, story_count as n from entity_pairs order by entity_id, other_id`.execute(db);
  const recountCo = await sql<{ entity_id: string; other_id: string; n: number | string }>`
    select a.entity_id, b.entity_id as other_id, count(distinct a.story_id) as n
    from article_entities a join article_entities b on b.story_id = a.story_id and b.entity_id <> a.entity_id
    group by a.entity_id, b.entity_id order by a.entity_id, b.entity_id`.execute(db);
  const rows = (r: { rows: Array<Record<string, unknown>> }) =>
    r.rows.map((x) => Object.entries(x).map(([k, v]) => (k === 'n' || k === 'story_id' ? Number(v) : v)));
  return {
    stored: rows(stored),
    recount: rows(recount),
    storedPairs: rows(storedPairs),
    recountPairs: rows(recountPairs),
    storedRoles: rows(storedRoles),
    recountRoles: rows(recountRoles),
    storedCo: rows(storedCo),
    recountCo: rows(recountCo),
  };
}

async function assertTotalsMatchRecount(db: Db): Promise<void> {
  const t = await totals(db);
  assert.ok(t.recount.length > 0);
  assert.deepEqual(t.stored, t.recount);
  assert.deepEqual(t.storedPairs, t.recountPairs);
  assert.deepEqual(t.storedRoles, t.recountRoles);
  assert.ok(t.recountCo.length > 0);
  assert.deepEqual(t.storedCo, t.recountCo);
}

for (const [label, open] of STORE_FACTORIES) {
  describe(`entity totals (stories per day, events per role) kept on write equal a recount (${label})`, () => {
    let store: TestStore;
    before(async () => {
      store = await open();
      await seedStore(store.db);
    });
    after(async () => {
      await store.dispose();
    });

    it('after seeding, after ingesting new and joining stories, and after an article moves story', async () => {
      await assertTotalsMatchRecount(store.db);
      const first = await ingest(store.db, 1, 'quetzalware', '2026-03-02T11:00:00Z');
      await assertTotalsMatchRecount(store.db);
      // A near-identical report published a day earlier joins the story and moves its first-seen day.
      const joined = await ingest(store.db, 2, 'quetzalware', '2026-03-01T08:00:00Z');
      assert.equal(joined, first);
      await assertTotalsMatchRecount(store.db);
      const days = await sql<{ day: string }>`
        select day from entity_stories where story_id = ${first} and entity_id = 'country:CN'`.execute(
        store.db,
      );
      assert.deepEqual(
        days.rows.map((r) => r.day),
        ['2026-03-01'],
      );
      await ingest(store.db, 3, 'zanzibarware', '2026-03-02T09:00:00Z');
      await assertTotalsMatchRecount(store.db);

      // Moving an article to a new story updates both stories' rows; clearing its entities removes them.
      const article = await sql<{ id: number }>`
        select id from articles where story_id = ${first} order by id limit 1`.execute(store.db);
      const articleId = Number(article.rows[0]?.id);
      const other = await createStory(store.db, {
        title: 'moved',
        section: 'other',
        seenAt: '2026-02-20T00:00:00Z',
      });
      await attachArticle(store.db, other.id, articleId);
      await refreshStory(store.db, other.id, 'other');
      await refreshStory(store.db, first, 'attributions');
      await assertTotalsMatchRecount(store.db);
      await saveArticleEntities(store.db, articleId, other.id, []);
      await assertTotalsMatchRecount(store.db);
      // Re-deriving every article's events replaces them: the role counts must not drift.
      assert.ok((await totals(store.db)).storedRoles.length > 0, 'the ingested texts have event arguments');
      await rebuildAllEvents(store.db);
      await assertTotalsMatchRecount(store.db);
    });

    it('serves the entity timeline, co-occurring entities and older stories from the totals', async () => {
      const app = createApp({ db: store.db, config: TEST_CONFIG, now: () => NOW });
      const res = await app.request('/api/v1/entities/country:CN');
      assert.equal(res.status, 200);
      const body = (await res.json()) as {
        data: {
          timeline: Array<{ day: string; count: number }>;
          co_occurring: Array<{ id: string; story_count: number }>;
          stories: Array<{ id: number }>;
        };
      };
      const recount = await sql<{ day: string; n: number | string }>`
        select substr(s.first_seen_at, 1, 10) as day, count(distinct s.id) as n
        from stories s join article_entities ae on ae.story_id = s.id
        where ae.entity_id = 'country:CN' and s.first_seen_at >= '2026-01-01'
        group by substr(s.first_seen_at, 1, 10) order by day`.execute(store.db);
      assert.deepEqual(
        body.data.timeline,
        recount.rows.map((r) => ({ day: r.day, count: Number(r.n) })),
      );
      const iran = body.data.co_occurring.find((o) => o.id === 'country:IR');
      assert.ok(iran && iran.story_count >= 1);
      // Partners come most shared first, each with the number of stories it shares with China.
      const shared = await sql<{ id: string; n: number | string }>`
        select b.entity_id as id, count(distinct a.story_id) as n
        from article_entities a join article_entities b on b.story_id = a.story_id and b.entity_id <> a.entity_id
        where a.entity_id = 'country:CN' group by b.entity_id order by n desc, id limit 15`.execute(store.db);
      assert.deepEqual(
        body.data.co_occurring.map((o) => [o.id, o.story_count]),
        shared.rows.map((r) => [r.id, Number(r.n)]),
      );
      const ids = body.data.stories.map((s) => s.id);
      // The page lists the newest stories a page at a time: `before` pages back, and must be a story id.
      assert.equal((await app.request('/entities/country:CN?before=abc')).status, 400);
      const older = await app.request(`/entities/country:CN?before=${ids[0]}`);
      assert.equal(older.status, 200);
      const olderHtml = await older.text();
      assert.match(olderHtml, /Older stories mentioning/);
      assert.match(olderHtml, /href="\/entities\/country:CN">Newest stories</);
      assert.doesNotMatch(olderHtml, new RegExp(`story-card"><h3><a href="/stories/${ids[0]}"`));
      assert.match(
        await (await app.request('/entities/country:CN')).text(),
        new RegExp(`story-card"><h3><a href="/stories/${ids[0]}"`),
      );
      assert.deepEqual(
        ids,
        [...ids].sort((a, b) => b - a),
      );
    });
  });
}
