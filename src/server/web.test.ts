import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTempSqlite, type TestStore } from '../../test/support/stores.ts';
import { createApp } from './app.tsx';
import { DIGEST_CSP, SITE_CSP } from './security-headers.ts';
import { HOSTILE_TITLE, seedStore, TEST_CONFIG } from './testdata/seed.ts';

describe('web pages', () => {
  let store: TestStore;
  let ids: Awaited<ReturnType<typeof seedStore>>;
  let app: ReturnType<typeof createApp>;
  const now = () => new Date('2026-03-02T12:00:00Z');

  before(async () => {
    store = await openTempSqlite();
    ids = await seedStore(store.db);
    app = createApp({ db: store.db, config: TEST_CONFIG, now });
  });
  after(() => store.dispose());

  const get = async (path: string) => {
    const res = await app.request(path);
    return { res, body: await res.text() };
  };

  it("shows today's stories grouped by section, in a landmarked layout without scripts", async () => {
    const { res, body } = await get('/');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    assert.ok(body.startsWith('<!DOCTYPE html>'));
    assert.match(body, /Today&#39;s stories, 2026-03-02|Today's stories, 2026-03-02/);
    for (const landmark of ['<header', '<nav', '<main', '<footer'])
      assert.ok(body.includes(landmark), landmark);
    assert.ok(body.indexOf('Attributions and state activity') < body.indexOf('Breaches and ransomware'));
    assert.ok(!body.includes('id="section-vulnerabilities"'), 'the old story is not today');
    assert.ok(body.includes(`href="/stories/${ids.attributionId}"`));
    assert.ok(!body.includes('<script'), 'hostile title escaped, no scripts');
    assert.ok(body.includes('&lt;script&gt;'));
    assert.ok(!/\sstyle=/.test(body), 'no inline styles under the site CSP');
    assert.ok(body.includes('<link rel="stylesheet" href="/assets/site.css"/>'));
  });

  it('falls back to the most recent stories when today has none', async () => {
    const later = createApp({
      db: store.db,
      config: TEST_CONFIG,
      now: () => new Date('2026-04-01T12:00:00Z'),
    });
    const body = await (await later.request('/')).text();
    assert.match(body, /Most recent stories/);
    assert.match(body, /Old patch news/);
  });

  it('shows a story with outlets, first reporter and highlighted entity mentions', async () => {
    const { res, body } = await get(`/stories/${ids.attributionId}`);
    assert.equal(res.status, 200);
    const mark =
      /<mark class="entity entity-country" title="country:CN · gazetteer:country-name" data-entity="country:CN"><a href="#(m-\d+)">China<\/a><\/mark>/.exec(
        body,
      );
    assert.ok(mark, 'China is highlighted and links to its evidence note');
    const note =
      new RegExp(`<aside class="evidence-note" id="${mark[1]}"[^>]*>.*?</aside>`, 's').exec(body)?.[0] ?? '';
    assert.match(note, /<a href="\/entities\/country:CN">China<\/a>/);
    assert.match(note, /gazetteer:country-name/);
    assert.match(
      note,
      /<blockquote>The United Kingdom accused China of hacking Microsoft Exchange servers\.<\/blockquote>/,
    );
    assert.ok(body.includes('data-entity="product:microsoft-exchange-server"'));
    assert.match(
      body,
      /first reported by <a href="https:\/\/one\.example\/news\/1\?ref=a&amp;x=1" rel="noopener noreferrer">one\.example<\/a>/,
    );
    assert.ok(body.includes('two.example'));
    assert.match(body, /<time datetime="2026-03-02T09:30:00Z">2026-03-02 09:30<\/time>/);
    assert.ok(body.includes('<a href="/entities/country:GB">United Kingdom</a>'));
  });

  it('escapes a hostile story title on its page', async () => {
    const { body } = await get(`/stories/${ids.breachId}`);
    assert.ok(!body.includes(HOSTILE_TITLE));
    assert.ok(body.includes('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; Ransomware &amp; more'));
  });

  it('shows an entity with the stories that mention it', async () => {
    const { res, body } = await get('/entities/country:CN');
    assert.equal(res.status, 200);
    assert.match(body, /<h1>China<\/h1>/);
    assert.ok(body.includes(`href="/stories/${ids.attributionId}"`));
  });

  it('lists digests and serves a stored digest under its own CSP', async () => {
    const archive = await get('/digests');
    assert.equal(archive.res.status, 200);
    assert.ok(archive.body.includes('href="/digests/2026-03-01"'));
    const digest = await get('/digests/2026-03-01');
    assert.equal(digest.res.status, 200);
    assert.match(digest.body, /Digest of 2026-03-01/);
    assert.equal(digest.res.headers.get('content-security-policy'), DIGEST_CSP);
    assert.ok(!DIGEST_CSP.includes("script-src 'self'") && DIGEST_CSP.includes("script-src 'none'"));
  });

  it('serves the stylesheet', async () => {
    const { res, body } = await get('/assets/site.css');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/css/);
    assert.match(body, /mark\.entity/);
  });

  const errors: Array<[string, number]> = [
    ['/stories/abc', 400],
    ['/stories/-1', 400],
    ['/stories/99999999999999999999', 400],
    ['/stories/999', 404],
    ['/entities/nonsense', 400],
    ['/entities/country:XX', 404],
    ['/digests/2026-13-01', 400],
    ['/digests/2026-01-01', 404],
    ['/no/such/page', 404],
  ];
  for (const [path, status] of errors) {
    it(`answers ${path} with an HTML ${status}`, async () => {
      const { res, body } = await get(path);
      assert.equal(res.status, status);
      assert.match(res.headers.get('content-type') ?? '', /text\/html/);
      assert.match(body, status === 400 ? /Bad request/ : /Not found/);
      assert.equal(res.headers.get('content-security-policy'), SITE_CSP);
    });
  }

  it('puts security headers on every response', async () => {
    for (const path of ['/', '/api/v1/stories', '/nope', '/api/v1/nope', '/assets/site.css']) {
      const res = await app.request(path);
      assert.equal(res.headers.get('content-security-policy'), SITE_CSP, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer', path);
    }
  });
});
