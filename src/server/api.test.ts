import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTempSqlite, type TestStore } from '../../test/support/stores.ts';
import { createApp } from './app.tsx';
import { seedStore, TEST_CONFIG } from './testdata/seed.ts';

type Json = Record<string, unknown>;

describe('JSON API /api/v1', () => {
  let store: TestStore;
  let ids: Awaited<ReturnType<typeof seedStore>>;
  let app: ReturnType<typeof createApp>;

  before(async () => {
    store = await openTempSqlite();
    ids = await seedStore(store.db);
    app = createApp({ db: store.db, config: TEST_CONFIG, now: () => new Date('2026-03-02T12:00:00Z') });
  });
  after(() => store.dispose());

  const get = async (path: string) => {
    const res = await app.request(path);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/, path);
    return { status: res.status, body: (await res.json()) as Json };
  };

  it('pages through stories with a cursor, newest first', async () => {
    const seen: number[] = [];
    let path = '/api/v1/stories?limit=2';
    for (let i = 0; i < 5; i++) {
      const { status, body } = await get(path);
      assert.equal(status, 200);
      const data = body.data as Array<{ id: number; outlets: unknown[]; entities: unknown[] }>;
      seen.push(...data.map((s) => s.id));
      if (body.next_cursor === null) break;
      assert.equal(body.next_cursor, String(data.at(-1)?.id));
      path = `/api/v1/stories?limit=2&cursor=${body.next_cursor}`;
    }
    assert.deepEqual(seen, [ids.oldId, ids.breachId, ids.attributionId]);
    const first = await get('/api/v1/stories');
    const story = (first.body.data as Array<{ id: number; outlets: unknown[]; entities: unknown[] }>).find(
      (s) => s.id === ids.attributionId,
    );
    assert.equal(story?.outlets.length, 2);
    assert.equal(story?.entities.length, 3);
    assert.equal(first.body.next_cursor, null);
  });

  it('returns a story whose mention offsets index into the representative text', async () => {
    const { status, body } = await get(`/api/v1/stories/${ids.attributionId}`);
    assert.equal(status, 200);
    const data = body.data as {
      first_reporter: { outlet: string };
      representative: { text: string; body_start: number };
      entities: Array<{ id: string; mentions: Array<{ start: number; end: number; text: string }> }>;
    };
    assert.equal(data.first_reporter.outlet, 'one.example');
    assert.ok(
      data.representative.text.startsWith('UK accuses China over Exchange hacking\n\nThe United Kingdom'),
    );
    for (const e of data.entities) {
      for (const m of e.mentions) assert.equal(data.representative.text.slice(m.start, m.end), m.text);
    }
  });

  it('lists and finds entities, digests and sources', async () => {
    const entities = await get('/api/v1/entities?kind=country');
    assert.deepEqual(
      (entities.body.data as Array<{ id: string }>).map((e) => e.id),
      ['country:CN', 'country:GB'],
    );
    // Paged one at a time, the cursor walks the same list in the same order.
    const all = await get('/api/v1/entities?limit=1000');
    const walked: string[] = [];
    let next: string | null = '/api/v1/entities?limit=1';
    while (next) {
      const page = await get(next);
      walked.push(...(page.body.data as Array<{ id: string }>).map((e) => e.id));
      const cursor = page.body.next_cursor as string | null;
      next = cursor ? `/api/v1/entities?limit=1&cursor=${encodeURIComponent(cursor)}` : null;
    }
    assert.deepEqual(
      walked,
      (all.body.data as Array<{ id: string }>).map((e) => e.id),
    );
    assert.ok(walked.length >= 3);
    const china = await get('/api/v1/entities/country:CN');
    assert.equal((china.body.data as { name: string }).name, 'China');
    assert.deepEqual(
      (china.body.data as { stories: Array<{ id: number }> }).stories.map((s) => s.id),
      [ids.attributionId],
    );
    const digests = await get('/api/v1/digests');
    assert.deepEqual(digests.body.data, [
      {
        date: '2026-03-01',
        subject: 'Cyber Security Analysis and Threat Intelligence — 2026-03-01',
        story_count: 3,
        path: '/digests/2026-03-01',
      },
    ]);
    const digest = await get('/api/v1/digests/2026-03-01');
    assert.equal((digest.body.data as { text: string }).text, 'Digest of 2026-03-01\n');
    const sources = await get('/api/v1/sources');
    assert.deepEqual(
      (sources.body.data as Array<{ url: string; failing: boolean }>).map((s) => [s.url, s.failing]),
      [['https://one.example/feed', false]],
    );
  });

  const errors: Array<[string, number, string]> = [
    ['/api/v1/stories?limit=0', 400, 'invalid_limit'],
    ['/api/v1/stories?limit=101', 400, 'invalid_limit'],
    ['/api/v1/stories?limit=ten', 400, 'invalid_limit'],
    ['/api/v1/stories?limit=1e2', 400, 'invalid_limit'],
    ['/api/v1/stories?cursor=abc', 400, 'invalid_cursor'],
    ['/api/v1/stories?cursor=-3', 400, 'invalid_cursor'],
    ['/api/v1/stories/abc', 400, 'invalid_id'],
    ['/api/v1/stories/1.5', 400, 'invalid_id'],
    ['/api/v1/stories/99999999999', 400, 'invalid_id'],
    ['/api/v1/stories/999', 404, 'story_not_found'],
    ['/api/v1/entities?kind=planet', 400, 'invalid_kind'],
    ['/api/v1/entities?limit=0', 400, 'invalid_limit'],
    ['/api/v1/entities/%20', 400, 'invalid_id'],
    ['/api/v1/entities/country:XX', 404, 'entity_not_found'],
    ['/api/v1/digests/yesterday', 400, 'invalid_date'],
    ['/api/v1/digests/2026-02-30', 400, 'invalid_date'],
    ['/api/v1/digests/2020-01-01', 404, 'digest_not_found'],
    ['/api/v1/nothing', 404, 'not_found'],
  ];
  for (const [path, status, code] of errors) {
    it(`answers ${path} with ${status} ${code}`, async () => {
      const res = await get(path);
      assert.equal(res.status, status);
      const error = (res.body as { error: { code: string; message: string } }).error;
      assert.equal(error.code, code);
      assert.equal(typeof error.message, 'string');
      assert.deepEqual(Object.keys(res.body), ['error']);
    });
  }
});
