// `npm run bench -- web [--articles 100000] [--duration 8] [--fresh] [--only <scenario prefix>] [--no-cache]
// [--warmup 2] [--workers N]`: autocannon on loopback (50 connections) against story pages, entity pages and search over a
// generated database of 100k articles (built through the repository functions and cached under .tmp/).
// Targets: story and entity pages p99 < 50 ms, search p95 < 100 ms. Every response's latency is recorded, so
// p50/p95/p99 are exact; the server's CPU time per request is printed too (steadier than latency on a shared
// machine). Each scenario starts with `--warmup` uncounted seconds (JIT, connections, SQLite page cache) on
// the same route with disjoint URLs, so it fills no response-cache entry the measured part reads;
// `--no-cache` turns the server's response cache off to show the cost of building every page, and
// BENCH_WEB_NODE_FLAGS passes flags to the server (e.g. `--cpu-prof`); `--workers N` serves from N processes
// as `threatbrief serve --workers N` does (server CPU then sums them).
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Analysis, AnalysisEntity, EntityKind } from '../src/domain/analysis.ts';
import type { Section } from '../src/domain/story.ts';
import { openStore } from '../src/store/connect.ts';
import type { Db } from '../src/store/database.ts';
import { insertArticle, saveArticleAnalysis } from '../src/store/repositories/articles.ts';
import { saveArticleEntities } from '../src/store/repositories/entities.ts';
import { saveArticleEvents } from '../src/store/repositories/events.ts';
import { attachArticle, createStory, refreshStory } from '../src/store/repositories/stories.ts';

type Latency = { p50: number; p90: number; p97_5: number; p99: number; average: number };
type Result = {
  latency: Latency;
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
};
type Options = {
  url: string;
  connections: number;
  duration: number;
  requests: Array<{ setupRequest: (req: { path: string }) => { path: string } }>;
};
type Run = Promise<Result> & {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
};
const autocannon = createRequire(import.meta.url)('autocannon') as (o: Options) => Run;

/** The q-quantile (0..1) of sorted values, nearest rank; 0 when empty. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return Math.round((sorted[index] as number) * 10) / 10;
}

/** The 1-minute load average (noisy shared machine: printed next to every result). */
function loadAverage(): number {
  return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GENERATOR_VERSION = 1;

function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x100000000;
  };
}

const TOPICS = [
  'ransomware',
  'phishing',
  'breach',
  'espionage',
  'botnet',
  'vulnerability',
  'patch',
  'sanctions',
  'supply chain',
  'wiper',
];
const FILLER = Array.from({ length: 3000 }, (_, i) => `term${i.toString(36)}`);
const COUNTRIES: Array<[string, string]> = [
  ['US', 'United States'],
  ['CN', 'China'],
  ['RU', 'Russia'],
  ['KP', 'North Korea'],
  ['IR', 'Iran'],
  ['GB', 'United Kingdom'],
  ['DE', 'Germany'],
  ['FR', 'France'],
  ['IL', 'Israel'],
  ['UA', 'Ukraine'],
];
const ENTITIES: Array<[string, EntityKind, string]> = [
  ...COUNTRIES.map(([c, n]): [string, EntityKind, string] => [`country:${c}`, 'country', n]),
  ...Array.from({ length: 400 }, (_, i): [string, EntityKind, string] => [
    `actor:apt${i}`,
    'threat-actor',
    `APT${i}`,
  ]),
  ...Array.from({ length: 600 }, (_, i): [string, EntityKind, string] => [
    `malware:m${i}`,
    'malware',
    `Malware${i}`,
  ]),
  ...Array.from({ length: 300 }, (_, i): [string, EntityKind, string] => [
    `vendor:v${i}`,
    'vendor',
    `Vendor${i}`,
  ]),
];
const SECTIONS: Section[] = [
  'attributions',
  'breaches',
  'vulnerabilities',
  'law-enforcement',
  'advisories',
  'other',
];

/** Fills an empty store with `count` articles (two per story) through the repository functions; returns story count. */
async function generate(db: Db, count: number): Promise<number> {
  const rnd = random(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)] as T;
  const start = Date.parse('2026-01-01T00:00:00Z');
  let stories = 0;
  const started = Date.now();
  for (let batch = 0; batch < count; batch += 2000) {
    await db.transaction().execute(async (trx) => {
      for (let i = batch; i < Math.min(count, batch + 2000); i += 2) {
        const topic = pick(TOPICS);
        const [accuser, accused] = [pick(COUNTRIES), pick(COUNTRIES)];
        const ents = [
          ENTITIES.find((e) => e[0] === `country:${accuser[0]}`),
          ENTITIES.find((e) => e[0] === `country:${accused[0]}`),
          pick(ENTITIES),
          pick(ENTITIES),
        ].filter(
          (e, k, all): e is [string, EntityKind, string] =>
            e !== undefined && all.findIndex((o) => o?.[0] === e[0]) === k,
        );
        const title = `${accuser[1]} links ${ents[2]?.[2] ?? 'hackers'} to ${topic} campaign against ${accused[1]} ${i}`;
        const words = Array.from({ length: 140 }, () => (rnd() < 0.05 ? topic : pick(FILLER)));
        const text = `${accuser[1]} accused ${accused[1]} of a ${topic} operation. ${words.join(' ')}.`;
        const published = new Date(start + (i / count) * 60 * 86_400_000).toISOString();
        const story = await createStory(trx, { title, section: pick(SECTIONS), seenAt: published });
        for (const copy of [0, 1]) {
          const a = await insertArticle(trx, {
            source_id: null,
            story_id: null,
            url: `https://outlet${copy}-${i % 40}.example/${i}`,
            canonical_url: `https://outlet${copy}-${i % 40}.example/${i}`,
            original_url: null,
            guid: null,
            title,
            author: null,
            text,
            html: null,
            outlet: `outlet${copy}-${i % 40}.example`,
            language: 'en',
            content_hash: `h${i}-${copy}`,
            published_at: published,
            fetched_at: published,
          });
          const full = `${title}\n\n${text}`;
          const entities: AnalysisEntity[] = ents.map(([id, kind, name]) => {
            const at = full.indexOf(name);
            return {
              id,
              kind,
              name,
              mentions:
                at < 0
                  ? []
                  : [{ start: at, end: at + name.length, text: name, sentence: 0, rule: 'gazetteer:bench' }],
            };
          });
          await attachArticle(trx, story.id, a.id);
          await saveArticleEntities(trx, a.id, story.id, entities);
          if (copy === 0) {
            const t0 = full.indexOf('accused');
            const analysis: Analysis = {
              title,
              language: 'en',
              text_length: full.length,
              boilerplate: [],
              entities,
              events: [
                {
                  type: 'attribution',
                  stance: 'asserted',
                  realis: 'actual',
                  trigger: { start: t0, end: t0 + 7, text: 'accused' },
                  sentence: { start: title.length + 2, end: full.indexOf('.') + 1 },
                  arguments: [
                    { role: 'accuser', entity: `country:${accuser[0]}`, start: 0, end: 1, text: accuser[1] },
                    { role: 'accused', entity: `country:${accused[0]}`, start: 0, end: 1, text: accused[1] },
                  ],
                  confidence: 0.9,
                },
              ],
              quotes: [],
            };
            await saveArticleAnalysis(trx, a.id, analysis);
            await saveArticleEvents(trx, a.id, story.id, analysis);
          }
        }
        await refreshStory(trx, story.id, story.section);
        stories++;
      }
    });
    if (process.stderr.isTTY)
      process.stderr.write(`\rgenerated ${Math.min(count, batch + 2000)}/${count} articles`);
  }
  process.stderr.write(`\ngenerated ${count} articles in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return stories;
}

type Child = { url: string; cpuMs(): Promise<number>; close(): Promise<void> };

/** Starts bench/web-server.ts on `file` in a child process (its own CPU); resolves once listening. */
async function startChild(file: string, cache: boolean, workers: number): Promise<Child> {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_WEB_NODE_FLAGS ?? '').split(' ').filter(Boolean),
      '--import',
      'tsx',
      path.join(ROOT, 'bench', 'web-server.ts'),
      file,
      ...(cache ? [] : ['--no-cache']),
      ...(workers > 1 ? ['--workers', String(workers)] : []),
    ],
    {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const waiting: Array<(line: Record<string, number | string>) => void> = [];
  let buffer = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) if (line.startsWith('{')) waiting.shift()?.(JSON.parse(line));
  });
  const next = () => new Promise<Record<string, number | string>>((resolve) => waiting.push(resolve));
  const url = await new Promise<string>((resolve, reject) => {
    next().then((line) => resolve(String(line.url)), reject);
    child.once('exit', (code) => reject(new Error(`bench: web server exited early (code ${code})`)));
    child.once('error', reject);
  });
  return {
    url,
    cpuMs: async () => {
      const answer = next();
      child.stdin.write('cpu\n');
      return Number((await answer).cpu_us) / 1000;
    },
    close: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Runs the web benchmark; returns 0 when every target holds, 1 otherwise. */
export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      articles: { type: 'string', default: '100000' },
      duration: { type: 'string', default: '8' },
      fresh: { type: 'boolean', default: false },
      only: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      warmup: { type: 'string', default: '2' },
      workers: { type: 'string', default: '1' },
    },
  });
  const cache = !values['no-cache'];
  const count = Number(values.articles);
  const duration = Number(values.duration);
  const dir = path.join(ROOT, '.tmp', 'bench-web');
  const file = path.join(dir, `web-v${GENERATOR_VERSION}-${count}.db`);
  if (values.fresh) rmSync(file, { force: true });
  mkdirSync(dir, { recursive: true });
  const cached = existsSync(file);
  const store = await openStore(file);
  const storyCount = cached
    ? Number(
        (
          await store.db
            .selectFrom('stories')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )
    : await generate(store.db, count);
  if (cached)
    process.stderr.write(`using cached database ${path.relative(ROOT, file)} (${storyCount} stories)\n`);
  await store.close();
  const workers = Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1)
    throw new Error(`bench web: --workers must be a positive integer`);
  const server = await startChild(file, cache, workers);
  const rnd = random(99);
  // Measured runs and warm-ups use disjoint URLs (odd / even story ids, alternate entities, other search
  // words), so a warm-up readies the JIT and SQLite's page cache but fills no response-cache entry a
  // measured run reads.
  const entityIds = ENTITIES.map((e) => e[0]).filter((_, i) => i % 2 === 0);
  const warmEntityIds = ENTITIES.map((e) => e[0]).filter((_, i) => i % 2 === 1);
  const oddStory = (r: number) => 1 + 2 * Math.floor((r * storyCount) / 2);
  const queries = [
    ...TOPICS,
    'ransom*',
    '"supply chain"',
    'china ransomware',
    'term1a*',
    'north korea',
    'campaign against',
  ];
  const pick = <T>(r: () => number, list: readonly T[]) => list[Math.floor(r() * list.length)] as T;
  const warmQuery = (r: () => number) => encodeURIComponent(`${pick(r, FILLER)} ${pick(r, TOPICS)}`);
  const scenarios: Array<{
    name: string;
    path: () => string;
    warm: (r: () => number) => string;
    metric: 'p99' | 'p95';
    target: number;
  }> = [
    {
      name: 'story page',
      path: () => `/stories/${oddStory(rnd())}`,
      warm: (r) => `/stories/${Math.min(storyCount, oddStory(r()) + 1)}`,
      metric: 'p99',
      target: 50,
    },
    {
      name: 'entity page',
      path: () => `/entities/${pick(rnd, entityIds)}`,
      warm: (r) => `/entities/${pick(r, warmEntityIds)}`,
      metric: 'p99',
      target: 50,
    },
    {
      name: 'search (page)',
      path: () => `/search?q=${encodeURIComponent(pick(rnd, queries))}`,
      warm: (r) => `/search?q=${warmQuery(r)}`,
      metric: 'p95',
      target: 100,
    },
    {
      name: 'search (API)',
      path: () => `/api/v1/search?q=${encodeURIComponent(pick(rnd, queries))}`,
      warm: (r) => `/api/v1/search?q=${warmQuery(r)}`,
      metric: 'p95',
      target: 100,
    },
  ];
  let failed = 0;
  const rows: object[] = [];
  process.stdout.write(
    `response cache ${cache ? 'on' : 'off'}; ${workers} server process${workers > 1 ? 'es' : ''}; load average ${loadAverage()}\n`,
  );
  try {
    for (const s of scenarios) {
      if (values.only && !s.name.startsWith(values.only)) continue;
      // One autocannon run: its first `warmup` seconds request the warm-up URLs and are not counted, so
      // every connection is open and served before measuring (a saturated Node server accepts new
      // connections slowly: their first requests would otherwise wait seconds, whatever the route).
      const warmRnd = random(5);
      const warmMs = Number(values.warmup) * 1000;
      const startedAt = performance.now();
      const measuring = () => performance.now() - startedAt >= warmMs;
      let cpuBefore = 0;
      const load = loadAverage();
      const cpuMark = setTimeout(() => {
        server.cpuMs().then((ms) => {
          cpuBefore = ms;
        });
      }, warmMs);
      const run = autocannon({
        url: server.url,
        connections: 50,
        duration: duration + warmMs / 1000,
        requests: [{ setupRequest: (req) => ({ ...req, path: measuring() ? s.path() : s.warm(warmRnd) }) }],
      });
      const latencies: number[] = [];
      run.on('response', (_client, _status, _bytes, ms) => {
        // Counted only when sent after the warm-up (response time minus latency = when it was sent).
        if (performance.now() - ms - startedAt >= warmMs) latencies.push(ms);
      });
      const result = await run;
      clearTimeout(cpuMark);
      const cpuPerRequest = latencies.length ? ((await server.cpuMs()) - cpuBefore) / latencies.length : 0;
      latencies.sort((a, b) => a - b);
      const p = {
        p50: quantile(latencies, 0.5),
        p95: quantile(latencies, 0.95),
        p99: quantile(latencies, 0.99),
      };
      const value = p[s.metric];
      const ok = value < s.target && result.non2xx === 0 && result.errors === 0 && result.requests.total > 0;
      if (!ok) failed++;
      const reqS = Math.round(latencies.length / duration);
      process.stdout.write(
        `${s.name.padEnd(14)} ${reqS.toString().padStart(6)} req/s  p50 ${p.p50} ms  p95 ${p.p95} ms  p99 ${p.p99} ms  (target ${s.metric} < ${s.target} ms) ${ok ? 'ok' : 'FAIL'}  server CPU ${cpuPerRequest.toFixed(2)} ms/req  load ${load}${result.non2xx ? ` non-2xx ${result.non2xx}` : ''}\n`,
      );
      rows.push({
        name: s.name,
        req_s: reqS,
        requests: latencies.length,
        ...p,
        target_metric: s.metric,
        target: s.target,
        ok,
        server_cpu_ms_per_req: Math.round(cpuPerRequest * 1000) / 1000,
        loadavg: load,
      });
    }
  } finally {
    await server.close();
  }
  mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
  appendFileSync(
    path.join(ROOT, 'bench', 'results', 'web.jsonl'),
    `${JSON.stringify({ at: new Date().toISOString(), articles: count, connections: 50, duration, workers, response_cache: cache, loadavg_end: loadAverage(), results: rows })}\n`,
  );
  return failed === 0 ? 0 : 1;
}
