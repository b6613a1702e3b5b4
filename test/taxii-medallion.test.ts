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
  const discovery = data['/discovery'] as { title: string; description: string };
  const roots = Object.entries(data).filter(([key]) => key !== '/discovery') as [string, FixtureRoot][];
  const versionOf = (o: StixObject) => String(o.modified ?? o.created);
  return {
    discovery: { title: discovery.title, description: discovery.description },
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
      users: [],
    },
  };
  if (!MISSING)
    app.route(TAXII_PREFIX, taxiiRoutes({ db: null as unknown as Db, config }, medallionBackend()));
  const get = async (url: string) => {
    const response = await app.request(`http://localhost:5000${url}`, { headers: { Accept: TAXII } });
    return { response, body: (await response.json()) as Record<string, unknown> };
  };
  const objects = `/taxii2/trustgroup1/collections/${HIGH_VALUE}/objects/`;
  const ids = (body: Record<string, unknown>) =>
    ((body.objects ?? []) as StixObject[]).map((o) => `${o.id}@${String(o.modified ?? o.created)}`);

  it('serves discovery, API roots and collections', async () => {
    const discovery = await get('/taxii2/');
    assert.equal((discovery.body.api_roots as string[]).length, 3);
    assert.equal(discovery.body.default, 'http://localhost:5000/taxii2/trustgroup1/');
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
});
