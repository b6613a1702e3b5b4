import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Analysis } from '../src/domain/analysis.ts';
import { createApp } from '../src/server/app.tsx';
import { seedStore, TEST_CONFIG } from '../src/server/testdata/seed.ts';
import { findArticleAnalysis, saveArticleAnalysis } from '../src/store/repositories/articles.ts';
import { saveArticleEvents } from '../src/store/repositories/events.ts';
import { openTempSqlite, type TestStore } from './support/stores.ts';

type Json = Record<string, unknown>;
const TOKEN = 'test-admin-token-0123456789';

/** Adds an attribution, a denial and a quote to the seeded attribution story's analysis. */
async function addEvents(store: TestStore, articleId: number, storyId: number): Promise<void> {
  const base = (await findArticleAnalysis(store.db, articleId)) as Analysis;
  const text =
    'UK accuses China over Exchange hacking\n\nThe United Kingdom accused China of hacking Microsoft Exchange servers. China denied it.\n\nSource link';
  const at = (s: string, from = 0) => ({
    start: text.indexOf(s, from),
    end: text.indexOf(s, from) + s.length,
    text: s,
  });
  const body = text.indexOf('The United');
  const sentence1 = { start: body, end: text.indexOf('servers.') + 8 };
  const sentence2 = { start: text.indexOf('China denied'), end: text.indexOf('it.') + 3 };
  const analysis: Analysis = {
    ...base,
    events: [
      {
        type: 'attribution',
        stance: 'asserted',
        realis: 'actual',
        trigger: at('accused', body),
        sentence: sentence1,
        arguments: [
          { role: 'accuser', entity: 'country:GB', ...at('The United Kingdom') },
          { role: 'accused', entity: 'country:CN', ...at('China', body) },
        ],
        confidence: 0.92,
        rule: 'attribution:accuse-verb',
      },
      {
        type: 'denial',
        stance: 'asserted',
        realis: 'actual',
        trigger: at('denied'),
        sentence: sentence2,
        arguments: [{ role: 'denier', entity: 'country:CN', ...at('China denied') }],
        confidence: 0.8,
      },
    ],
    quotes: [{ ...at('China denied it.'), speaker: 'country:CN', confidence: 0.5 }],
  };
  await saveArticleAnalysis(store.db, articleId, analysis);
  await saveArticleEvents(store.db, articleId, storyId, analysis);
}

describe('browsing: search, ledger, entity, OpenAPI-validated API', () => {
  let store: TestStore;
  let ids: Awaited<ReturnType<typeof seedStore>>;
  let app: ReturnType<typeof createApp>;
  let ajv: Ajv2020;
  let doc: {
    components: { schemas: Record<string, object> };
    paths: Record<
      string,
      Record<string, { responses: Record<string, { content?: { 'application/json': { schema: object } } }> }>
    >;
  };

  before(async () => {
    store = await openTempSqlite();
    ids = await seedStore(store.db);
    await addEvents(store, ids.representativeId, ids.attributionId);
    app = createApp({
      db: store.db,
      config: { ...TEST_CONFIG, adminToken: TOKEN, cors: ['https://allowed.example'] },
      now: () => new Date('2026-03-02T12:00:00Z'),
    });
    doc = (await (await app.request('/api/v1/openapi.json')).json()) as typeof doc;
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema({ $id: 'doc', components: doc.components });
  });
  after(() => store.dispose());

  /** Fetches a path and validates the body against the OpenAPI response schema of `template`. */
  const check = async (path: string, template: string, status = 200): Promise<Json> => {
    const res = await app.request(path);
    assert.equal(res.status, status, path);
    const body = (await res.json()) as Json;
    const op = doc.paths[template]?.get;
    const schema = op?.responses[String(status)]?.content?.['application/json'].schema;
    assert.ok(schema, `documented: ${template} ${status}`);
    const validate = ajv.compile({ $ref: '#/$defs/s', $defs: { s: rewrite(schema) } });
    assert.ok(validate(body), `${path}: ${ajv.errorsText(validate.errors)}`);
    return body;
  };

  it('serves an OpenAPI 3.1 document that real responses validate against', async () => {
    assert.equal((doc as unknown as { openapi: string }).openapi, '3.1.0');
    await check('/api/v1/stories?limit=2', '/api/v1/stories');
    await check(`/api/v1/stories/${ids.attributionId}`, '/api/v1/stories/{id}');
    await check('/api/v1/entities?limit=2', '/api/v1/entities');
    await check('/api/v1/entities/country:CN', '/api/v1/entities/{id}');
    await check('/api/v1/events', '/api/v1/events');
    await check('/api/v1/attributions', '/api/v1/attributions');
    await check('/api/v1/attributions/matrix', '/api/v1/attributions/matrix');
    await check('/api/v1/search?q=china', '/api/v1/search');
    await check('/api/v1/sources', '/api/v1/sources');
    await check('/api/v1/digests', '/api/v1/digests');
    await check('/api/v1/digests/2026-03-01', '/api/v1/digests/{date}');
    await check('/api/v1/stories?limit=0', '/api/v1/stories', 400);
    await check('/api/v1/stories/999', '/api/v1/stories/{id}', 404);
  });

  it('returns story events, quotes and the ledger with names', async () => {
    const story = (await check(`/api/v1/stories/${ids.attributionId}`, '/api/v1/stories/{id}')).data as {
      events: Array<{ type: string; arguments: Array<{ role: string; entity_name: string | null }> }>;
      quotes: Array<{ speaker_name: string | null }>;
    };
    assert.deepEqual(
      story.events.map((e) => e.type),
      ['attribution', 'denial'],
    );
    assert.equal(story.events[0]?.arguments[0]?.entity_name, 'United Kingdom');
    assert.equal(story.quotes[0]?.speaker_name, 'China');
    const ledger = (await check('/api/v1/attributions?accused=country:CN', '/api/v1/attributions'))
      .data as Array<{
      accusers: Array<{ name: string }>;
      sentence: string;
    }>;
    assert.equal(ledger.length, 1);
    assert.equal(ledger[0]?.accusers[0]?.name, 'United Kingdom');
    assert.match(ledger[0]?.sentence ?? '', /^The United Kingdom accused China/);
    const matrix = (await check('/api/v1/attributions/matrix', '/api/v1/attributions/matrix')).data as Array<{
      count: number;
    }>;
    assert.equal(matrix[0]?.count, 1);
    const entity = (await check('/api/v1/entities/country:CN', '/api/v1/entities/{id}')).data as {
      facts: { aliases: string[] };
      ledger: { accused: number; denier: number };
      co_occurring: Array<{ id: string }>;
    };
    assert.ok(entity.facts.aliases.includes('PRC'));
    assert.deepEqual(entity.ledger, { accuser: 0, accused: 1, supporter: 0, denier: 1 });
    assert.ok(entity.co_occurring.some((c) => c.id === 'country:GB'));
  });

  it('searches with facets and highlighted snippets, and pages with a cursor', async () => {
    const result = (await check('/api/v1/search?q=chin*&limit=1', '/api/v1/search')) as {
      data: Array<{
        story: { id: number };
        snippet: { text: string; highlights: Array<{ start: number; end: number }> };
      }>;
      facets: { entities: Array<{ value: string }>; event_types: Array<{ value: string }> };
      next_cursor: string | null;
    };
    const hit = result.data[0];
    assert.ok(hit, 'a hit');
    const h = hit.snippet.highlights[0];
    assert.ok(h, 'a highlight');
    assert.equal(hit.snippet.text.slice(h.start, h.end).toLowerCase(), 'china');
    assert.ok(result.facets.entities.some((f) => f.value === 'country:CN'));
    assert.ok(result.facets.event_types.some((f) => f.value === 'attribution'));
    const first = (await check('/api/v1/search?q=h*&limit=1', '/api/v1/search')) as typeof result;
    assert.ok(first.next_cursor, 'two stories match h*');
    const next = (await check(
      `/api/v1/search?q=h*&limit=1&cursor=${first.next_cursor}`,
      '/api/v1/search',
    )) as typeof result;
    assert.notEqual(next.data[0]?.story.id, first.data[0]?.story.id);
    assert.equal(next.next_cursor, null);
    const filtered = (await check(
      '/api/v1/search?q=china&type=attribution&kind=product',
      '/api/v1/search',
    )) as typeof result;
    assert.deepEqual(
      filtered.data.map((d) => d.story.id),
      [ids.attributionId],
    );
    const page = await (await app.request('/search?q=china&entity=country:GB')).text();
    assert.match(page, /<mark class="hit">China<\/mark>/);
    assert.match(
      page,
      /data-facet="entity:country:GB"[^>]*>✓ United Kingdom|aria-current="true"[^>]*data-facet="entity:country:GB"/,
    );
    assert.match(page, /<search><form class="search-form"/);
  });

  it('renders the story with trigger highlights, evidence, events and quotes; the entity with ledger; the ledger page', async () => {
    const story = await (await app.request(`/stories/${ids.attributionId}`)).text();
    const trigger =
      /<mark class="trigger trigger-attribution"[^>]*><a href="#(ev-\d+)">accused<\/a><\/mark>/.exec(story);
    assert.ok(trigger, 'the trigger is highlighted');
    assert.match(story, new RegExp(`id="${trigger[1]}"[^>]*>.*?attribution:accuse-verb`, 's'));
    assert.match(story, /<dt>accuser<\/dt><dd><a href="\/entities\/country:GB">United Kingdom<\/a><\/dd>/);
    assert.match(
      story,
      /<blockquote>China denied it\.<\/blockquote><figcaption><a href="\/entities\/country:CN">China<\/a>/,
    );
    const entity = await (await app.request('/entities/country:CN')).text();
    assert.match(entity, /Also known as/);
    assert.match(entity, /Blaming China/);
    assert.match(entity, /<svg [^>]*role="img"/);
    // Ledger tables come from the ledger totals: China is accused (a table), accuses no one (none).
    assert.match(entity, /<caption>Attributions against China<\/caption>[\s\S]*?country:GB/);
    assert.doesNotMatch(entity, /<caption>Attributions made by China<\/caption>/);
    assert.match(entity, /<h3>Blamed by China<\/h3><p>None recorded\.<\/p>/);
    const accuser = await (await app.request('/entities/country:GB')).text();
    assert.match(accuser, /<caption>Attributions made by United Kingdom<\/caption>[\s\S]*?country:CN/);
    const ledger = await (await app.request('/attributions')).text();
    assert.match(ledger, /United Kingdom blamed China: 1/);
    assert.match(ledger, /<table class="ledger">/);
    const sources = await (await app.request('/sources')).text();
    assert.match(sources, /one\.example\/feed/);
    for (const body of [story, entity, ledger, sources]) {
      assert.ok(!body.includes('<script'), 'no scripts');
      assert.ok(!/\sstyle=/.test(body), 'no inline styles');
    }
  });

  const bad: Array<[string, string]> = [
    ['/api/v1/search', 'missing_q'],
    ['/api/v1/search?q=a&limit=51', 'invalid_limit'],
    ['/api/v1/search?q=a&cursor=zz', 'invalid_cursor'],
    ['/api/v1/search?q=a&kind=planet', 'invalid_kind'],
    ['/api/v1/search?q=a&type=party', 'invalid_type'],
    ['/api/v1/search?q=a&from=2026-02-30', 'invalid_from'],
    ['/api/v1/search?q=a&from=2026-03-02&to=2026-03-01', 'invalid_range'],
    ['/api/v1/search?q=a&entity=nope', 'invalid_entity'],
    ['/api/v1/stories?section=sport', 'invalid_section'],
    ['/api/v1/stories?limit=1&limit=2', 'invalid_limit'],
    ['/api/v1/events?story=x', 'invalid_story'],
    ['/api/v1/events?role=accuser', 'invalid_role'],
    ['/api/v1/attributions?type=sanction', 'invalid_type'],
    ['/api/v1/attributions?stance=maybe', 'invalid_stance'],
    ['/api/v1/entities?cursor=12', 'invalid_cursor'],
  ];
  for (const [path, code] of bad) {
    it(`answers ${path} with 400 ${code}`, async () => {
      const res = await app.request(path);
      assert.equal(res.status, 400);
      assert.deepEqual(((await res.json()) as { error: { code: string } }).error.code, code);
    });
  }

  it('answers malformed page parameters with an HTML 400, never a 500', async () => {
    for (const path of [
      '/search?q=a&kind=x',
      '/?date=2026-99-01',
      '/?section=x',
      '/attributions?accuser=%20',
      '/search?q=%E0%A4%A',
    ]) {
      const res = await app.request(path);
      assert.ok(res.status === 400 || res.status === 200, `${path}: ${res.status}`);
      assert.notEqual(res.status, 500);
    }
    assert.equal((await app.request('/?date=2026-99-01')).status, 400);
  });

  it('guards admin actions with the configured token', async () => {
    const post = (token?: string) =>
      app.request('/api/v1/sources', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ url: 'https://new.example/feed.xml', name: 'New' }),
      });
    assert.equal((await post()).status, 401);
    assert.equal((await post('wrong-token-wrong-token')).status, 401);
    const created = await post(TOKEN);
    assert.equal(created.status, 201);
    const id = ((await created.json()) as { data: { id: number } }).data.id;
    const del = await app.request(`/api/v1/sources/${id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    assert.equal(del.status, 204);
    const ignore = await app.request('/api/v1/kb/ignore', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ text: 'Jersey' }),
    });
    assert.equal(ignore.status, 201);
    const disabled = createApp({ db: store.db, config: TEST_CONFIG });
    const res = await disabled.request('/api/v1/kb/ignore', {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    assert.equal(res.status, 403);
  });

  it('answers CORS for configured origins only', async () => {
    const ok = await app.request('/api/v1/stories', { headers: { origin: 'https://allowed.example' } });
    assert.equal(ok.headers.get('access-control-allow-origin'), 'https://allowed.example');
    const other = await app.request('/api/v1/stories', { headers: { origin: 'https://evil.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });
});

/** Points `#/components/schemas/X` refs at the registered document. */
function rewrite(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/')) as object;
}
