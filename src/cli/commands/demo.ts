import type { Command } from 'commander';
import { startNewsroom } from '../../newsroom/server.ts';
import { buildDailyDigest } from '../../pipeline/build-digest.ts';
import { runOnce } from '../../pipeline/run-once.ts';
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
    .description("offline demo: start the sample newsroom, ingest it, build today's digest, serve the web UI")
    .option('--once', 'exit after the digest is written')
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
        const digest = await buildDailyDigest({ db: store.db, config }, { now: new Date() });
        if (options.json) {
          process.stdout.write(
            `${JSON.stringify({ newsroom: newsroom.url, sources: summary.sources, new_articles: summary.newArticles, digest: { date: digest.date, story_count: digest.storyCount, html: digest.htmlPath, text: digest.textPath } }, null, 2)}\n`,
          );
        } else {
          process.stdout.write(
            `sample newsroom at ${newsroom.url}: ${summary.sources} feeds, ${summary.newArticles} new articles\n` +
              `digest for ${digest.date}: ${digest.storyCount} stories\n  ${digest.htmlPath}\n  ${digest.textPath}\n`,
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
