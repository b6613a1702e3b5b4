import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FeedItem } from '../src/domain/feed.ts';
import { ingestItem } from '../src/pipeline/ingest-item.ts';
import { createApp } from '../src/server/app.tsx';
import { seedStore, TEST_CONFIG } from '../src/server/testdata/seed.ts';
import { openStore, type Store } from '../src/store/connect.ts';
import { addSource } from '../src/store/repositories/sources.ts';
import { STORE_FACTORIES, type TestStore } from './support/stores.ts';
import { testConfig, testDeps } from './support/world.ts';

const NOW = new Date('2026-03-02T12:00:00Z');

/** A feed item with full text (no page fetch) about China and a word no seeded article has. */
function feedItem(n: number, word: string): FeedItem {
  const sentence = `Researchers said the ${word} campaign, which China denied running, hit hospitals and ports. `;
  return {
    guid: `fresh-${n}`,
    url: `https://fresh.example/news/${n}`,
    title: `China linked to ${word} campaign`,
    summary: null,
    contentHtml: `<p>${sentence.repeat(12)}</p>`,
    author: null,
    publishedAt: '2026-03-02T11:00:00Z',
    updatedAt: null,
    categories: [],
  };
}

/** Ingests one item through the pipeline's own ingest step; returns the new story id. */
async function ingest(db: Store['db'], n: number, word: string): Promise<number> {
  const deps = testDeps(db, testConfig(':memory:'), () => NOW);
  const { source } = await addSource(db, {
    url: `https://fresh.example/feed-${n}`,
    name: 'Fresh',
    now: NOW.toISOString(),
  });
  const outcome = await ingestItem(deps, {
    source,
    item: feedItem(n, word),
    outlet: 'fresh.example',
    feedUrl: source.url,
  });
  assert.equal(outcome.kind, 'new');
  return outcome.kind === 'new' ? outcome.storyId : 0;
}

for (const [label, open] of STORE_FACTORIES) {
  describe(`web pages reflect newly ingested stories at once, with the response cache on (${label})`, () => {
    let store: TestStore;
    let app: ReturnType<typeof createApp>;
    before(async () => {
      store = await open();
      await seedStore(store.db);
      app = createApp({ db: store.db, config: TEST_CONFIG, now: () => NOW });
    });
    after(async () => {
      await store.dispose();
    });

    const get = async (url: string) => {
      const res = await app.request(url);
      return { status: res.status, body: await res.text() };
    };

    it('shows the new story on search, entity, home and API pages cached before the ingest', async () => {
      const pages = ['/search?q=quetzalware', '/entities/country:CN', '/', '/api/v1/search?q=quetzalware'];
      for (const url of pages) {
        const first = await get(url);
        assert.equal(first.status, 200, url);
        assert.doesNotMatch(first.body, /China linked to quetzalware/, url);
        // A second read is answered from the cache: the ingest below must still show.
        assert.equal((await get(url)).body, first.body, url);
      }
      const storyId = await ingest(store.db, 1, 'quetzalware');
      for (const url of pages) assert.match((await get(url)).body, /China linked to quetzalware/, url);
      const story = await get(`/stories/${storyId}`);
      assert.equal(story.status, 200);
      assert.match(story.body, /China linked to quetzalware campaign/);
    });
  });
}

describe('web pages reflect stories another process ingested (SQLite, second connection)', () => {
  let dir: string;
  let reader: Store;
  let writer: Store;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'threatbrief-fresh-'));
    const file = path.join(dir, 'shared.db');
    reader = await openStore(file);
    await seedStore(reader.db);
    writer = await openStore(file);
  });
  after(async () => {
    await writer.close();
    await reader.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the ingest of a second connection on the next request', async () => {
    const app = createApp({ db: reader.db, config: TEST_CONFIG, now: () => NOW });
    const before = await (await app.request('/entities/country:CN')).text();
    assert.equal(await (await app.request('/entities/country:CN')).text(), before);
    assert.doesNotMatch(before, /China linked to xylophage/);
    await ingest(writer.db, 2, 'xylophage');
    assert.match(await (await app.request('/entities/country:CN')).text(), /China linked to xylophage/);
    assert.match(
      await (await app.request('/search?q=xylophage')).text(),
      /China linked to xylophage campaign/,
    );
  });
});
