// `npm run bench -- analyze [--seconds 3]`: knowledge-base load time with the full KB (built-in + MISP galaxy +
// ATT&CK from ../shared/data) two ways: from the JSON files (parse, import, build, compile measured separately),
// and as the product loads it (`loadKnowledgeBase`: stored kb_entries rows -> compiled matcher, in a fresh
// process so nothing is warm); then single-core throughput of entity extraction and of the whole `analyzeText`
// on 4 KB articles made from the sample newsroom. Targets: product KB load < 1 s CPU, >= 500 articles/s
// entities only, >= 300 articles/s full analysis.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFullKb, readSharedKbFiles } from '../eval/ner/load-full-kb.ts';
import { analyzeText } from '../src/analysis/analyze.ts';
import type { CompiledKb } from '../src/analysis/entities/compile-kb.ts';
import { extractEntities } from '../src/analysis/entities/extract-entities.ts';
import { importAttack } from '../src/analysis/kb/import-attack.ts';
import { importMispGalaxy } from '../src/analysis/kb/import-misp-galaxy.ts';
import { buildArticles } from '../src/newsroom/articles.ts';
import { loadKnowledgeBase } from '../src/pipeline/load-kb.ts';
import { openStore } from '../src/store/connect.ts';
import { replaceKbEntries } from '../src/store/repositories/kb-entries.ts';

const ARTICLE_BYTES = 4096;
const TARGET_LOAD_MS = 1000;
const TARGET_ENTITIES = 500;
const TARGET_FULL = 300;

/** 4 KB plain-text articles: each newsroom article's paragraphs followed by other articles' paragraphs. */
function fourKbArticles(): string[] {
  const paragraphs = buildArticles(new Date(Date.UTC(2026, 0, 15))).map((article) =>
    `${article.title}\n\n${article.body.replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;|&#\d+;/g, ' ')}`
      .split(/\n\s*\n/)
      .map((p) => p.replace(/[ \t]+/g, ' ').trim())
      .filter((p) => p.length > 0),
  );
  const pool = paragraphs.flat();
  return paragraphs.map((own, i) => {
    let text = own.join('\n\n');
    for (let k = 0; text.length < ARTICLE_BYTES; k++) text += `\n\n${pool[(i * 7 + k) % pool.length]}`;
    return text.slice(0, ARTICLE_BYTES);
  });
}

const cpuMsNow = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** What one product-path KB load cost, as measured in the child process. */
type DbLoad = {
  readonly cpuMs: number;
  readonly wallMs: number;
  readonly imported: number;
  readonly entries: number;
  readonly aliases: number;
};

/**
 * Stores the MISP galaxy and ATT&CK entries in a fresh SQLite database (as `kb import` does), then loads the
 * knowledge base from it as the product does (`loadKnowledgeBase`) in a new process, twice (cold, then warm).
 */
async function measureProductLoad(): Promise<{ cold: DbLoad; warm: DbLoad }> {
  const { clusters, bundle } = readSharedKbFiles();
  const dir = mkdtempSync(path.join(tmpdir(), 'threatbrief-bench-kb-'));
  try {
    const file = path.join(dir, 'kb.db');
    const store = await openStore(file);
    try {
      const now = new Date().toISOString();
      await replaceKbEntries(store.db, 'misp', importMispGalaxy(clusters), now);
      await replaceKbEntries(store.db, 'attack', importAttack(bundle), now);
    } finally {
      await store.close();
    }
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), KB_LOAD_CHILD, file],
      { encoding: 'utf8', cwd: path.join(import.meta.dirname, '..') },
    );
    return JSON.parse(output) as { cold: DbLoad; warm: DbLoad };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const KB_LOAD_CHILD = '--kb-load-child';

/** Child process: opens the database and times `loadKnowledgeBase` twice; prints {cold, warm} as JSON. */
async function kbLoadChild(file: string): Promise<void> {
  const store = await openStore(file);
  try {
    const once = async (): Promise<DbLoad> => {
      const cpu0 = cpuMsNow();
      const wall0 = performance.now();
      const { kb, imported } = await loadKnowledgeBase(store.db);
      return {
        cpuMs: cpuMsNow() - cpu0,
        wallMs: performance.now() - wall0,
        imported,
        entries: kb.kb.entries.length,
        aliases: kb.kb.aliasIndex.size,
      };
    };
    const cold = await once();
    const warm = await once();
    process.stdout.write(`${JSON.stringify({ cold, warm })}\n`);
  } finally {
    await store.close();
  }
}

if (process.argv[2] === KB_LOAD_CHILD && process.argv[3]) await kbLoadChild(process.argv[3]);

/** Runs `work` over the articles for about `seconds`; returns articles per CPU second and per wall second. */
function measure(articles: readonly string[], seconds: number, work: (text: string) => void) {
  for (const text of articles) work(text);
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  let count = 0;
  let bytes = 0;
  while (performance.now() - wall0 < seconds * 1000) {
    for (const text of articles) {
      work(text);
      count++;
      bytes += Buffer.byteLength(text);
    }
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const wallSeconds = (performance.now() - wall0) / 1000;
  return {
    count,
    cpuRate: count / cpuSeconds,
    wallRate: count / wallSeconds,
    mbPerCpuSecond: bytes / 1e6 / cpuSeconds,
  };
}

/** Prints load and throughput lines with their targets; returns 0 when every target is met, else 1. */
export async function run(args: string[]): Promise<number> {
  const index = args.indexOf('--seconds');
  const seconds = index >= 0 ? Number(args[index + 1]) : 3;
  const cpu0 = process.cpuUsage();
  const full = loadFullKb(true);
  const loadCpuMs = (() => {
    const cpu = process.cpuUsage(cpu0);
    return (cpu.user + cpu.system) / 1000;
  })();
  const { parseMs, importMs, buildMs, compileMs, cpuMs } = full.timings;
  // On a shared machine wall time includes other processes' load: the CPU time is the cost we control.
  const fromFilesMs = cpuMs[1] + cpuMs[2] + cpuMs[3];
  const product = await measureProductLoad();
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`kb: ${full.entries} entries, ${full.kb.kb.aliasIndex.size} aliases`);
  out(
    `kb load from JSON files, wall: parse JSON ${parseMs.toFixed(0)} ms, import ${importMs.toFixed(0)} ms, build ${buildMs.toFixed(0)} ms, compile ${compileMs.toFixed(0)} ms`,
  );
  out(
    `kb load from JSON files, CPU: parse JSON ${cpuMs[0].toFixed(0)} ms, import ${cpuMs[1].toFixed(0)} ms, build ${cpuMs[2].toFixed(0)} ms, compile ${cpuMs[3].toFixed(0)} ms (import+build+compile ${fromFilesMs.toFixed(0)} ms, with parsing ${loadCpuMs.toFixed(0)} ms)`,
  );
  out(
    `kb load from the database (product path: ${product.cold.imported} stored entries -> ${product.cold.entries} entries, ${product.cold.aliases} aliases, compiled): fresh process ${product.cold.cpuMs.toFixed(0)} ms CPU (${product.cold.wallMs.toFixed(0)} ms wall), again in the same process ${product.warm.cpuMs.toFixed(0)} ms CPU`,
  );
  const articles = fourKbArticles();
  const kb: CompiledKb = full.kb;
  const entities = measure(articles, seconds, (text) => extractEntities(text, kb));
  const whole = measure(articles, seconds, (text) => analyzeText({ title: null, text }, kb));
  const rows = [
    {
      name: 'kb load from the database, fresh process (product path, CPU)',
      target: `< ${TARGET_LOAD_MS} ms`,
      value: `${product.cold.cpuMs.toFixed(0)} ms`,
      ok: product.cold.cpuMs < TARGET_LOAD_MS,
    },
    {
      name: 'kb load from JSON files (import+build+compile, CPU)',
      target: `< ${TARGET_LOAD_MS} ms`,
      value: `${fromFilesMs.toFixed(0)} ms (+ ${cpuMs[0].toFixed(0)} ms parsing JSON)`,
      ok: fromFilesMs < TARGET_LOAD_MS,
    },
    {
      name: 'entities only, 4 KB articles',
      target: `>= ${TARGET_ENTITIES}/s`,
      value: `${entities.cpuRate.toFixed(0)}/s per CPU second (${entities.wallRate.toFixed(0)}/s wall, ${entities.mbPerCpuSecond.toFixed(2)} MB/s)`,
      ok: entities.cpuRate >= TARGET_ENTITIES,
    },
    {
      name: 'analyzeText, 4 KB articles',
      target: `>= ${TARGET_FULL}/s`,
      value: `${whole.cpuRate.toFixed(0)}/s per CPU second (${whole.wallRate.toFixed(0)}/s wall, ${whole.mbPerCpuSecond.toFixed(2)} MB/s)`,
      ok: whole.cpuRate >= TARGET_FULL,
    },
  ];
  for (const row of rows)
    out(`${row.name}: target ${row.target}, measured ${row.value} ${row.ok ? 'MET' : 'NOT MET'}`);
  const dir = path.join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  appendFileSync(
    path.join(dir, 'analyze.jsonl'),
    `${JSON.stringify({ at: new Date().toISOString(), node: process.version, articles: articles.length, timings: full.timings, productLoad: product, entities, analyze: whole })}\n`,
  );
  return rows.every((row) => row.ok) ? 0 : 1;
}
