import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { exportStix } from '../src/pipeline/export-stix.ts';
import { selectCollection } from '../src/publish/stix/stix-collections.ts';
import type { StixObject } from '../src/publish/stix/stix-types.ts';
import { createApp } from '../src/server/app.tsx';
import { type RunningServer, startServer } from '../src/server/node.ts';
import { collectionId } from '../src/server/routes/taxii/threatbrief-backend.ts';
import { seedStixStory } from './stix-fixtures.ts';
import { createStixValidator, STIX_SCHEMAS_MISSING } from './stix-validator.ts';
import { openTempSqlite, type TestStore } from './support/stores.ts';
import { testConfig } from './support/world.ts';

const TAXII = 'application/taxii+json;version=2.1';
const TOKEN = 'partner-token-0123456789abcdef';
type Json = Record<string, unknown>;

describe('TAXII 2.1 server over HTTP on 127.0.0.1', () => {
  let store: TestStore;
  let server: RunningServer;
  let open: RunningServer;

  before(async () => {
    store = await openTempSqlite();
    await seedStixStory(store.db);
    const base = testConfig(':memory:');
    // A locked-down instance: attributions need credentials; "reader" may read only stories.
    const config = {
      ...base,
      taxii: {
        publicDiscovery: true,
        publicCollections: ['stories', 'indicators'],
        users: [
          { username: 'partner', password: 'correct horse battery', token: TOKEN, collections: ['*'] },
          { username: 'reader', password: 'reader-password', collections: ['stories'] },
        ],
      },
    };
    server = await startServer(createApp({ db: store.db, config }), { port: 0, host: '127.0.0.1' });
    open = await startServer(createApp({ db: store.db, config: base }), { port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    await server.close();
    await open.close();
    await store.dispose();
  });

  const get = async (url: string, headers: Record<string, string> = {}) => {
    const response = await fetch(url, { headers: { Accept: TAXII, ...headers } });
    return { response, body: (await response.json()) as Json };
  };

  it('walks discovery → API root → collections → paged objects → versions like a client', async () => {
    const discovery = await get(`${open.url}/taxii2/`);
    assert.equal(discovery.response.status, 200);
    assert.equal(discovery.response.headers.get('content-type'), TAXII);
    const roots = discovery.body.api_roots as string[];
    assert.equal(discovery.body.default, roots[0]);
    const root = await get(roots[0]!);
    assert.deepEqual(root.body.versions, [TAXII]);
    const collections = (await get(`${roots[0]}collections/`)).body.collections as Json[];
    assert.deepEqual(
      collections.map((c) => c.alias),
      ['stories', 'attributions', 'indicators'],
    );
    assert.ok(collections.every((c) => c.can_read === true && c.can_write === false));

    const { bundle } = await exportStix({ db: store.db, publicUrl: testConfig(':memory:').publicUrl });
    const validator = STIX_SCHEMAS_MISSING ? undefined : createStixValidator();
    for (const collection of collections) {
      const objects: StixObject[] = [];
      let next: string | undefined;
      let pages = 0;
      do {
        const page = await get(
          `${roots[0]}collections/${collection.id}/objects/?limit=7${next ? `&next=${next}` : ''}`,
        );
        assert.equal(page.response.status, 200);
        const got = (page.body.objects as StixObject[] | undefined) ?? [];
        if (got.length > 0) {
          assert.ok(page.response.headers.get('x-taxii-date-added-first'));
          assert.ok(
            page.response.headers.get('x-taxii-date-added-last')! >=
              page.response.headers.get('x-taxii-date-added-first')!,
          );
        }
        objects.push(...got);
        next = page.body.more ? String(page.body.next) : undefined;
        pages++;
      } while (next && pages < 100);
      const expected = selectCollection(bundle.objects, String(collection.alias));
      assert.ok(expected.length > 0, `${String(collection.alias)} is not empty`);
      assert.deepEqual(
        objects.map((o) => o.id).sort(),
        expected.map((o) => o.id).sort(),
        `${String(collection.alias)}: every object once across ${pages} pages`,
      );
      if (validator)
        assert.deepEqual(
          validator.validateBundle({ type: 'bundle', id: bundle.id, objects }),
          [],
          'collection is self-contained',
        );
      const first = objects[0]!;
      const versions = await get(`${roots[0]}collections/${collection.id}/objects/${first.id}/versions/`);
      assert.deepEqual(versions.body.versions, [
        first.modified ?? first.created ?? versions.response.headers.get('x-taxii-date-added-first'),
      ]);
      const one = await get(`${roots[0]}collections/${collection.id}/objects/${first.id}/`);
      assert.deepEqual(one.body.objects, [first]);
    }
    const attributions = collectionId('attributions');
    const claims = (
      await get(
        `${open.url}/taxii2/threatbrief/collections/${attributions}/objects/?match[type]=relationship,opinion`,
      )
    ).body.objects as StixObject[];
    assert.ok(
      claims.some((o) => o.type === 'opinion') &&
        claims.every((o) => ['relationship', 'opinion'].includes(o.type)),
    );
  });

  it('filters by added_after, match[id] and answers the manifest', async () => {
    const stories = `${open.url}/taxii2/threatbrief/collections/${collectionId('stories')}`;
    const manifest = await get(`${stories}/manifest/`);
    const records = manifest.body.objects as {
      id: string;
      date_added: string;
      version: string;
      media_type: string;
    }[];
    assert.ok(records.every((r) => r.media_type === 'application/stix+json;version=2.1'));
    const last = manifest.response.headers.get('x-taxii-date-added-last')!;
    assert.deepEqual(
      (await get(`${stories}/objects/?added_after=${last}`)).body,
      {},
      'nothing after the last date_added',
    );
    const id = records[0]!.id;
    const byId = await get(`${stories}/objects/?match[id]=${id}`);
    assert.deepEqual(
      (byId.body.objects as StixObject[]).map((o) => o.id),
      [id],
    );
    const reports = await get(`${stories}/objects/?match[type]=report&match[spec_version]=2.1`);
    assert.ok((reports.body.objects as StixObject[]).every((o) => o.type === 'report'));
  });

  it('answers 406, 415, 400, 422, 404 and 403 where TAXII 2.1 says', async () => {
    const root = `${open.url}/taxii2/threatbrief`;
    const objects = `${root}/collections/${collectionId('stories')}/objects/`;
    assert.equal(
      (await fetch(`${open.url}/taxii2/`, { headers: { Accept: 'application/json' } })).status,
      406,
    );
    assert.equal(
      (await fetch(`${open.url}/taxii2/`, { headers: { Accept: 'application/taxii+json;version=2.0' } }))
        .status,
      406,
    );
    const post = (contentType: string) =>
      fetch(objects, {
        method: 'POST',
        headers: { Accept: TAXII, 'Content-Type': contentType },
        body: JSON.stringify({ objects: [] }),
      });
    const wrongType = await post('application/json');
    assert.equal(wrongType.status, 415);
    assert.equal(wrongType.headers.get('content-type'), TAXII);
    assert.equal((await post(TAXII)).status, 403, 'collections are read-only');
    for (const query of [
      'added_after=yesterday',
      'limit=0',
      'limit=x',
      'next=garbage',
      'match[version]=latest',
      'match[id]=nope',
    ])
      assert.equal((await get(`${objects}?${query}`)).response.status, 400, query);
    const unsupported = await get(`${objects}?match[spec_version]=3.0`);
    assert.equal(unsupported.response.status, 422);
    assert.equal(unsupported.body.http_status, '422');
    assert.equal(
      (await get(`${root}/collections/00000000-0000-0000-0000-000000000000/objects/`)).response.status,
      404,
    );
    assert.equal(
      (await get(`${objects}indicator--00000000-0000-4000-8000-000000000000/`)).response.status,
      404,
    );
    assert.equal((await get(`${open.url}/taxii2/nowhere/`)).response.status, 404);
    assert.equal((await get(`${root}/status/00000000-0000-0000-0000-000000000000/`)).response.status, 404);
  });

  it('enforces Basic and Bearer credentials with per-collection read permissions', async () => {
    const attributions = `${server.url}/taxii2/threatbrief/collections/${collectionId('attributions')}/objects/`;
    const stories = `${server.url}/taxii2/threatbrief/collections/${collectionId('stories')}/objects/`;
    const basic = (user: string, password: string) => ({
      Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
    });
    assert.equal((await get(`${server.url}/taxii2/`)).response.status, 200, 'discovery is public');
    assert.equal((await get(stories)).response.status, 200, 'a public collection needs no credentials');
    const anonymous = await get(attributions);
    assert.equal(anonymous.response.status, 401);
    assert.match(anonymous.response.headers.get('www-authenticate') ?? '', /Basic/);
    assert.equal((await get(attributions, basic('partner', 'wrong'))).response.status, 401);
    assert.equal((await get(attributions, basic('reader', 'reader-password'))).response.status, 403);
    assert.equal((await get(attributions, basic('partner', 'correct horse battery'))).response.status, 200);
    assert.equal((await get(attributions, { Authorization: `Bearer ${TOKEN}` })).response.status, 200);
    assert.equal((await get(attributions, { Authorization: 'Bearer nope' })).response.status, 401);
    const listed = (await get(`${server.url}/taxii2/threatbrief/collections/`)).body.collections as Json[];
    assert.equal(
      listed.find((c) => c.alias === 'attributions')?.can_read,
      false,
      'can_read reflects the requester',
    );
  });
});
