import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { KbEntry, KnowledgeBase } from '../src/analysis/kb/kb-types.ts';
import { type Newsroom, startNewsroom } from '../src/newsroom/index.ts';
import { exportStix, parseSince } from '../src/pipeline/export-stix.ts';
import { loadKnowledgeBase } from '../src/pipeline/load-kb.ts';
import { runOnce } from '../src/pipeline/run-once.ts';
import { sdoId } from '../src/publish/stix/stix-ids.ts';
import type { StixBundle } from '../src/publish/stix/stix-types.ts';
import { createApp } from '../src/server/app.tsx';
import { openStore, type Store } from '../src/store/connect.ts';
import { replaceKbEntries } from '../src/store/repositories/kb-entries.ts';
import { addSource } from '../src/store/repositories/sources.ts';
import { listRecentStories } from '../src/store/repositories/stories.ts';
import { seedStixStory } from './stix-fixtures.ts';
import { createStixValidator, STIX_SCHEMAS_MISSING } from './stix-validator.ts';
import { testConfig, testDeps } from './support/world.ts';

const BIN = path.resolve(import.meta.dirname, '..', 'bin', 'threatbrief.js');
const PUBLIC_URL = 'https://brief.example';

describe('STIX export of the sample newsroom (pipeline, CLI, API)', () => {
  let newsroom: Newsroom;
  let store: Store;
  let dir: string;
  let dbFile: string;
  const now = new Date();

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'threatbrief-stix-'));
    dbFile = path.join(dir, 'threatbrief.db');
    newsroom = await startNewsroom({ port: 0, now });
    store = await openStore(dbFile);
    const config = testConfig(dbFile, { dataDir: dir });
    for (const feed of newsroom.feeds)
      await addSource(store.db, { url: feed.url, name: feed.name, now: now.toISOString() });
    const summary = await runOnce(
      testDeps(store.db, config, () => now),
      { force: true },
    );
    assert.equal(summary.failed, 0);
    await seedStixStory(store.db);
  });
  after(async () => {
    await newsroom.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports every story as a report and every object validates', async () => {
    const { bundle } = await exportStix({ db: store.db, publicUrl: PUBLIC_URL });
    const stories = await listRecentStories(store.db, { limit: 1000 });
    assert.equal(bundle.objects.filter((o) => o.type === 'report').length, stories.length);
    for (const type of [
      'identity',
      'location',
      'vulnerability',
      'indicator',
      'relationship',
      'opinion',
      'incident',
    ])
      assert.ok(
        bundle.objects.some((o) => o.type === type),
        `has ${type}`,
      );
    if (STIX_SCHEMAS_MISSING) return;
    assert.deepEqual(createStixValidator().validateBundle(bundle), []);
  });

  it('round-trips through `export stix --out` and /api/v1/stix with the same objects', async () => {
    // An ATT&CK entry imported with `kb import`: the export must take its provenance from the stored KB.
    const imported: KbEntry = {
      id: 'actor:apt40',
      kind: 'threat-actor',
      name: 'APT40',
      aliases: ['APT40', 'Leviathan', 'G0065'],
      source: 'attack',
    };
    await replaceKbEntries(store.db, 'attack', [imported], now.toISOString());
    const kb: KnowledgeBase = (await loadKnowledgeBase(store.db)).kb.kb;
    const out = path.join(dir, 'bundle.json');
    const result = spawnSync(process.execPath, [BIN, '--database', dbFile, 'export', 'stix', '--out', out], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        DATABASE_URL: '',
        THREATBRIEF_LOG_LEVEL: 'silent',
        THREATBRIEF_PUBLIC_URL: PUBLIC_URL,
      },
      timeout: 60_000,
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /wrote \d+ STIX objects/);
    const fromFile = JSON.parse(readFileSync(out, 'utf8')) as StixBundle;
    const apt40 = fromFile.objects.find((o) => o.id === sdoId('intrusion-set', 'actor:apt40'));
    assert.deepEqual(apt40?.external_references, [
      { source_name: 'mitre-attack', external_id: 'G0065', url: 'https://attack.mitre.org/groups/G0065/' },
    ]);
    assert.ok(
      (apt40?.aliases as string[] | undefined)?.includes('Leviathan'),
      'the imported alias is exported',
    );
    const { bundle } = await exportStix({ db: store.db, kb, publicUrl: PUBLIC_URL });
    assert.deepEqual(fromFile, JSON.parse(JSON.stringify(bundle)), 'file = pipeline export');
    const parsedBack = JSON.parse(JSON.stringify(fromFile)) as StixBundle;
    assert.deepEqual(
      new Map(parsedBack.objects.map((o) => [o.id, o])),
      new Map(bundle.objects.map((o) => [o.id, JSON.parse(JSON.stringify(o))])),
      'parsed back: the same objects by id',
    );
    const app = createApp({ db: store.db, kb, config: testConfig(dbFile, { publicUrl: PUBLIC_URL }) });
    const response = await app.request('/api/v1/stix');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/stix+json;version=2.1');
    assert.deepEqual(await response.json(), fromFile, 'API = CLI');
  });

  it('filters by story and since, with 400 errors on bad parameters', async () => {
    const [story] = await listRecentStories(store.db, { limit: 1 });
    assert.ok(story);
    const one = (await exportStix({ db: store.db }, { storyId: story.id })).bundle;
    assert.equal(one.objects.filter((o) => o.type === 'report').length, 1);
    const future = (await exportStix({ db: store.db }, { since: parseSince('2999-01-01')! })).bundle;
    assert.equal(future.objects.length, 0);
    const app = createApp({ db: store.db, config: testConfig(dbFile) });
    const byStory = (await (await app.request(`/api/v1/stix?story=${story.id}`)).json()) as StixBundle;
    assert.deepEqual(
      byStory.objects.map((o) => o.id),
      one.objects.map((o) => o.id),
    );
    for (const query of ['since=yesterday', 'since=2026-02-30', 'story=abc', 'story=0']) {
      const response = await app.request(`/api/v1/stix?${query}`);
      assert.equal(response.status, 400, query);
      const body = (await response.json()) as { error: { code: string; message: string } };
      assert.match(body.error.code, /^invalid_/);
      assert.ok(body.error.message);
    }
    assert.equal(parseSince('2026-03-02T10:00:00+02:00'), '2026-03-02T08:00:00.000Z');
  });
});
