import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Config } from '../src/config/schema.ts';
import { smtpOptions } from '../src/pipeline/mail-settings.ts';
import { sendDigest } from '../src/pipeline/send-digest.ts';
import { createSmtpMailer } from '../src/publish/mail/smtp-mailer.ts';
import { parseTopics } from '../src/publish/subscriptions/topic-filter.ts';
import { seedStore, TEST_CONFIG } from '../src/server/testdata/seed.ts';
import { withExclusiveLock } from '../src/store/exclusive-lock.ts';
import { listDeliveries } from '../src/store/repositories/deliveries.ts';
import { addSubscriber } from '../src/store/repositories/subscribers.ts';
import { type SmtpSink, sinkSmtpConfig, startSmtpSink } from './support/smtp-sink.ts';
import { openTempPostgres, openTempSqlite, type TestStore } from './support/stores.ts';

const SECRET = 'email-lock-test-secret-0123456789abcdef0123';
const DATE = '2026-03-02';
const quiet = { info: () => {}, warn: () => {} };

/** A promise and the function that settles it: holds a lock open until the test lets go. */
function gate(): { opened: Promise<void>; open(): void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

for (const [label, open] of [
  ['SQLite', openTempSqlite],
  ['PostgreSQL', openTempPostgres],
] as const) {
  describe(`one digest send at a time (${label})`, () => {
    let store: TestStore;
    let sink: SmtpSink;
    let config: Config;

    before(async () => {
      store = await open();
      sink = await startSmtpSink();
      await seedStore(store.db);
      config = {
        ...TEST_CONFIG,
        smtp: sinkSmtpConfig(sink, { maxConnections: 2, bounceThreshold: 2 }),
      };
      const topics = parseTopics('');
      assert.ok(topics.ok);
      for (const email of ['ann@example.com', 'ben@example.com', 'cat@example.com'])
        await addSubscriber(store.db, {
          email,
          topics: topics.value,
          confirmed: true,
          now: `${DATE}T08:00:00Z`,
        });
    });
    after(async () => {
      await sink.close();
      await store.dispose();
    });

    const send = async () => {
      const mailer = createSmtpMailer({ ...smtpOptions(config), timeoutMs: 5000 });
      try {
        return await sendDigest(
          {
            db: store.db,
            config,
            mailer,
            secret: SECRET,
            logger: quiet,
            now: () => new Date(`${DATE}T18:00:00Z`),
          },
          { date: DATE },
        );
      } finally {
        await mailer.close();
      }
    };

    it('a send that finds another one running sends nothing and says busy; the next run sends everyone once', async () => {
      const held = gate();
      const holding = withExclusiveLock(store.db, 'digest-send', () => held.opened);
      // Let the holder take the lock before the competing send starts.
      await new Promise((resolve) => setTimeout(resolve, 50));
      try {
        const busy = await send();
        assert.equal(busy.aborted?.code, 'busy');
        assert.equal(busy.sent, 0);
        assert.equal(sink.received.length, 0);
        assert.equal((await listDeliveries(store.db, DATE)).length, 0, 'no record claimed while busy');
      } finally {
        // Let go even when an assertion failed, so the lock's connection is returned.
        held.open();
      }
      assert.deepEqual(await holding, { ran: true, value: undefined });

      const first = await send();
      assert.equal(first.aborted, null);
      assert.equal(first.sent, 3);
      const second = await send();
      assert.equal(second.sent, 0);
      assert.equal(second.alreadyDone, 3);
      assert.equal(sink.received.length, 3);
    });

    it('the lock is free again after its holder fails', async () => {
      await assert.rejects(
        withExclusiveLock(store.db, 'digest-send', async () => {
          throw new Error('boom');
        }),
        /boom/,
      );
      const again = await withExclusiveLock(store.db, 'digest-send', async () => 'ok');
      assert.deepEqual(again, { ran: true, value: 'ok' });
    });

    if (label === 'SQLite')
      it('takes over a lock file left by a process that died', async () => {
        const { rows } = await import('kysely').then(({ sql }) =>
          sql<{ name: string; file: string }>`pragma database_list`.execute(store.db),
        );
        const file = rows.find((r) => r.name === 'main')?.file ?? '';
        // A pid far above any live process on this host.
        writeFileSync(
          `${file}.digest-send.lock`,
          JSON.stringify({ pid: 2 ** 22 + 7, host: hostname(), since: '2026-03-02T07:00:00Z' }),
        );
        const outcome = await withExclusiveLock(store.db, 'digest-send', async () => 'resumed');
        assert.deepEqual(outcome, { ran: true, value: 'resumed' });
        assert.deepEqual(
          readdirSync(path.dirname(file)).filter((name) => name.endsWith('.lock')),
          [],
          'the lock file is gone after the run',
        );
        // A live holder (this process) is respected.
        writeFileSync(
          `${file}.digest-send.lock`,
          JSON.stringify({ pid: process.pid, host: hostname(), since: '2026-03-02T07:00:00Z' }),
        );
        const blocked = await withExclusiveLock(store.db, 'digest-send', async () => 'no');
        assert.equal(blocked.ran, false);
      });
  });
}
