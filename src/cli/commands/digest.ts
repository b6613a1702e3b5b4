import path from 'node:path';
import type { Command } from 'commander';
import { isIsoDate } from '../../lib/time.ts';
import { buildDailyDigest } from '../../pipeline/build-digest.ts';
import { openStore } from '../../store/connect.ts';
import { configFrom, type GlobalOptions, printJson, UsageError } from '../context.ts';

/** `digest build`: the daily brief for a date, saved as HTML and text. */
export function registerDigest(program: Command): void {
  const digest = program
    .command('digest')
    .description('build the daily Cyber Security Analysis and Threat Intelligence brief');
  digest
    .command('build')
    .description('build the digest of a date (default: today in the configured timezone)')
    .option('--date <YYYY-MM-DD>', 'local date of the digest')
    .option('--out <dir>', 'folder for YYYY-MM-DD.html and .txt (default ./data/digests)')
    .option('--json', 'print the result as JSON')
    .action(async (options: { date?: string; out?: string; json?: boolean }) => {
      if (options.date !== undefined && !isIsoDate(options.date))
        throw new UsageError(`--date must be YYYY-MM-DD, got "${options.date}"`);
      const config = configFrom(program.opts<GlobalOptions>());
      const store = await openStore(config.databaseUrl);
      try {
        const result = await buildDailyDigest(
          { db: store.db, config },
          {
            now: new Date(),
            ...(options.date ? { date: options.date } : {}),
            ...(options.out ? { outDir: path.resolve(options.out) } : {}),
          },
        );
        if (options.json)
          printJson({
            date: result.date,
            story_count: result.storyCount,
            html: result.htmlPath,
            text: result.textPath,
            subject: result.digest.subject,
          });
        else
          process.stdout.write(
            `digest ${result.date}: ${result.storyCount} stories\n  ${result.htmlPath}\n  ${result.textPath}\n`,
          );
      } finally {
        await store.close();
      }
    });
}
