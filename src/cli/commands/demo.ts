import type { Command } from 'commander';
import { localDate } from '../../lib/time.ts';
import { startNewsroom } from '../../newsroom/server.ts';
import { buildDailyDigest } from '../../pipeline/build-digest.ts';
import { runOnce } from '../../pipeline/run-once.ts';
import { dailyDigestDate } from '../../pipeline/scheduler.ts';
import { createApp } from '../../server/app.tsx';
import { startServer } from '../../server/node.ts';
import { addSource } from '../../store/repositories/sources.ts';
import { configFrom, createLogger, type GlobalOptions, openWorld, parseId } from '../context.ts';
import { untilSignal } from '../signals.ts';

/** The sample newsroom's usual port, so its URLs (and the stored articles) stay the same across demo runs. */
const NEWSROOM_PORT = 8765;

/** `demo`: offline end-to-end run against the bundled sample newsroom. */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      "offline demo: start the sample newsroom, ingest it, build yesterday's and today's digests, serve the web UI",
    )
    .option('--once', 'exit after the digests are written')
    .option('--port <port>', 'web UI port (default 8080)')
    .option('--json', 'print the result as JSON')
    .action(async (options: { once?: boolean; port?: string; json?: boolean }) => {
      const port = options.port === undefined ? undefined : parseId(options.port, '--port');
      const config = configFrom(
        { logLevel: 'warn', ...program.opts<GlobalOptions>() },
        { allowHosts: ['127.0.0.1'], ...(port === undefined ? {} : { port }) },
      );
      const logger = createLogger(config);
      const newsroom = await startNewsroom({ port: NEWSROOM_PORT, host: '127.0.0.1' }).catch(() =>
        startNewsroom({ port: 0, host: '127.0.0.1' }),
      );
      const { store, deps } = await openWorld(config, logger);
      try {
        for (const feed of newsroom.feeds) {
          await addSource(store.db, { url: feed.url, name: feed.name, now: new Date().toISOString() });
        }
        const summary = await runOnce(deps, { force: true });
        // The newsroom's articles span the last three days: yesterday's digest (what the daily job mails
        // this morning) is a whole day of them; today's holds the hours since midnight.
        const now = new Date();
        const today = localDate(now, config.timezone);
        const digests = [];
        for (const date of [dailyDigestDate(now, config.timezone), today])
          digests.push(await buildDailyDigest({ db: store.db, config }, { date, now }));
        if (options.json) {
          const described = digests.map((d) => ({
            date: d.date,
            story_count: d.storyCount,
            html: d.htmlPath,
            text: d.textPath,
          }));
          process.stdout.write(
            `${JSON.stringify({ newsroom: newsroom.url, sources: summary.sources, new_articles: summary.newArticles, digests: described }, null, 2)}\n`,
          );
        } else {
          process.stdout.write(
            `sample newsroom at ${newsroom.url}: ${summary.sources} feeds, ${summary.newArticles} new articles\n` +
              digests
                .map(
                  (d) =>
                    `digest for ${d.date}${d.date === today ? ' (today so far)' : ''}: ${d.storyCount} stories\n  ${d.htmlPath}\n  ${d.textPath}\n`,
                )
                .join(''),
          );
        }
        if (options.once) return;
        const server = await startServer(createApp({ db: store.db, config, kb: deps.kb.kb }), {
          port: config.port,
          host: '127.0.0.1',
        });
        process.stdout.write(`web UI at ${server.url} (Ctrl-C to stop)\n`);
        await untilSignal();
        await server.close();
      } finally {
        await store.close();
        await newsroom.close();
      }
    });
}
