import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Config } from '../src/config/schema.ts';
import { digestCron, runDailyDigest } from '../src/pipeline/scheduler.ts';
import { ALL_TOPICS } from '../src/publish/subscriptions/topic-filter.ts';
import { seedStore, TEST_CONFIG } from '../src/server/testdata/seed.ts';
import { findDigest } from '../src/store/repositories/digests.ts';
import { addSubscriber } from '../src/store/repositories/subscribers.ts';
import { readMail } from './support/read-mail.ts';
import { type SmtpSink, sinkSmtpConfig, startSmtpSink } from './support/smtp-sink.ts';
import { openTempSqlite, type TestStore } from './support/stores.ts';

describe('the daily digest schedule (croner) follows the configured time and timezone', () => {
  const next = (digestTime: string, timezone: string, from: string) => {
    const job = digestCron({ digestTime, timezone }, async () => {}, { paused: true });
    try {
      return job.nextRun(new Date(from))?.toISOString();
    } finally {
      job.stop();
    }
  };
  const cases: Array<[string, string, string, string]> = [
    ['07:30', 'America/New_York', '2026-03-07T00:00:00Z', '2026-03-07T12:30:00.000Z'], // EST, UTC-5
    ['07:30', 'America/New_York', '2026-03-09T00:00:00Z', '2026-03-09T11:30:00.000Z'], // EDT after 8 March
    ['07:00', 'Europe/London', '2026-07-01T06:59:00Z', '2026-07-02T06:00:00.000Z'], // BST: 07:00 = 06:00Z
    ['23:05', 'Asia/Tokyo', '2026-03-02T14:00:00Z', '2026-03-02T14:05:00.000Z'],
  ];
  for (const [time, zone, from, expected] of cases)
    it(`${time} in ${zone} after ${from} is ${expected}`, () =>
      assert.equal(next(time, zone, from), expected));
});

describe('the scheduled digest job builds, stores and mails the day over the configured SMTP server', () => {
  let store: TestStore;
  let sink: SmtpSink;
  let dataDir: string;

  before(async () => {
    store = await openTempSqlite();
    await seedStore(store.db);
    sink = await startSmtpSink();
    dataDir = mkdtempSync(path.join(tmpdir(), 'threatbrief-schedule-'));
    for (const [email, confirmed] of [
      ['one@example.com', true],
      ['two@example.com', false],
    ] as const)
      await addSubscriber(store.db, { email, topics: ALL_TOPICS, confirmed, now: '2026-03-02T00:00:00Z' });
  });
  after(async () => {
    await sink.close();
    await store.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("sends the day before the job's local date to confirmed subscribers, once", async () => {
    const config: Config = {
      ...TEST_CONFIG,
      dataDir,
      secret: 'schedule-test-secret-0123456789abcdef0123',
      smtp: sinkSmtpConfig(sink, { pool: true, maxConnections: 2, maxRetries: 1 }),
    };
    const silent = { info() {}, warn() {}, error() {}, debug() {} };
    // The job runs at 07:00 on 3 March in Europe/London (UTC in winter): it mails 2 March, the seeded
    // stories' day, whole.
    const now = () => new Date('2026-03-03T07:00:00Z');
    const built: string[] = [];
    const summary = await runDailyDigest(
      { db: store.db, config, logger: silent, now },
      { onDigest: (p) => built.push(p) },
    );
    assert.deepEqual([summary.date, summary.sent, summary.recipients], ['2026-03-02', 1, 1]);
    assert.deepEqual(
      sink.received.map((m) => m.to),
      [['one@example.com']],
    );
    const mail = await readMail(sink.received[0]!.raw);
    assert.match(mail.text, /UK accuses China/);
    assert.equal(built.length, 1);
    assert.match(readFileSync(built[0]!, 'utf8'), /Cyber Security Analysis and Threat Intelligence/);
    assert.equal((await findDigest(store.db, '2026-03-02'))?.storyCount, 2);

    const again = await runDailyDigest({ db: store.db, config, logger: silent, now });
    assert.deepEqual([again.sent, again.alreadyDone], [0, 1]);
    assert.equal(sink.received.length, 1);
  });
});
