import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Hono } from 'hono';
import { openStore, type Store } from '../store/connect.ts';
import { insertArticle } from '../store/repositories/articles.ts';
import { isCacheablePath, responseCache } from './response-cache.ts';

describe('response cache', () => {
  let store: Store;
  before(async () => {
    store = await openStore(':memory:');
  });
  after(async () => {
    await store.close();
  });

  function app(options: Parameters<typeof responseCache>[1] = {}) {
    let calls = 0;
    const a = new Hono();
    a.use('*', responseCache(store.db, { admitOnSecondRequest: [], ...options }));
    a.get('/entities/:id', (c) => {
      calls++;
      return c.req.param('id') === 'bad' ? c.text('no', 404) : c.text(`story ${c.req.param('id')} #${calls}`);
    });
    a.get('/subscribe', (c) => {
      calls++;
      return c.text(`form #${calls}`);
    });
    a.post('/entities/:id', (c) => c.text('changed'));
    return { a, calls: () => calls };
  }

  it('serves a repeated GET from memory, keyed by URL', async () => {
    const { a, calls } = app();
    assert.equal(await (await a.request('/entities/1')).text(), 'story 1 #1');
    assert.equal(await (await a.request('/entities/1')).text(), 'story 1 #1');
    assert.equal(await (await a.request('/entities/1?x=1')).text(), 'story 1 #2');
    assert.equal(calls(), 2);
  });

  it('never caches errors, personal routes or requests with credentials', async () => {
    const { a, calls } = app();
    await a.request('/entities/bad');
    await a.request('/entities/bad');
    await a.request('/subscribe');
    await a.request('/subscribe');
    await a.request('/entities/2', { headers: { authorization: 'Bearer x' } });
    await a.request('/entities/2', { headers: { authorization: 'Bearer x' } });
    assert.equal(calls(), 6);
    assert.equal(isCacheablePath('/preferences/abc'), false);
    assert.equal(isCacheablePath('/unsubscribe/abc'), false);
    assert.equal(isCacheablePath('/taxii2/'), false);
    assert.equal(isCacheablePath('/entities/country:CN'), true);
    // A single story is cheap to build and mostly read once: not cached, page or API; the list is.
    assert.equal(isCacheablePath('/stories/1'), false);
    assert.equal(isCacheablePath('/api/v1/stories/1'), false);
    assert.equal(isCacheablePath('/api/v1/stories'), true);
  });

  it('drops entries when the data version changes, a write happens or the TTL passes', async () => {
    const { a, calls } = app();
    await a.request('/entities/3');
    await insertArticle(store.db, {
      source_id: null,
      story_id: null,
      url: 'https://x.example/1',
      canonical_url: 'https://x.example/1',
      original_url: null,
      guid: null,
      title: 't',
      author: null,
      text: 'x',
      html: null,
      outlet: 'x.example',
      language: 'en',
      content_hash: 'h1',
      published_at: '2026-03-01T00:00:00Z',
      fetched_at: '2026-03-01T00:00:00Z',
    });
    await a.request('/entities/3');
    assert.equal(calls(), 2);
    await a.request('/entities/3', { method: 'POST' });
    await a.request('/entities/3');
    assert.equal(calls(), 3);
    const short = app({ ttlMs: 0 });
    await short.a.request('/entities/4');
    await short.a.request('/entities/4');
    assert.equal(short.calls(), 2);
  });

  it('keeps at most maxEntries, evicting the least recently used', async () => {
    const { a, calls } = app({ maxEntries: 2 });
    await a.request('/entities/5');
    await a.request('/entities/6');
    await a.request('/entities/5');
    await a.request('/entities/7');
    assert.equal(calls(), 3);
    await a.request('/entities/5');
    assert.equal(calls(), 3);
    await a.request('/entities/6');
    assert.equal(calls(), 4);
  });

  it('stores story pages the second time their URL is asked, so one-off pages are not kept', async () => {
    const { a, calls } = app({ admitOnSecondRequest: [/^\/entities\//] });
    await a.request('/entities/10');
    await a.request('/entities/10');
    assert.equal(await (await a.request('/entities/10')).text(), 'story 10 #2');
    assert.equal(calls(), 2);
  });

  it('reads the data version on every request and never serves an entry built under another one', async () => {
    let version = 'v1';
    let reads = 0;
    const { a, calls } = app({
      readVersion: async () => {
        reads++;
        return version;
      },
    });
    await a.request('/entities/11');
    await a.request('/entities/11');
    version = 'v2';
    assert.equal(await (await a.request('/entities/11')).text(), 'story 11 #2');
    assert.equal(calls(), 2);
    assert.equal(reads, 3);
  });

  it('tags stored answers and answers 304 to a client holding the current entry, 200 once it is stale', async () => {
    let version = 'v1';
    const { a } = app({ readVersion: async () => version });
    const first = await a.request('/entities/12');
    const tag = first.headers.get('etag');
    assert.match(tag ?? '', /^W\/"[a-z0-9]+-[a-z0-9]+"$/);
    const again = await a.request('/entities/12', { headers: { 'if-none-match': tag as string } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), tag);
    assert.equal(await again.text(), '');
    version = 'v2';
    const changed = await a.request('/entities/12', { headers: { 'if-none-match': tag as string } });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), tag);
  });

  it('answers concurrent misses for one URL with one computation', async () => {
    const { a, calls } = app();
    const bodies = await Promise.all(
      Array.from({ length: 5 }, async () => (await a.request('/entities/8')).text()),
    );
    assert.equal(calls(), 1);
    assert.deepEqual(new Set(bodies), new Set(['story 8 #1']));
  });
});
