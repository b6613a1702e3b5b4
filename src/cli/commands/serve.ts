import type { Command } from 'commander';
import { loadStoredKb } from '../../pipeline/load-kb.ts';
import { createApp } from '../../server/app.tsx';
import { startServer } from '../../server/node.ts';
import { openStore } from '../../store/connect.ts';
import { configFrom, type GlobalOptions, parseId } from '../context.ts';
import { untilSignal } from '../signals.ts';

/** `serve`: the web UI and JSON API until interrupted. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the web UI and JSON API')
    .option('--port <port>', 'TCP port (default 8080)')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .action(async (options: { port?: string; host: string }) => {
      const port = options.port === undefined ? undefined : parseId(options.port, '--port');
      const config = configFrom(program.opts<GlobalOptions>(), port === undefined ? {} : { port });
      const store = await openStore(config.databaseUrl);
      const server = await startServer(
        createApp({ db: store.db, config, kb: (await loadStoredKb(store.db)).kb }),
        {
          port: config.port,
          host: options.host,
        },
      );
      process.stdout.write(`serving ${server.url} (Ctrl-C to stop)\n`);
      await untilSignal();
      await server.close();
      await store.close();
    });
}
