import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { smtpOptions } from '../src/pipeline/mail-settings.ts';
import type { Mailer } from '../src/publish/mail/mailer.ts';
import { createSmtpMailer } from '../src/publish/mail/smtp-mailer.ts';
import { createApp } from '../src/server/app.tsx';
import { TEST_CONFIG } from '../src/server/testdata/seed.ts';
import { findSubscriberByEmail, listSubscribers } from '../src/store/repositories/subscribers.ts';
import { readMail } from './support/read-mail.ts';
import { type SmtpSink, sinkSmtpConfig, startSmtpSink } from './support/smtp-sink.ts';
import { STORE_FACTORIES, type TestStore } from './support/stores.ts';

const SECRET = 'email-signup-test-secret-0123456789abcdef';

const form = (fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x);
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
  };
};

for (const [label, open] of STORE_FACTORIES) {
  describe(`web sign-up: double opt-in, expiry, rate limits, escaping (${label}, smtp-server on 127.0.0.1)`, () => {
    let store: TestStore;
    let sink: SmtpSink;
    let mailer: Mailer;
    let clock = new Date('2026-03-02T12:00:00Z');
    const app = () =>
      createApp({ db: store.db, config: TEST_CONFIG, mailer, secret: SECRET, now: () => clock });
    let site: ReturnType<typeof app>;

    before(async () => {
      store = await open();
      sink = await startSmtpSink();
      mailer = createSmtpMailer(smtpOptions({ smtp: sinkSmtpConfig(sink) }));
      site = app();
    });
    after(async () => {
      await mailer.close();
      await sink.close();
      await store.dispose();
    });

    const confirmLinkOf = async (index: number) => {
      const mail = await readMail(sink.received[index]!.raw);
      const url = /https:\/\/threatbrief\.example\/confirm\/[\w.-]+/.exec(mail.text)?.[0];
      assert.ok(url, mail.text);
      return new URL(url).pathname;
    };

    it('stores one normalised pending row, mails a confirm link, and confirms only on POST', async () => {
      const page = await site.request(
        '/subscribe',
        form({ email: ' Ann@Example.ORG ', section: 'breaches', topics: 'vendor:Microsoft' }),
      );
      assert.equal(page.status, 200);
      assert.match(await page.text(), /Check your inbox/);
      const row = await findSubscriberByEmail(store.db, 'ann@example.org');
      assert.deepEqual(
        [row?.status, row?.topics.sections, row?.topics.entities],
        ['pending', ['breaches'], ['org:microsoft']],
      );
      assert.deepEqual(sink.received[0]?.to, ['ann@example.org']);
      const confirm = await confirmLinkOf(0);
      assert.equal((await site.request(confirm)).status, 200);
      assert.equal(
        (await findSubscriberByEmail(store.db, 'ann@example.org'))?.status,
        'pending',
        'GET alone does not confirm',
      );
      const done = await site.request(confirm, { method: 'POST' });
      assert.match(await done.text(), /You are subscribed/);
      assert.equal((await findSubscriberByEmail(store.db, 'ann@example.org'))?.status, 'confirmed');
    });

    it('gives a confirmed address the same answer and no mail; a stranger cannot change its topics', async () => {
      const before = sink.received.length;
      const page = await site.request(
        '/subscribe',
        form({ email: 'ann@example.org', section: 'advisories' }),
      );
      assert.match(await page.text(), /Check your inbox/);
      assert.equal(sink.received.length, before);
      assert.deepEqual((await findSubscriberByEmail(store.db, 'ann@example.org'))?.topics.sections, [
        'breaches',
      ]);
    });

    it('refuses an expired confirm link (48 hours) with a way forward', async () => {
      await site.request('/subscribe', form({ email: 'late@example.org' }));
      const confirm = await confirmLinkOf(sink.received.length - 1);
      clock = new Date(clock.getTime() + 49 * 3600_000);
      try {
        const expired = await site.request(confirm, { method: 'POST' });
        assert.equal(expired.status, 400);
        assert.match(await expired.text(), /expired.*\/subscribe/s);
        assert.equal((await findSubscriberByEmail(store.db, 'late@example.org'))?.status, 'pending');
      } finally {
        clock = new Date('2026-03-02T12:00:00Z');
      }
    });

    it('escapes what the visitor typed when it is sent back', async () => {
      const page = await site.request('/subscribe', form({ email: '"><script>alert(1)</script>' }));
      assert.equal(page.status, 400);
      const html = await page.text();
      assert.ok(!html.includes('<script>alert(1)</script>'));
      assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    });

    it('rate-limits sign-ups: 3 mails per address per hour, 5 sign-ups per client per 10 minutes', async () => {
      const limited = app(); // fresh limiters
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await limited.request('/subscribe', form({ email: 'bomb@example.org' }))).status);
      assert.deepEqual(statuses, [200, 200, 200, 429]);
      const mailsToVictim = sink.received.filter((m) => m.to.includes('bomb@example.org')).length;
      assert.equal(mailsToVictim, 3);
      const other = [];
      for (let i = 0; i < 2; i++)
        other.push((await limited.request('/subscribe', form({ email: `x${i}@example.org` }))).status);
      assert.deepEqual(other, [200, 429], 'the client used its 5 sign-ups in the window');
      clock = new Date(clock.getTime() + 61 * 60_000);
      try {
        assert.equal((await limited.request('/subscribe', form({ email: 'bomb@example.org' }))).status, 200);
      } finally {
        clock = new Date('2026-03-02T12:00:00Z');
      }
      const rows = await listSubscribers(store.db);
      assert.equal(new Set(rows.map((r) => r.email)).size, rows.length, 'addresses are unique');
    });
  });
}
