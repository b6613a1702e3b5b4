import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { importAttack, importMispGalaxy, type KbEntry, loadBuiltinKb } from '../../analysis/kb/index.ts';
import { createHttpGet } from '../../ingest/fetch/index.ts';
import { loadKnowledgeBase } from '../../pipeline/load-kb.ts';
import { openStore } from '../../store/connect.ts';
import { countKbEntries, replaceKbEntries } from '../../store/repositories/kb-entries.ts';
import { addKbIgnore, listKbIgnore } from '../../store/repositories/kb-ignore.ts';
import { configFrom, type GlobalOptions, printJson, UsageError } from '../context.ts';

type JsonFile = { fileName: string; json: unknown };

/** `kb import|stats|ignore`: the knowledge base's imported data and false-positive list. */
export function registerKb(program: Command): void {
  const kb = program
    .command('kb')
    .description('knowledge base: import MISP galaxy / ATT&CK data, counts, false positives');
  const global = () => program.opts<GlobalOptions>();

  kb.command('import <format> <source>')
    .description(
      "import `misp-galaxy <dir|url>` (clusters/*.json) or `attack <bundle.json|dir|url>`; replaces that source's earlier import",
    )
    .option('--json', 'print counts as JSON')
    .action(async (format: string, source: string, options: { json?: boolean }) => {
      if (format !== 'misp-galaxy' && format !== 'attack')
        throw new UsageError(`format must be misp-galaxy or attack, got "${format}"`);
      const config = configFrom(global());
      const files = await readJsonFiles(source, format, config);
      if (files.length === 0) throw new Error(`kb import: no JSON files found at ${source}`);
      const entries: KbEntry[] =
        format === 'misp-galaxy' ? importMispGalaxy(files) : files.flatMap((f) => importAttack(f.json));
      if (entries.length === 0)
        throw new Error(`kb import: ${source} holds no ${format} entries (is it the right format?)`);
      const store = await openStore(config.databaseUrl);
      try {
        const stored = await replaceKbEntries(
          store.db,
          format === 'misp-galaxy' ? 'misp' : 'attack',
          entries,
          new Date().toISOString(),
        );
        const byKind = countBy(entries.map((e) => e.kind));
        if (options.json)
          printJson({ source: format, files: files.length, entries: stored, by_kind: byKind });
        else
          process.stdout.write(
            `imported ${stored} ${format} entries from ${files.length} file(s): ${Object.entries(byKind)
              .map(([k, n]) => `${n} ${k}`)
              .join(', ')}\n`,
          );
      } finally {
        await store.close();
      }
    });

  kb.command('stats')
    .description('counts of built-in and imported entries by kind, and the compiled alias count')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const store = await openStore(configFrom(global()).databaseUrl);
      try {
        const started = performance.now();
        const { kb: compiled, imported, skipped } = await loadKnowledgeBase(store.db);
        const loadMs = Math.round(performance.now() - started);
        const builtin = countBy(loadBuiltinKb().entries.map((e) => e.kind));
        const stats = {
          builtin,
          imported: await countKbEntries(store.db),
          entries: compiled.kb.entries.length,
          aliases: compiled.kb.aliasIndex.size,
          imported_entries: imported,
          skipped_entries: skipped,
          ignored: (await listKbIgnore(store.db)).length,
          load_ms: loadMs,
        };
        if (options.json) return printJson(stats);
        process.stdout.write(
          `built-in: ${Object.entries(builtin)
            .map(([k, n]) => `${n} ${k}`)
            .join(', ')}\n`,
        );
        for (const row of stats.imported)
          process.stdout.write(`imported ${row.source}: ${row.count} ${row.kind}\n`);
        process.stdout.write(
          `merged: ${stats.entries} entries, ${stats.aliases} aliases; ${stats.ignored} ignored text(s); loaded in ${loadMs} ms\n`,
        );
      } finally {
        await store.close();
      }
    });

  kb.command('ignore [text]')
    .description(
      'mark a text (or entity id) as a false positive for future analyses; without text, list them',
    )
    .option('--json', 'print the list as JSON')
    .action(async (text: string | undefined, options: { json?: boolean }) => {
      const store = await openStore(configFrom(global()).databaseUrl);
      try {
        if (text !== undefined) {
          if (!text.trim()) throw new UsageError('the text to ignore must not be empty');
          await addKbIgnore(store.db, text.trim(), new Date().toISOString());
        }
        const all = await listKbIgnore(store.db);
        if (options.json) printJson(all);
        else if (text !== undefined)
          process.stdout.write(`ignoring "${text.trim()}" (${all.length} ignored in all)\n`);
        else process.stdout.write(all.length ? `${all.join('\n')}\n` : 'nothing ignored\n');
      } finally {
        await store.close();
      }
    });
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

/** Reads a URL, a JSON file, or a folder of JSON files (for MISP galaxy, its clusters/ subfolder when present). */
async function readJsonFiles(
  source: string,
  format: string,
  config: ReturnType<typeof configFrom>,
): Promise<JsonFile[]> {
  if (/^https?:\/\//i.test(source)) {
    const get = createHttpGet({
      userAgent: config.http.userAgent,
      timeoutMs: 60_000,
      maxBytes: 200 * 1024 * 1024,
      allowHosts: config.http.allowHosts,
    });
    const response = await get({ url: source });
    if (response.kind !== 'ok')
      throw new Error(
        `kb import: cannot fetch ${source}: ${response.kind === 'error' ? `${response.code} ${response.message}` : response.kind}`,
      );
    return [
      {
        fileName: path.basename(new URL(source).pathname),
        json: parseJson(new TextDecoder().decode(response.body), source),
      },
    ];
  }
  const info = await stat(source).catch(() => undefined);
  if (!info) throw new Error(`kb import: ${source} does not exist`);
  if (info.isFile())
    return [{ fileName: path.basename(source), json: parseJson(await readFile(source, 'utf8'), source) }];
  let dir = source;
  if (format === 'misp-galaxy') {
    const clusters = path.join(source, 'clusters');
    if ((await stat(clusters).catch(() => undefined))?.isDirectory()) dir = clusters;
  }
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (n) => ({
      fileName: n,
      json: parseJson(await readFile(path.join(dir, n), 'utf8'), path.join(dir, n)),
    })),
  );
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new Error(`kb import: ${where} is not valid JSON: ${(cause as Error).message}`, { cause });
  }
}
