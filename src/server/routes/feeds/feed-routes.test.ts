import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTempSqlite, type TestStore } from '../../../../test/support/stores.ts';
import { parseFeed } from '../../../ingest/feeds/index.ts';
import { createApp } from '../../app.tsx';
import { seedStore, TEST_CONFIG } from '../../testdata/seed.ts';

describe('feed routes', () => {
  let store: TestStore;
  before(async () => {
    store = await openTempSqlite();
    await seedStore(store.db);
  });
  after(() => store.dispose());

  const cases = [
    ['/feeds/stories.xml', 'application/rss+xml', 3],
    ['/feeds/stories.json', 'application/feed+json', 3],
    ['/feeds/digests.xml', 'application/rss+xml', 1],
    ['/feeds/digests.json', 'application/feed+json', 1],
  ] as const;
  it('the digest archive lists the stored digests and links the sign-up page and every feed', async () => {
    const app = createApp({ db: store.db, config: TEST_CONFIG });
    const html = await (await app.request('/digests')).text();
    const digestLinks = [...html.matchAll(/href="(\/digests\/\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]);
    assert.ok(digestLinks.length >= 1, 'a digest is listed');
    for (const link of digestLinks) assert.equal((await app.request(link ?? '')).status, 200, link);
    for (const link of ['/subscribe', ...cases.map(([path]) => path)]) {
      assert.ok(html.includes(`href="${link}"`), link);
      assert.equal((await app.request(link)).status, 200, link);
    }
  });

  for (const [path, type, count] of cases)
    it(`${path} is valid: our parser reads it back without warnings`, async () => {
      const app = createApp({ db: store.db, config: TEST_CONFIG });
      const response = await app.request(path);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', new RegExp(type.replace('+', '\\+')));
      const parsed = parseFeed(await response.text(), { baseUrl: `https://threatbrief.example${path}` });
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.message);
      assert.deepEqual(parsed.value.warnings, []);
      assert.equal(parsed.value.items.length, count);
      for (const item of parsed.value.items)
        assert.match(item.url ?? '', /^https:\/\/threatbrief\.example\/(stories|digests)\//);
    });
});
