// The server under test for `npm run bench -- web`, run as a child process so autocannon (in the parent) does
// not share its CPU: `node --import tsx bench/web-server.ts <db file> [--no-cache]`. Prints `{"url": ...}` once listening
// and closes cleanly on SIGTERM, SIGINT or when stdin ends.
import { createApp } from '../src/server/app.tsx';
import { startServer } from '../src/server/node.ts';
import { TEST_CONFIG } from '../src/server/testdata/seed.ts';
import { openStore } from '../src/store/connect.ts';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: web-server.ts <db file>\n');
  process.exit(2);
}
const store = await openStore(file);
const server = await startServer(
  createApp({
    db: store.db,
    config: { ...TEST_CONFIG, timezone: 'UTC' },
    now: () => new Date('2026-03-01T12:00:00Z'),
    ...(process.argv.includes('--no-cache') ? { responseCache: false as const } : {}),
  }),
  { port: 0, host: '127.0.0.1' },
);
let closing = false;
async function shutdown(): Promise<void> {
  if (closing) return;
  closing = true;
  await server.close();
  await store.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
process.stdin.on('end', () => void shutdown());
// A `cpu` line on stdin answers with this process's CPU time so far (the parent reports CPU per request).
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  if (chunk.includes('cpu')) {
    const { user, system } = process.cpuUsage();
    process.stdout.write(`${JSON.stringify({ cpu_us: user + system })}\n`);
  }
});
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
