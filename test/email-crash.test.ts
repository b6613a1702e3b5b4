import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ALL_TOPICS } from '../src/publish/subscriptions/topic-filter.ts';
import { seedStore } from '../src/server/testdata/seed.ts';
import { openStore } from '../src/store/connect.ts';
import { listDeliveries } from '../src/store/repositories/deliveries.ts';
import { addSubscriber } from '../src/store/repositories/subscribers.ts';
import { makeCliFolder } from './support/cli-folder.ts';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.ts';

// The same pipeline as `threatbrief digest send`, in a child process that starts faster than the whole CLI.
const CHILD = path.resolve(import.meta.dirname, 'support/send-digest-child.ts');
const SUBSCRIBERS = 10;
const KILL_AT = 4; // the 5th message: killed while it waits for the server's reply

function run(cwd: string, smtpUrl: string, onSpawn: (child: ChildProcess) => void = () => {}) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, cwd, '2026-03-02', smtpUrl], {
      cwd: path.resolve(import.meta.dirname, '..'),
      env: { ...process.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    onSpawn(child);
    child.on('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
}

describe('a digest send killed half-way resumes with no duplicate and no loss', () => {
  let dir: string;
  let sink: SmtpSink;
  let child: ChildProcess | undefined;

  before(async () => {
    dir = makeCliFolder('threatbrief-crash', {
      publicUrl: 'https://brief.example',
      timezone: 'Europe/London',
      secret: 'crash-test-secret-0123456789abcdef0123456789',
      smtp: { pool: false, maxRetries: 0 },
    });
    const store = await openStore(path.join(dir, 'data', 'threatbrief.db'));
    await seedStore(store.db);
    for (let i = 0; i < SUBSCRIBERS; i++)
      await addSubscriber(store.db, {
        email: `s${i}@example.com`,
        topics: ALL_TOPICS,
        confirmed: true,
        now: '2026-03-02T00:00:00Z',
      });
    await store.close();
    sink = await startSmtpSink({
      onData: (_to, index) => {
        if (index === KILL_AT) child?.kill('SIGKILL');
      },
      // The killed run's last message never got its 250, so it was not delivered.
      verdict: (_to, _raw, index) =>
        index === KILL_AT ? { code: 421, message: 'sender went away' } : undefined,
    });
  });
  after(async () => {
    await sink.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is killed after 4 accepted messages, then a second run sends the other 6 exactly once', async () => {
    const killed = await run(dir, sink.url, (c) => {
      child = c;
    });
    assert.equal(killed.signal, 'SIGKILL', killed.stderr);
    assert.equal(sink.received.length, KILL_AT);

    const store = await openStore(path.join(dir, 'data', 'threatbrief.db'));
    const midway = await listDeliveries(store.db, '2026-03-02');
    await store.close();
    assert.deepEqual(
      midway.map((d) => d.status),
      [...Array(KILL_AT).fill('sent'), 'sending'],
      'claimed before sending, marked sent after the 250',
    );

    const resumed = await run(dir, sink.url);
    assert.equal(resumed.code, 0, resumed.stderr);
    const addresses = sink.received.flatMap((m) => m.to);
    assert.equal(addresses.length, SUBSCRIBERS, 'no loss and no duplicate');
    assert.equal(new Set(addresses).size, SUBSCRIBERS);

    const again = await run(dir, sink.url);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(sink.received.length, SUBSCRIBERS, 'a third run sends nothing');
  });
});
