import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { exportStix, parseSince } from '../../pipeline/export-stix.ts';
import { loadStoredKb } from '../../pipeline/load-kb.ts';
import { bundleJson } from '../../publish/stix/bundle-json.ts';
import { openStore } from '../../store/connect.ts';
import { configFrom, type GlobalOptions, parseId, printJson, UsageError } from '../context.ts';

/** `export stix`: the stored stories as one STIX 2.1 bundle, to a file or stdout. */
export function registerExport(program: Command): void {
  const exporter = program.command('export').description('export stored intelligence in standard formats');
  exporter
    .command('stix')
    .description('write stories, entities, indicators and claims as one STIX 2.1 bundle')
    .option('--since <date>', 'only stories with an article at or after this date (YYYY-MM-DD or RFC 3339)')
    .option('--story <id>', 'only this story')
    .option('--out <file>', 'bundle file to write (default: stdout)')
    .option('--json', 'print a summary as JSON')
    .action(async (options: { since?: string; story?: string; out?: string; json?: boolean }) => {
      const since = options.since === undefined ? undefined : parseSince(options.since);
      if (options.since !== undefined && since === undefined)
        throw new UsageError(`--since must be YYYY-MM-DD or an RFC 3339 timestamp, got "${options.since}"`);
      const storyId = options.story === undefined ? undefined : parseId(options.story, '--story');
      const config = configFrom(program.opts<GlobalOptions>());
      const store = await openStore(config.databaseUrl);
      try {
        // The stored knowledge base (built-in plus `kb import`ed MISP / ATT&CK entries) gives provenance.
        const { kb } = await loadStoredKb(store.db);
        const { bundle } = await exportStix(
          { db: store.db, kb, publicUrl: config.publicUrl },
          { ...(since ? { since } : {}), ...(storyId !== undefined ? { storyId } : {}) },
        );
        const text = bundleJson(bundle, 2);
        const toStdout = options.out === undefined || options.out === '-';
        const out = toStdout ? undefined : path.resolve(options.out!);
        if (out) await writeFile(out, text, 'utf8');
        else process.stdout.write(text);
        const reports = bundle.objects.filter((object) => object.type === 'report').length;
        if (options.json && out)
          printJson({ out, bundle_id: bundle.id, objects: bundle.objects.length, reports });
        else if (out)
          process.stdout.write(
            `wrote ${bundle.objects.length} STIX objects (${reports} reports) to ${out}\n`,
          );
      } finally {
        await store.close();
      }
    });
}
