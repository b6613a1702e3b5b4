import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { addDays, localDate } from '../src/lib/time.ts';
import { seedStore } from '../src/server/testdata/seed.ts';
import { openStore } from '../src/store/connect.ts';
import { findDigest } from '../src/store/repositories/digests.ts';
import { makeCliFolder } from './support/cli-folder.ts';
import { readMail } from './support/read-mail.ts';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.ts';

const BIN = path.resolve(import.meta.dirname, '..', 'bin', 'threatbrief.js');
const DATE = '2026-03-02';

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs the real CLI in `cwd`, asynchronously: the SMTP server it talks to lives in this process. */
function cli(cwd: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, DATABASE_URL: '', THREATBRIEF_LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('threatbrief subscribers and digest send, from the command line to an SMTP server', () => {
  let dir: string;
  let sink: SmtpSink;
  const logs: string[] = [];
  const run = async (args: string[]) => {
    const result = await cli(dir, args);
    logs.push(result.stderr);
    return result;
  };

  before(async () => {
    dir = makeCliFolder('threatbrief-email-cli', {
      publicUrl: 'https://brief.example',
      timezone: 'Europe/London',
      secret: 'email-cli-test-secret-0123456789abcdef0123',
      smtp: { from: 'Threatbrief <digest@brief.example>', pool: false, maxRetries: 0 },
    });
    const store = await openStore(path.join(dir, 'data', 'threatbrief.db'));
    await seedStore(store.db);
    await store.close();
    sink = await startSmtpSink();
  });
  after(async () => {
    await sink.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('add without --confirmed mails a signed, expiring confirm link and leaves the subscriber pending', async () => {
    const added = await run([
      'subscribers',
      'add',
      '  Reader@Example.COM ',
      '--topics',
      'breaches',
      '--smtp',
      sink.url,
      '--json',
    ]);
    assert.equal(added.code, 0, added.stderr);
    const json = JSON.parse(added.stdout) as {
      email: string;
      status: string;
      topics: { sections: string[] };
    };
    assert.deepEqual(
      [json.email, json.status, json.topics.sections],
      ['reader@example.com', 'pending', ['breaches']],
    );
    assert.equal(sink.received.length, 1);
    assert.deepEqual(sink.received[0]?.to, ['reader@example.com']);
    const mail = await readMail(sink.received[0]!.raw);
    assert.match(mail.text, /^https:\/\/brief\.example\/confirm\/[\w-]+\.[\w-]+$/m);
    assert.match(mail.text, /within 48 hours/);
  });

  it('add --confirmed skips the opt-in; list shows both, normalised; a bad address is a usage error', async () => {
    const added = await run([
      'subscribers',
      'add',
      'Op@Example.com',
      '--confirmed',
      '--topics',
      'country:CN',
    ]);
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stdout, /op@example\.com: confirmed/);
    assert.equal(sink.received.length, 1, 'no mail for an operator-confirmed subscriber');
    const listed = await run(['subscribers', 'list', '--json']);
    assert.deepEqual(
      (JSON.parse(listed.stdout) as Array<{ email: string; status: string }>).map((s) => [s.email, s.status]),
      [
        ['reader@example.com', 'pending'],
        ['op@example.com', 'confirmed'],
      ],
    );
    assert.equal((await run(['subscribers', 'add', 'not-an-address'])).code, 2);
  });

  it('digest send --smtp mails confirmed subscribers only, stores the web copy, and sends nothing new when run again', async () => {
    const first = await run(['digest', 'send', '--date', DATE, '--smtp', sink.url, '--json']);
    assert.equal(first.code, 0, first.stderr);
    assert.deepEqual(
      (({ sent, recipients, alreadyDone }) => ({ sent, recipients, alreadyDone }))(JSON.parse(first.stdout)),
      { sent: 1, recipients: 1, alreadyDone: 0 },
    );
    assert.equal(sink.received.length, 2);
    assert.deepEqual(sink.received[1]?.to, ['op@example.com']);
    const digest = await readMail(sink.received[1]!.raw);
    assert.match(digest.text, /Filtered to your topics \(country:CN\)/);
    const store = await openStore(path.join(dir, 'data', 'threatbrief.db'));
    try {
      assert.equal((await findDigest(store.db, DATE))?.date, DATE, 'the "view in browser" page exists');
    } finally {
      await store.close();
    }

    const again = await run(['digest', 'send', '--date', DATE, '--smtp', sink.url, '--json']);
    assert.equal(again.code, 0, again.stderr);
    assert.deepEqual((({ sent, alreadyDone }) => ({ sent, alreadyDone }))(JSON.parse(again.stdout)), {
      sent: 0,
      alreadyDone: 1,
    });
    assert.equal(sink.received.length, 2);
  });

  it('digest send without --date mails the day before today, the day the daily job mails', async () => {
    const yesterday = () => addDays(localDate(new Date(), 'Europe/London'), -1);
    const before = yesterday();
    const sent = await run(['digest', 'send', '--smtp', sink.url, '--json']);
    assert.equal(sent.code, 0, sent.stderr);
    // A run that straddles local midnight may see either day.
    assert.ok(
      [before, yesterday()].includes((JSON.parse(sent.stdout) as { date: string }).date),
      sent.stdout,
    );
  });

  it('remove deletes the subscriber; no log line holds a full address', async () => {
    const removed = await run(['subscribers', 'remove', 'OP@example.com']);
    assert.equal(removed.code, 0, removed.stderr);
    const missing = await run(['subscribers', 'remove', 'op@example.com']);
    assert.equal(missing.code, 1);
    const listed = await run(['subscribers', 'list', '--json']);
    assert.deepEqual(
      (JSON.parse(listed.stdout) as Array<{ email: string }>).map((s) => s.email),
      ['reader@example.com'],
    );
    const logLines = logs
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('{'));
    assert.ok(logLines.length >= 2, 'the commands logged (info level)');
    for (const line of logLines) assert.doesNotMatch(line, /(reader|op)@example\.com/i, line);
  });
});
