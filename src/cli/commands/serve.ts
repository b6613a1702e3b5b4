import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { loadStoredKb } from '../../pipeline/load-kb.ts';
import { createApp } from '../../server/app.tsx';
import { startServer } from '../../server/node.ts';
import { isPoolWorker, serveUntilPoolStops, startWorkerPool } from '../../server/workers.ts';
import { openStore } from '../../store/connect.ts';
import { configFrom, type GlobalOptions, parseId, UsageError } from '../context.ts';
import { untilSignal } from '../signals.ts';

/** `serve`: the web UI and JSON API until interrupted, in one process or `--workers` processes. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the web UI and JSON API')
    .option('--port <port>', 'TCP port (default 8080)')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--workers <n>', 'processes sharing the port: a number, or "auto" for one per CPU', '1')
    .action(async (options: { port?: string; host: string; workers: string }) => {
      const port = options.port === undefined ? undefined : parseId(options.port, '--port');
      const workers =
        options.workers === 'auto' ? availableParallelism() : parseId(options.workers, '--workers');
      if (workers < 1)
        throw new UsageError(`--workers must be 1 or more, or "auto", got "${options.workers}"`);
      const config = configFrom(program.opts<GlobalOptions>(), port === undefined ? {} : { port });
      if (workers > 1 && !isPoolWorker()) {
        // Migrate once here, before the workers open the database side by side.
        await (await openStore(config.databaseUrl)).close();
        const pool = await startWorkerPool({ workers, host: options.host });
        process.stdout.write(`serving ${pool.url} with ${pool.size} workers (Ctrl-C to stop)\n`);
        await untilSignal();
        await pool.close();
        return;
      }
      const store = await openStore(config.databaseUrl);
      const server = await startServer(
        createApp({ db: store.db, config, kb: (await loadStoredKb(store.db)).kb }),
        {
          port: config.port,
          host: options.host,
        },
      );
      if (isPoolWorker()) {
        await serveUntilPoolStops(async () => {
          // Without the primary the shared listening socket is gone already: closing it then fails, harmlessly.
          await server.close().catch(() => {});
          await store.close();
        });
        return;
      }
      process.stdout.write(`serving ${server.url} (Ctrl-C to stop)\n`);
      await untilSignal();
      await server.close();
      await store.close();
    });
}
