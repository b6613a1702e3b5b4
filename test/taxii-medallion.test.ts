import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Hono } from 'hono';
import type { StixObject } from '../src/publish/stix/stix-types.ts';
import type {
  TaxiiBackend,
  TaxiiCollectionInfo,
  TaxiiEntry,
} from '../src/server/routes/taxii/taxii-backend.ts';
import { TAXII_PREFIX, taxiiRoutes } from '../src/server/routes/taxii/taxii-routes.ts';
import type { Db } from '../src/store/database.ts';
import { testConfig } from './support/world.ts';

const FIXTURE = path.resolve(
  import.meta.dirname,
  '../../shared/data/taxii2.1-medallion-fixture/default_data.json',
);
const MISSING = existsSync(FIXTURE) ? undefined : `medallion fixture not found at ${FIXTURE}: skipped`;
const TAXII = 'application/taxii+json;version=2.1';
const HIGH_VALUE = '91a7b528-80eb-42ed-a74d-c6fbd5a26116';
const INDICATOR = 'indicator--6770298f-0fd8-471a-ab8c-1c658a46574e';
const MALWARE = 'malware--c0931cc6-c75e-47e5-9036-78fabc95d4ec';
const PAST_DAY = '52892447-4d7e-4f70-b94d-d7f22742ff63';
const ADDING = '365fed99-08fa-fdcd-a1b3-fb247eb41d01';
const ADMIN = `Basic ${Buffer.from('admin:Password0').toString('base64')}`;

type Manifest = { id: string; date_added: string; version: string; media_type: string };
type FixtureCollection = {
  id: string;
  title: string;
  description?: string;
  can_read: boolean;
  media_types: string[];
  objects: StixObject[];
  manifest: Manifest[];
};
type FixtureRoot = {
  information: { title: string; description?: string; max_content_length: number };
  collections: FixtureCollection[];
};

/** A backend serving medallion's default_data.json (several versions per object, mixed spec versions). */
function medallionBackend(): TaxiiBackend {
  const data = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
  const discovery = data['/discovery'] as { title: string; description: string; contact: string };
  const roots = Object.entries(data).filter(([key]) => key !== '/discovery') as [string, FixtureRoot][];
  const versionOf = (o: StixObject) => String(o.modified ?? o.created);
  return {
    discovery: { title: discovery.title, description: discovery.description, contact: discovery.contact },
    apiRoots: roots.map(([name, root]) => ({
      name,
      title: root.information.title,
      maxContentLength: root.information.max_content_length,
    })),
    defaultRoot: 'trustgroup1',
    collections: async (name) =>
      (roots.find(([key]) => key === name)?.[1].collections ?? []).map(
        (c): TaxiiCollectionInfo => ({
          id: c.id,
          title: c.title,
          readable: c.can_read,
          mediaTypes: c.media_types,
        }),
      ),
    entries: async (name, id) => {
      const collection = roots.find(([key]) => key === name)?.[1].collections.find((c) => c.id === id);
      return (collection?.objects ?? []).map((object): TaxiiEntry => {
        const record = collection!.manifest.find(
          (m) => m.id === object.id && m.version === versionOf(object),
        )!;
        return {
          object,
          dateAdded: record.date_added,
          version: record.version,
          mediaType: record.media_type,
          specVersion:
            typeof object.spec_version === 'string'
              ? object.spec_version
              : record.media_type.split('version=')[1]!,
        };
      });
    },
  };
}

describe('TAXII 2.1 behaviours on the reference server data (medallion fixture)', { skip: MISSING }, () => {
  const app = new Hono();
  const config = {
    ...testConfig(':memory:'),
    // Every fixture collection is public here; "Secret Indicators" still refuses reads (can_read false).
    taxii: {
      publicDiscovery: true,
      publicCollections: [HIGH_VALUE, '64993447-4d7e-4f70-b94d-d7f33742ee63'],
      // medallion's test user; may read only the "past 24-hours" collection besides the public ones.
      users: [{ username: 'admin', password: 'Password0', collections: [PAST_DAY] }],
    },
  };
  if (!MISSING)
    app.route(TAXII_PREFIX, taxiiRoutes({ db: null as unknown as Db, config }, medallionBackend()));
  const request = async (url: string, init: RequestInit = {}) => {
    const headers = { Accept: TAXII, ...(init.headers as Record<string, string> | undefined) };
    const response = await app.request(`http://localhost:5000${url}`, { ...init, headers });
    // Every answer, resource or error, is a TAXII 2.1 document (§1.6.8, §3.6.1).
    assert.equal(response.headers.get('content-type'), TAXII, `${init.method ?? 'GET'} ${url}`);
    return { response, body: (await response.json()) as Record<string, unknown> };
  };
  const get = (url: string) => request(url);
  const objects = `/taxii2/trustgroup1/collections/${HIGH_VALUE}/objects/`;
  const ids = (body: Record<string, unknown>) =>
    ((body.objects ?? []) as StixObject[]).map((o) => `${o.id}@${String(o.modified ?? o.created)}`);

  it('serves discovery, API roots and collections', async () => {
    const discovery = await get('/taxii2/');
    assert.equal((discovery.body.api_roots as string[]).length, 3);
    assert.equal(discovery.body.default, 'http://localhost:5000/taxii2/trustgroup1/');
    assert.equal(discovery.body.title, 'Some TAXII Server');
    assert.equal(discovery.body.contact, 'string containing contact information');
    assert.equal((await get('/taxii2/api1/')).body.title, 'General STIX 2.1 Collections');
    assert.deepEqual((await get('/taxii2/api1/collections/')).body, {}, 'no collections: empty resource');
    const collections = (await get('/taxii2/trustgroup1/collections/')).body.collections as {
      id: string;
      can_read: boolean;
    }[];
    assert.equal(collections.length, 5);
    assert.equal(collections.find((c) => c.id === '64993447-4d7e-4f70-b94d-d7f33742ee63')?.can_read, false);
    assert.equal(
      (await get('/taxii2/trustgroup1/collections/64993447-4d7e-4f70-b94d-d7f33742ee63/objects/')).response
        .status,
      403,
    );
  });

  it('returns the latest version of each object in its latest spec version by default', async () => {
    const { response, body } = await get(objects);
    assert.equal(ids(body).length, 5);
    assert.ok(ids(body).includes(`${INDICATOR}@2017-01-27T13:49:53.935Z`));
    assert.ok(
      ids(body).includes(`${MALWARE}@2017-01-27T13:49:53.997Z`),
      'the 2.1 version wins over a newer 2.0 one',
    );
    assert.equal(response.headers.get('x-taxii-date-added-first'), '2014-05-08T09:00:00.000000Z');
    assert.equal(response.headers.get('x-taxii-date-added-last'), '2017-12-31T13:49:53.935000Z');
  });

  it('honours match[version], match[spec_version], match[type], match[id] and added_after', async () => {
    assert.equal(ids((await get(`${objects}?match[version]=all`)).body).length, 7);
    assert.deepEqual(ids((await get(`${objects}?match[spec_version]=2.0`)).body), [
      `${MALWARE}@2018-02-23T18:30:00.000Z`,
    ]);
    assert.equal(
      ids((await get(`${objects}?match[spec_version]=2.0,2.1&match[version]=all`)).body).length,
      8,
    );
    assert.deepEqual(ids((await get(`${objects}?match[id]=${INDICATOR}&match[version]=first`)).body), [
      `${INDICATOR}@2016-11-03T12:30:59.000Z`,
    ]);
    assert.deepEqual(
      ids((await get(`${objects}?match[id]=${INDICATOR}&match[version]=2016-12-25T12:30:59.444Z`)).body),
      [`${INDICATOR}@2016-12-25T12:30:59.444Z`],
    );
    assert.deepEqual(ids((await get(`${objects}?match[type]=marking-definition`)).body).length, 1);
    const after = ids((await get(`${objects}?added_after=2016-11-03T12:30:59.001Z`)).body);
    assert.deepEqual(after.sort(), [
      `${INDICATOR}@2017-01-27T13:49:53.935Z`,
      `${MALWARE}@2017-01-27T13:49:53.997Z`,
      'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da@2017-01-20T00:00:00.000Z',
    ]);
  });

  it('pages with limit and next, and lists versions and manifest records', async () => {
    const seen: string[] = [];
    let url = `${objects}?match[version]=all&match[spec_version]=2.0,2.1&limit=3`;
    for (let guard = 0; guard < 10; guard++) {
      const { body } = await get(url);
      seen.push(...ids(body));
      if (!body.more) break;
      url = `${objects}?match[version]=all&match[spec_version]=2.0,2.1&limit=3&next=${String(body.next)}`;
    }
    assert.equal(seen.length, 8);
    assert.equal(new Set(seen).size, 8);
    const versions = await get(`${objects}${INDICATOR}/versions/`);
    assert.deepEqual(versions.body.versions, [
      '2016-11-03T12:30:59.000Z',
      '2016-12-25T12:30:59.444Z',
      '2017-01-27T13:49:53.935Z',
    ]);
    const manifest = await get(
      `/taxii2/trustgroup1/collections/${HIGH_VALUE}/manifest/?match[id]=${MALWARE}&match[version]=all&match[spec_version]=2.0,2.1`,
    );
    assert.deepEqual((manifest.body.objects as { media_type: string }[]).map((m) => m.media_type).sort(), [
      'application/stix+json;version=2.0',
      'application/stix+json;version=2.1',
    ]);
  });

  it('describes the API root and each collection as the fixture does', async () => {
    const data = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, FixtureRoot>;
    const trustgroup = data.trustgroup1!;
    const root = await get('/taxii2/trustgroup1/');
    assert.deepEqual(root.body, {
      title: trustgroup.information.title,
      versions: [TAXII],
      max_content_length: trustgroup.information.max_content_length,
    });
    for (const collection of trustgroup.collections) {
      const { body } = await get(`/taxii2/trustgroup1/collections/${collection.id}/`);
      assert.equal(body.id, collection.id);
      assert.equal(body.title, collection.title);
      assert.deepEqual(body.media_types, collection.media_types);
      assert.equal(body.can_write, false, 'Threatbrief serves read-only collections');
    }
  });

  it('lists every manifest record of the fixture with its date_added, version and media type', async () => {
    const data = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, FixtureRoot>;
    const expected = data.trustgroup1!.collections.find((c) => c.id === HIGH_VALUE)!.manifest;
    const key = (m: Manifest) => `${m.id}|${m.date_added}|${m.version}|${m.media_type}`;
    const { response, body } = await get(
      `/taxii2/trustgroup1/collections/${HIGH_VALUE}/manifest/?match[version]=all&match[spec_version]=2.0,2.1`,
    );
    assert.deepEqual((body.objects as Manifest[]).map(key).sort(), expected.map(key).sort());
    assert.equal(body.more, false);
    const added = expected.map((m) => m.date_added).sort();
    assert.equal(response.headers.get('x-taxii-date-added-first'), added[0]);
    assert.equal(response.headers.get('x-taxii-date-added-last'), added.at(-1));
    const after = await get(
      `/taxii2/trustgroup1/collections/${HIGH_VALUE}/manifest/?added_after=${added.at(-1)}`,
    );
    assert.deepEqual(after.body, {}, 'nothing added after the last record: an empty resource');
    assert.equal(after.response.headers.get('x-taxii-date-added-first'), null);
  });

  it('gets one object in all its versions and pages its versions with added_after and limit', async () => {
    const all = await get(`${objects}${INDICATOR}/?match[version]=all`);
    assert.deepEqual(ids(all.body), [
      `${INDICATOR}@2016-11-03T12:30:59.000Z`,
      `${INDICATOR}@2016-12-25T12:30:59.444Z`,
      `${INDICATOR}@2017-01-27T13:49:53.935Z`,
    ]);
    const first = await get(`${objects}${INDICATOR}/versions/?limit=2`);
    assert.deepEqual(first.body.versions, ['2016-11-03T12:30:59.000Z', '2016-12-25T12:30:59.444Z']);
    assert.equal(first.body.more, true);
    const rest = await get(`${objects}${INDICATOR}/versions/?limit=2&next=${String(first.body.next)}`);
    assert.deepEqual(rest.body.versions, ['2017-01-27T13:49:53.935Z']);
    assert.equal(rest.body.more, false);
    const later = await get(`${objects}${INDICATOR}/versions/?added_after=2016-12-27T13:49:59.000000Z`);
    assert.deepEqual(later.body.versions, ['2017-01-27T13:49:53.935Z']);
    assert.equal(later.response.headers.get('x-taxii-date-added-first'), '2017-12-31T13:49:53.935000Z');
  });

  it('answers 400, 401, 403, 404, 406, 415 and 422 where TAXII 2.1 says', async () => {
    for (const query of [
      'added_after=2016-13-01T00:00:00Z',
      'limit=-1',
      'next=not-a-token',
      'match[version]=newest',
      'match[id]=malware',
      'match[spec_version]=two',
    ])
      assert.equal((await get(`${objects}?${query}`)).response.status, 400, query);
    const unsupported = await get(`${objects}?match[spec_version]=2.2`);
    assert.equal(unsupported.response.status, 422);
    assert.equal(unsupported.body.http_status, '422');
    assert.ok(unsupported.body.title);

    const pastDay = `/taxii2/trustgroup1/collections/${PAST_DAY}/objects/`;
    const anonymous = await get(pastDay);
    assert.equal(anonymous.response.status, 401, 'a non-public collection needs credentials');
    assert.match(anonymous.response.headers.get('www-authenticate') ?? '', /Basic/);
    assert.equal((await request(pastDay, { headers: { Authorization: ADMIN } })).response.status, 200);
    const wrong = `Basic ${Buffer.from('admin:wrong-password').toString('base64')}`;
    assert.equal((await request(pastDay, { headers: { Authorization: wrong } })).response.status, 401);
    const other = `/taxii2/trustgroup1/collections/${ADDING}/objects/`;
    assert.equal((await request(other, { headers: { Authorization: ADMIN } })).response.status, 403);

    const post = (contentType: string) =>
      request(objects, {
        method: 'POST',
        headers: { 'Content-Type': contentType },
        body: JSON.stringify({ objects: [] }),
      });
    assert.equal((await post('application/stix+json;version=2.1')).response.status, 415);
    assert.equal((await post(TAXII)).response.status, 403, 'adding objects: can_write is false here');

    assert.equal((await get('/taxii2/trustgroup2/')).response.status, 404);
    assert.equal((await get('/taxii2/trustgroup1/collections/no-such-collection/')).response.status, 404);
    assert.equal(
      (await get(`${objects}indicator--00000000-0000-4000-8000-000000000000/`)).response.status,
      404,
    );
    assert.equal(
      (await get(`${objects}indicator--00000000-0000-4000-8000-000000000000/versions/`)).response.status,
      404,
    );
    assert.equal(
      (await get('/taxii2/trustgroup1/status/2d086da7-4bdc-4f91-900e-d77486753710/')).response.status,
      404,
      'no writes, so no status resources',
    );
    for (const accept of ['application/json', 'application/taxii+json;version=2.0', 'text/html']) {
      const refused = await request('/taxii2/', { headers: { Accept: accept } });
      assert.equal(refused.response.status, 406, accept);
    }
  });
});
