// The server under test for `npm run bench -- web`, run as a child process so autocannon (in the parent) does
// not share its CPU: `node --import tsx bench/web-server.ts <db file> [--no-cache] [--workers N]`. Prints
// `{"url": ...}` once listening and closes cleanly on SIGTERM, SIGINT or when stdin ends. With `--workers N`
// it serves as `threatbrief serve --workers N` does (node:cluster, one process per worker).
import { readFileSync } from 'node:fs';
import { createApp } from '../src/server/app.tsx';
import { startServer } from '../src/server/node.ts';
import { TEST_CONFIG } from '../src/server/testdata/seed.ts';
import { isPoolWorker, serveUntilPoolStops, startWorkerPool } from '../src/server/workers.ts';
import { openStore } from '../src/store/connect.ts';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: web-server.ts <db file> [--no-cache] [--workers N]\n');
  process.exit(2);
}
const workersAt = process.argv.indexOf('--workers');
const workers = workersAt > 0 ? Number(process.argv[workersAt + 1]) : 1;

/** CPU time (user + system) of a process in µs, from /proc (Linux: the bench's machine). */
function cpuMicrosOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100;
}

async function serveHere(): Promise<{ url: string; close(): Promise<void> }> {
  const store = await openStore(file as string);
  const server = await startServer(
    createApp({
      db: store.db,
      config: { ...TEST_CONFIG, timezone: 'UTC' },
      now: () => new Date('2026-03-01T12:00:00Z'),
      ...(process.argv.includes('--no-cache') ? { responseCache: false as const } : {}),
    }),
    { port: 0, host: '127.0.0.1' },
  );
  return {
    url: server.url,
    close: async () => {
      await server.close();
      await store.close();
    },
  };
}

if (isPoolWorker()) {
  const server = await serveHere();
  await serveUntilPoolStops(() => server.close().catch(() => {}));
} else {
  const pool = workers > 1 ? await startWorkerPool({ workers, host: '127.0.0.1' }) : undefined;
  const single = pool ? undefined : await serveHere();
  let closing = false;
  const shutdown = async (): Promise<void> => {
    if (closing) return;
    closing = true;
    await (pool ?? single)?.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown());
  process.on('SIGINT', () => void shutdown());
  process.stdin.on('end', () => void shutdown());
  // A `cpu` line on stdin answers with the CPU time so far of this process and its workers (the parent
  // reports CPU per request).
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk: string) => {
    if (chunk.includes('cpu')) {
      const pids = [process.pid, ...(pool?.pids() ?? [])];
      const cpu = pids.reduce((sum, pid) => sum + cpuMicrosOf(pid), 0);
      process.stdout.write(`${JSON.stringify({ cpu_us: cpu })}\n`);
    }
  });
  process.stdout.write(`${JSON.stringify({ url: (pool ?? single)?.url })}\n`);
}
