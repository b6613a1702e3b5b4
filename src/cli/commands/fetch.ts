import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { runOnce } from '../../pipeline/run-once.ts';
import { configFrom, createLogger, type GlobalOptions, openWorld, parseId, printJson } from '../context.ts';

/** `fetch`: one ingest pass over due sources (or one source). */
export function registerFetch(program: Command): void {
  program
    .command('fetch')
    .description('poll due sources once: fetch, extract, analyse, store')
    .option('--source <id>', 'only this source (polled even if not due)')
    .option('--all', 'poll every source, due or not')
    .option('--json', 'print the summary as JSON')
    .action(async (options: { source?: string; all?: boolean; json?: boolean }) => {
      const sourceId = options.source === undefined ? undefined : parseId(options.source, '--source');
      const config = configFrom(program.opts<GlobalOptions>());
      const logger = createLogger(config);
      const { store, deps } = await openWorld(config, logger);
      const bar =
        process.stderr.isTTY && !options.json
          ? new SingleBar({ format: 'fetch [{bar}] {value}/{total} sources', stream: process.stderr })
          : undefined;
      try {
        let started = false;
        const summary = await runOnce(deps, {
          ...(sourceId !== undefined ? { sourceId } : {}),
          force: options.all ?? false,
          onProgress: (done, total) => {
            if (!bar) return;
            if (!started) bar.start(total, 0);
            started = true;
            bar.update(done);
          },
        });
        bar?.stop();
        if (options.json) printJson(summary);
        else {
          process.stdout.write(
            `fetched ${summary.sources} source(s): ${summary.ok} ok, ${summary.failed} failed, ${summary.newArticles} new article(s)\n`,
          );
          for (const r of summary.results.filter((x) => x.status === 'error')) {
            process.stdout.write(`  source #${r.sourceId} failed: ${r.errorCode} ${r.errorMessage ?? ''}\n`);
          }
        }
        if (summary.sources > 0 && summary.failed === summary.sources) process.exitCode = 1;
      } finally {
        bar?.stop();
        await store.close();
      }
    });
}
