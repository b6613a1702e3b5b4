import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { STORE_FACTORIES, type TestStore } from '../../../test/support/stores.ts';
import type { Analysis } from '../../domain/analysis.ts';
import { insertArticle, saveArticleAnalysis } from '../repositories/articles.ts';
import { countAttributionPairs, countEntityLedgerRoles } from '../repositories/attributions.ts';
import { listCoOccurringEntities, listStoryIds } from '../repositories/browse.ts';
import { saveArticleEntities } from '../repositories/entities.ts';
import { listEvents, rebuildAllEvents, saveArticleEvents } from '../repositories/events.ts';
import { attachArticle, createStory, refreshStory } from '../repositories/stories.ts';
import { parseQuery, toFts5Match, toTsQueries } from './parse-query.ts';
import { searchStories } from './search-stories.ts';

describe('parseQuery', () => {
  it('turns words, prefixes and phrases into safe FTS5 and tsquery expressions', () => {
    const parts = parseQuery('ransom* "supply chain" CVE-2024-3400 OR) NEAR(x');
    assert.equal(
      toFts5Match(parts),
      '"ransom" * AND "supply chain" AND "cve 2024 3400" AND "or" AND "near x"',
    );
    assert.deepEqual(toTsQueries(parseQuery('ransom* "supply chain"')), [
      { fn: 'to_tsquery', input: 'ransom:*' },
      { fn: 'phraseto_tsquery', input: 'supply chain' },
    ]);
    assert.deepEqual(parseQuery('  "" *** () '), []);
  });
});

const analysisOf = (text: string, accuser: string, accused: string): Analysis => ({
  title: null,
  language: 'en',
  text_length: text.length,
  boilerplate: [],
  entities: [
    { id: accuser, kind: 'country', name: accuser, mentions: [] },
    { id: accused, kind: 'country', name: accused, mentions: [] },
  ],
  events: [
    {
      type: 'attribution',
      stance: 'asserted',
      realis: 'actual',
      trigger: { start: 0, end: 7, text: text.slice(0, 7) },
      sentence: { start: 0, end: text.length },
      arguments: [
        { role: 'accuser', entity: accuser, start: 0, end: 1, text: 'x' },
        { role: 'accused', entity: accused, start: 0, end: 1, text: 'y' },
      ],
      confidence: 0.9,
    },
  ],
  quotes: [],
});

for (const [label, open] of STORE_FACTORIES) {
  describe(`search and browse on ${label}`, () => {
    let store: TestStore;
    const ids: number[] = [];
    before(async () => {
      store = await open();
      const docs = [
        [
          'Ransomware gang hits hospital',
          'The ransomware attack on the hospital encrypted records.',
          'a.example',
        ],
        [
          'Supply chain compromise',
          'A supply chain attack via a build server; no ransom demanded.',
          'b.example',
        ],
        ['Patch Tuesday', 'Microsoft fixed CVE-2024-3400 and other bugs.', 'a.example'],
      ] as const;
      for (const [i, [title, text, outlet]] of docs.entries()) {
        const a = await insertArticle(store.db, {
          source_id: null,
          story_id: null,
          url: `https://${outlet}/${i}`,
          canonical_url: `https://${outlet}/${i}`,
          original_url: null,
          guid: null,
          title,
          author: null,
          text,
          html: null,
          outlet,
          language: 'en',
          content_hash: `h${i}`,
          published_at: `2026-03-0${i + 1}T10:00:00Z`,
          fetched_at: `2026-03-0${i + 1}T10:00:00Z`,
        });
        const s = await createStory(store.db, { title, section: 'other', seenAt: a.publishedAt });
        await attachArticle(store.db, s.id, a.id);
        await refreshStory(store.db, s.id, 'other');
        const analysis = analysisOf(
          `${title}\n\n${text}`,
          i === 2 ? 'country:US' : 'country:GB',
          'country:CN',
        );
        await saveArticleAnalysis(store.db, a.id, analysis);
        await saveArticleEntities(store.db, a.id, s.id, analysis.entities);
        await saveArticleEvents(store.db, a.id, s.id, analysis);
        ids.push(s.id);
      }
    });
    after(() => store.dispose());

    it('ranks title matches first, finds prefixes and phrases, and filters by facets', async () => {
      const r = await searchStories(store.db, { text: 'ransomware' }, { offset: 0, limit: 10 });
      assert.deepEqual(
        r.hits.map((h) => h.storyId),
        [ids[0]],
      );
      const prefix = await searchStories(store.db, { text: 'ransom*' }, { offset: 0, limit: 10 });
      assert.deepEqual(new Set(prefix.hits.map((h) => h.storyId)), new Set([ids[0], ids[1]]));
      const phrase = await searchStories(store.db, { text: '"supply chain"' }, { offset: 0, limit: 10 });
      assert.deepEqual(
        phrase.hits.map((h) => h.storyId),
        [ids[1]],
      );
      assert.equal(
        (await searchStories(store.db, { text: '"chain supply"' }, { offset: 0, limit: 10 })).hits.length,
        0,
      );
      const cve = await searchStories(store.db, { text: 'CVE-2024-3400' }, { offset: 0, limit: 10 });
      assert.deepEqual(
        cve.hits.map((h) => h.storyId),
        [ids[2]],
      );
      const filtered = await searchStories(
        store.db,
        { text: 'attack', entityIds: ['country:GB'], outlets: ['b.example'], eventTypes: ['attribution'] },
        { offset: 0, limit: 10 },
      );
      assert.deepEqual(
        filtered.hits.map((h) => h.storyId),
        [ids[1]],
      );
      assert.deepEqual(
        prefix.facets.outlets.map((f) => [f.value, f.count]),
        [
          ['a.example', 1],
          ['b.example', 1],
        ],
      );
      assert.equal(prefix.facets.eventTypes[0]?.value, 'attribution');
      const dated = await searchStories(
        store.db,
        { text: 'ransom*', from: '2026-03-02T00:00:00Z' },
        { offset: 0, limit: 10 },
      );
      assert.deepEqual(
        dated.hits.map((h) => h.storyId),
        [ids[1]],
      );
      assert.equal((await searchStories(store.db, { text: '!!' }, { offset: 0, limit: 10 })).hits.length, 0);
    });

    it('stores events for the ledger and browses stories and co-occurrences', async () => {
      const events = await listEvents(
        store.db,
        { arguments: [{ entityId: 'country:CN', role: 'accused' }] },
        10,
      );
      assert.equal(events.length, 3);
      assert.equal(events[0]?.arguments.length, 2);
      assert.deepEqual(await countAttributionPairs(store.db, { limit: 10 }), [
        { accuser: 'country:GB', accused: 'country:CN', count: 2 },
        { accuser: 'country:US', accused: 'country:CN', count: 1 },
      ]);
      assert.equal((await countEntityLedgerRoles(store.db, 'country:CN')).accused, 3);
      assert.deepEqual(await listStoryIds(store.db, { entityId: 'country:US' }, 10), [ids[2]]);
      const co = await listCoOccurringEntities(store.db, 'country:CN', { limit: 5 });
      assert.deepEqual(
        co.map((c) => [c.id, c.count]),
        [
          ['country:GB', 2],
          ['country:US', 1],
        ],
      );
      assert.equal(await rebuildAllEvents(store.db), 3);
      assert.equal((await listEvents(store.db, {}, 10)).length, 3);
    });
  });
}
