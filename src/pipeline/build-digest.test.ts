import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openTempSqlite, type TestStore } from '../../test/support/stores.ts';
import { insertArticle } from '../store/repositories/articles.ts';
import { findDigest } from '../store/repositories/digests.ts';
import { attachArticle, createStory, refreshStory } from '../store/repositories/stories.ts';
import { buildDailyDigest } from './build-digest.ts';

async function addStory(store: TestStore, n: number, title: string, publishedAt: string) {
  const article = await insertArticle(store.db, {
    source_id: null,
    story_id: null,
    url: `https://outlet${n}.example/a/${n}`,
    canonical_url: `https://outlet${n}.example/a/${n}`,
    original_url: null,
    guid: null,
    title,
    author: null,
    text: `${title} happened today. Officials confirmed it.`,
    html: null,
    outlet: `outlet${n}.example`,
    language: 'en',
    content_hash: `h${n}`,
    published_at: publishedAt,
    fetched_at: publishedAt,
  });
  const story = await createStory(store.db, { title, section: 'other', seenAt: publishedAt });
  await attachArticle(store.db, story.id, article.id);
  return refreshStory(store.db, story.id, 'breaches');
}

describe('buildDailyDigest', () => {
  let store: TestStore;
  let dir: string;
  const config = { timezone: 'America/New_York', publicUrl: 'https://tb.example', dataDir: '/nonexistent' };

  before(async () => {
    store = await openTempSqlite();
    dir = mkdtempSync(path.join(tmpdir(), 'threatbrief-digest-'));
    // 2026-03-08 is New York's spring-forward day: local midnight is 05:00Z, the next one 04:00Z.
    await addStory(store, 1, 'Early breach', '2026-03-08T05:30:00Z');
    await addStory(store, 2, 'Late breach', '2026-03-09T03:59:00Z');
    await addStory(store, 3, 'Next day', '2026-03-09T04:00:00Z');
    await addStory(store, 4, 'Day before', '2026-03-08T04:59:59Z');
  });
  after(async () => {
    await store.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("builds, stores and writes the day's digest (date defaulting to today in the zone)", async () => {
    const now = new Date('2026-03-09T03:00:00Z'); // still 8 March in New York
    const built = await buildDailyDigest(
      { db: store.db, config },
      { now, outDir: path.join(dir, 'nested', 'out') },
    );
    assert.equal(built.date, '2026-03-08');
    assert.equal(built.storyCount, 2);
    assert.equal(built.htmlPath, path.join(dir, 'nested', 'out', '2026-03-08.html'));
    const html = readFileSync(built.htmlPath, 'utf8');
    const text = readFileSync(built.textPath, 'utf8');
    assert.match(html, /Early breach/);
    assert.match(html, /Late breach/);
    assert.doesNotMatch(html, /Next day|Day before/);
    assert.match(text, /2 stories collected for 2026-03-08 \(1 the day before\)/);
    assert.match(text, /Early breach happened today\. Officials confirmed it\./);
    const stored = await findDigest(store.db, '2026-03-08');
    assert.equal(stored?.subject, 'Cyber Security Analysis and Threat Intelligence — 2026-03-08');
    assert.equal(stored?.storyCount, 2);
    assert.equal(stored?.html, html);
    assert.equal(stored?.createdAt, now.toISOString());
  });

  it('builds an honest quiet-day digest', async () => {
    const built = await buildDailyDigest(
      { db: store.db, config },
      { date: '2026-01-01', now: new Date(), outDir: dir },
    );
    assert.equal(built.storyCount, 0);
    assert.match(readFileSync(built.textPath, 'utf8'), /No new stories were collected for 2026-01-01\./);
  });

  it('rejects a malformed date', async () => {
    await assert.rejects(
      buildDailyDigest({ db: store.db, config }, { date: '2026-1-1', now: new Date(), outDir: dir }),
      /YYYY-MM-DD/,
    );
  });
});
