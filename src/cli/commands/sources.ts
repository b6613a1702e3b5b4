import type { Command } from 'commander';
import { parseOpml, renderOpml } from '../../ingest/opml/index.ts';
import { openStore } from '../../store/connect.ts';
import { addSource, listSources, removeSource } from '../../store/repositories/sources.ts';
import { configFrom, type GlobalOptions, parseId, printJson, UsageError } from '../context.ts';
import { readInput } from '../read-input.ts';

/** `sources add|list|remove`: the catalogue of feeds we poll. */
export function registerSources(program: Command): void {
  const sources = program.command('sources').description('manage the feeds Threatbrief polls');
  const global = () => program.opts<GlobalOptions>();

  sources
    .command('add <url>')
    .description('add a feed URL (RSS, Atom or JSON Feed)')
    .option('--name <name>', 'display name (default: the URL host)')
    .option('--json', 'print the source as JSON')
    .action(async (url: string, options: { name?: string; json?: boolean }) => {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw new UsageError(`"${url}" is not an absolute URL (expected http:// or https://)`);
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        throw new UsageError(`only http(s) feeds are supported, got ${parsed.protocol}`);
      const store = await openStore(configFrom(global()).databaseUrl);
      try {
        const { source, created } = await addSource(store.db, {
          url: parsed.toString(),
          name: options.name ?? parsed.hostname,
          now: new Date().toISOString(),
        });
        if (options.json) printJson({ ...source, created });
        else
          process.stdout.write(
            `${created ? 'added' : 'already present'}: #${source.id} ${source.name} <${source.url}>\n`,
          );
      } finally {
        await store.close();
      }
    });

  sources
    .command('list')
    .description('list sources with their health')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const store = await openStore(configFrom(global()).databaseUrl);
      try {
        const all = await listSources(store.db);
        if (options.json) return printJson(all);
        if (all.length === 0)
          return void process.stdout.write('no sources yet: add one with `threatbrief sources add <url>`\n');
        for (const s of all) {
          const health = s.lastErrorCode
            ? `FAILING ${s.lastErrorCode} (${s.consecutiveFailures}x): ${s.lastErrorMessage ?? ''}`
            : s.lastSuccessAt
              ? `ok, last success ${s.lastSuccessAt}`
              : 'never fetched';
          process.stdout.write(
            `#${s.id}\t${s.name}\t${s.url}\t${health}\tnext poll ${s.nextPollAt ?? 'now'}\n`,
          );
        }
      } finally {
        await store.close();
      }
    });

  sources
    .command('remove <id>')
    .description('remove a source (its articles are kept)')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const sourceId = parseId(id, 'source id');
      const store = await openStore(configFrom(global()).databaseUrl);
      try {
        const removed = await removeSource(store.db, sourceId);
        if (options.json) printJson({ id: sourceId, removed });
        else process.stdout.write(removed ? `removed source #${sourceId}\n` : `no source #${sourceId}\n`);
        if (!removed) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });

  sources
    .command('import <opml>')
    .description('add every feed of an OPML file (path, URL or -); feeds already present are kept')
    .option('--json', 'print what was added as JSON')
    .action(async (input: string, options: { json?: boolean }) => {
      const config = configFrom(global());
      const { bytes } = await readInput(input, config);
      const parsed = parseOpml(new TextDecoder().decode(bytes));
      if (!parsed.ok) throw new Error(`${input}: ${parsed.code}: ${parsed.message}`);
      const store = await openStore(config.databaseUrl);
      try {
        const now = new Date().toISOString();
        const results = [];
        for (const entry of parsed.value) {
          const { source, created } = await addSource(store.db, {
            url: entry.url,
            name: entry.title || entry.url,
            now,
          });
          results.push({ id: source.id, url: source.url, name: source.name, created });
        }
        if (options.json) printJson(results);
        else
          process.stdout.write(
            `imported ${results.filter((r) => r.created).length} new source(s), ${results.filter((r) => !r.created).length} already present\n`,
          );
      } finally {
        await store.close();
      }
    });

  sources
    .command('export')
    .description('print every source as OPML 2.0')
    .action(async () => {
      const store = await openStore(configFrom(global()).databaseUrl);
      try {
        const all = await listSources(store.db);
        process.stdout.write(
          renderOpml(
            all.map((s) => ({ title: s.name, url: s.url, siteUrl: null, category: null })),
            { title: 'Threatbrief sources' },
          ),
        );
      } finally {
        await store.close();
      }
    });
}
