import type { Command } from 'commander';
import { startSchedule } from '../../pipeline/scheduler.ts';
import { createApp } from '../../server/app.tsx';
import { startServer } from '../../server/node.ts';
import { configFrom, createLogger, type GlobalOptions, openWorld, parseId } from '../context.ts';
import { untilSignal } from '../signals.ts';

/** `run`: the main job — scheduled polling and analysis, the daily digest, and the web UI. */
export function registerRun(program: Command): void {
  program
    .command('run')
    .description(
      'poll sources on schedule, analyse, build the daily digest and serve the web UI; stops on SIGINT/SIGTERM',
    )
    .option('--port <port>', 'web UI port (default 8080)')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .action(async (options: { port?: string; host: string }) => {
      const port = options.port === undefined ? undefined : parseId(options.port, '--port');
      const config = configFrom(program.opts<GlobalOptions>(), port === undefined ? {} : { port });
      const logger = createLogger(config);
      const { store, deps } = await openWorld(config, logger);
      const server = await startServer(createApp({ db: store.db, config, kb: deps.kb.kb }), {
        port: config.port,
        host: options.host,
      });
      const schedule = startSchedule(deps);
      logger.info(
        { url: server.url, digest_time: config.digestTime, timezone: config.timezone },
        'threatbrief running',
      );
      process.stdout.write(
        `threatbrief running: web UI at ${server.url}; digest daily at ${config.digestTime} ${config.timezone}\n`,
      );
      const signal = await untilSignal();
      logger.info({ signal }, 'shutting down');
      await schedule.stop();
      await server.close();
      await store.close();
    });
}
