import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { articlePath, type Newsroom, startNewsroom } from '../src/newsroom/index.ts';
import { buildDailyDigest } from '../src/pipeline/build-digest.ts';
import { runOnce } from '../src/pipeline/run-once.ts';
import { createApp } from '../src/server/app.tsx';
import { listStoryArticles } from '../src/store/repositories/articles.ts';
import { listEntities } from '../src/store/repositories/entities.ts';
import { addSource, listSources } from '../src/store/repositories/sources.ts';
import { listRecentStories } from '../src/store/repositories/stories.ts';
import { openTempSqlite, type TestStore } from './support/stores.ts';
import { testConfig, testDeps } from './support/world.ts';

describe('end to end: sample newsroom → fetch → stories → digest → web', () => {
  let newsroom: Newsroom;
  let store: TestStore;
  let outDir: string;
  // A fixed late-evening instant: the newsroom dates its articles up to three days before it, and today's
  // digest holds the stories first seen since local midnight, so a wall-clock `now` just after midnight would
  // leave it almost empty.
  const now = new Date('2026-03-10T21:00:00Z');

  before(async () => {
    newsroom = await startNewsroom({ port: 0, now });
    store = await openTempSqlite();
    outDir = mkdtempSync(path.join(tmpdir(), 'threatbrief-digest-'));
  });
  after(async () => {
    await newsroom.close();
    await store.dispose();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('ingests every outlet, merges copies into stories, analyses entities, and builds and serves the digest', async () => {
    const config = testConfig(':memory:', { dataDir: outDir });
    const deps = testDeps(store.db, config, () => now);
    for (const feed of newsroom.feeds)
      await addSource(store.db, { url: feed.url, name: feed.name, now: now.toISOString() });

    const first = await runOnce(deps, { force: true });
    assert.equal(first.failed, 0, JSON.stringify(first.results));
    assert.equal(first.sources, newsroom.feeds.length);
    assert.equal(first.newArticles, newsroom.articles.length, 'every article of the newsroom is stored once');

    const stories = await listRecentStories(store.db, { limit: 100 });
    const sizes = await Promise.all(
      stories.map(async (s) => (await listStoryArticles(store.db, s.id)).length),
    );
    assert.ok(
      stories.length < newsroom.articles.length,
      'syndicated and republished copies join their original',
    );
    // The newsroom knows which articles report one development (copies, republications, a rewrite with
    // another title): our stories must form exactly that partition.
    const truth = new Map(newsroom.articles.map((a) => [articlePath(a), a.storyId]));
    const ours = new Map<string, number>();
    for (const s of stories)
      for (const a of await listStoryArticles(store.db, s.id)) ours.set(new URL(a.url).pathname, s.id);
    const pairs = (m: Map<string, string | number>) =>
      [...m]
        .flatMap(([p, k]) => [...m].filter(([q, l]) => p < q && k === l).map(([q]) => `${p}|${q}`))
        .sort();
    assert.deepEqual(pairs(ours), pairs(truth), 'stories match the newsroom ground truth');
    const gru = stories.find((s) => /GRU/.test(s.title));
    assert.ok(gru, 'the GRU attribution story exists');
    assert.equal(gru.outletCount, 2, 'the syndicated copy on a second outlet joins the same story');
    const republished = stories.filter((s) => s.outletCount >= 2);
    assert.ok(republished.length >= 3, `copies merged: ${sizes.join(',')}`);

    const entities = await listEntities(store.db, { limit: 500 });
    const ids = new Set(entities.map((e) => e.id));
    for (const id of ['country:RU', 'country:CN', 'country:KP', 'org:cisa', 'org:fbi'])
      assert.ok(ids.has(id), `entity ${id} found`);
    assert.ok(
      [...ids].some((id) => id.startsWith('cve:CVE-2026-')),
      'CVE ids found',
    );

    const second = await runOnce(deps, { force: true });
    assert.equal(second.newArticles, 0, 'a second pass stores nothing new');
    assert.ok(second.results.every((r) => r.status === 'not_modified' || r.status === 'ok'));
    assert.ok(
      second.results.some((r) => r.status === 'not_modified'),
      'conditional GET answered 304',
    );

    const digest = await buildDailyDigest({ db: store.db, config }, { now, outDir });
    assert.ok(digest.storyCount > 5);
    const html = readFileSync(digest.htmlPath, 'utf8');
    const text = readFileSync(digest.textPath, 'utf8');
    assert.match(html, /Cyber Security Analysis and Threat Intelligence/);
    assert.match(html, new RegExp(`https://brief\\.example/stories/${gru.id}`));
    assert.match(text, /GRU/);
    assert.match(html, /Breaches and ransomware|Vulnerabilities and patches/);

    const app = createApp({ db: store.db, config, now: () => now });
    for (const url of [
      '/',
      `/stories/${gru.id}`,
      '/digests',
      `/digests/${digest.date}`,
      '/api/v1/stories',
      `/api/v1/stories/${gru.id}`,
      '/api/v1/digests',
    ]) {
      const response = await app.request(url);
      assert.equal(response.status, 200, url);
    }
    const storyPage = await (await app.request(`/stories/${gru.id}`)).text();
    assert.match(storyPage, /<mark class="entity entity-country"[^>]*data-entity="country:RU"/);
    assert.equal((await app.request('/stories/999999')).status, 404);
  });

  it('records a broken source (malformed XML, 404, timeout) while the others still ingest', async () => {
    const broken = await openTempSqlite();
    try {
      const config = testConfig(':memory:', {
        dataDir: outDir,
        http: { ...testConfig(':memory:').http, timeoutMs: 500 },
      });
      const deps = testDeps(broken.db, config, () => now);
      const good = newsroom.feeds[0];
      assert.ok(good);
      await addSource(broken.db, {
        url: `${newsroom.url}/broken/malformed.xml`,
        name: 'malformed',
        now: now.toISOString(),
      });
      await addSource(broken.db, {
        url: `${newsroom.url}/broken/missing.xml`,
        name: 'missing',
        now: now.toISOString(),
      });
      await addSource(broken.db, {
        url: `${newsroom.url}/broken/slow.xml`,
        name: 'slow',
        now: now.toISOString(),
      });
      await addSource(broken.db, { url: good.url, name: good.name, now: now.toISOString() });
      const summary = await runOnce(
        { ...deps, httpGet: testDeps(broken.db, config).httpGet },
        { force: true },
      );
      assert.equal(summary.failed, 3);
      assert.ok(summary.newArticles > 0, 'the healthy source still ingested');
      const byName = new Map((await listSources(broken.db)).map((s) => [s.name, s]));
      assert.equal(byName.get('missing')?.lastErrorCode, 'http_404');
      assert.equal(byName.get('slow')?.lastErrorCode, 'timeout');
      assert.match(byName.get('malformed')?.lastErrorCode ?? '', /malformed|unsupported/);
      assert.ok(byName.get('malformed')?.lastErrorMessage);
      assert.equal(byName.get('missing')?.consecutiveFailures, 1);
      assert.ok((byName.get('missing')?.nextPollAt ?? '') > now.toISOString(), 'a failing source backs off');
      assert.equal(byName.get(good.name)?.lastErrorCode, null);
    } finally {
      await broken.dispose();
    }
  });
});
