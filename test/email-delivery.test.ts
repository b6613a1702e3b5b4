import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Config } from '../src/config/schema.ts';
import { parseSmtpUrl } from '../src/config/smtp-url.ts';
import { smtpOptions } from '../src/pipeline/mail-settings.ts';
import { sendDigest } from '../src/pipeline/send-digest.ts';
import { createSmtpMailer } from '../src/publish/mail/smtp-mailer.ts';
import { classifyListUnsubscribe } from '../src/publish/subscriptions/list-unsubscribe.ts';
import { parseTopics, type TopicFilter } from '../src/publish/subscriptions/topic-filter.ts';
import { createApp } from '../src/server/app.tsx';
import { HOSTILE_TITLE, seedStore, TEST_CONFIG } from '../src/server/testdata/seed.ts';
import { listDeliveries } from '../src/store/repositories/deliveries.ts';
import {
  addSubscriber,
  findSubscriberByEmail,
  unsubscribeSubscriber,
} from '../src/store/repositories/subscribers.ts';
import { readMail } from './support/read-mail.ts';
import { type SmtpSink, sinkSmtpConfig, startSmtpSink, type Verdict } from './support/smtp-sink.ts';
import { openTempSqlite, type TestStore } from './support/stores.ts';

const SECRET = 'email-delivery-test-secret-0123456789abcdef';
const DATE = '2026-03-02';
const logged: string[] = [];
const logger = {
  info: (fields: object, message: string) => logged.push(JSON.stringify({ ...fields, message })),
  warn: (fields: object, message: string) => logged.push(JSON.stringify({ ...fields, message })),
};

function topics(s: string): TopicFilter {
  const parsed = parseTopics(s);
  assert.ok(parsed.ok);
  return parsed.value;
}

describe('digest delivery over SMTP (smtp-server on 127.0.0.1, read back with mailparser)', () => {
  let sink: SmtpSink;
  let store: TestStore;
  let config: Config;
  let verdict: (to: readonly string[]) => Verdict = () => undefined;
  const now = () => new Date('2026-03-02T18:00:00Z');

  before(async () => {
    sink = await startSmtpSink({ verdict: (to) => verdict(to) });
    store = await openTempSqlite();
    await seedStore(store.db);
    config = {
      ...TEST_CONFIG,
      smtp: sinkSmtpConfig(sink, { pool: true, maxConnections: 3, maxRetries: 2, bounceThreshold: 2 }),
    };
    const add = (email: string, t: TopicFilter, confirmed = true) =>
      addSubscriber(store.db, { email, topics: t, confirmed, now: now().toISOString() });
    await add('alice@example.com', topics(''));
    await add('bob@example.com', topics('breaches'));
    await add('carol@example.com', topics('country:CN'));
    await add('pending@example.com', topics(''), false);
    const gone = await add('gone@example.com', topics(''));
    await unsubscribeSubscriber(store.db, gone.id, now().toISOString());
  });
  after(async () => {
    await sink.close();
    await store.dispose();
  });

  const send = async (date: string) => {
    const mailer = createSmtpMailer({ ...smtpOptions(config), timeoutMs: 5000 });
    try {
      return await sendDigest(
        { db: store.db, config, mailer, secret: SECRET, logger, now, sleep: async () => {} },
        { date },
      );
    } finally {
      await mailer.close();
    }
  };
  const mailTo = async (address: string) => {
    const found = sink.received.filter((m) => m.to.includes(address));
    assert.equal(found.length, 1, `exactly one message to ${address}`);
    return readMail(found[0]!.raw);
  };

  it('sends one multipart/alternative message per confirmed subscriber, with one-click unsubscribe headers', async () => {
    const summary = await send(DATE);
    assert.deepEqual(
      { sent: summary.sent, recipients: summary.recipients, aborted: summary.aborted },
      { sent: 3, recipients: 3, aborted: null },
    );
    assert.deepEqual(sink.received.flatMap((m) => m.to).sort(), [
      'alice@example.com',
      'bob@example.com',
      'carol@example.com',
    ]);
    for (const address of ['alice@example.com', 'bob@example.com', 'carol@example.com']) {
      const mail = await mailTo(address);
      assert.equal(
        mail.parsed.headers.get('content-type') &&
          (mail.parsed.headers.get('content-type') as { value: string }).value,
        'multipart/alternative',
      );
      assert.ok(mail.html.includes('Cyber Security Analysis and Threat Intelligence'));
      assert.ok(mail.text.includes('CYBER SECURITY ANALYSIS AND THREAT INTELLIGENCE'));
      const method = classifyListUnsubscribe(
        mail.header('List-Unsubscribe') ?? '',
        mail.header('List-Unsubscribe-Post'),
      );
      assert.equal(method.kind, 'OneClick', address);
      assert.match(
        method.kind === 'OneClick' ? method.url : '',
        /^https:\/\/threatbrief\.example\/unsubscribe\/[\w-]+\.[\w-]+$/,
      );
      assert.match(
        mail.header('List-Unsubscribe') ?? '',
        /<mailto:unsubscribe@threatbrief\.example\?subject=unsubscribe%20/,
      );
      assert.match(
        mail.header('Message-ID') ?? '',
        new RegExp(`^<digest\\.${DATE}\\.\\d+\\.[0-9a-f]{12}@threatbrief\\.example>$`),
      );
      assert.match(mail.text, /Manage preferences: https:\/\/threatbrief\.example\/preferences\//);
      assert.ok(!mail.html.includes('<script>'), 'hostile titles stay escaped');
    }
  });

  it('stores the public copy the "View in your browser" link opens', async () => {
    const alice = await mailTo('alice@example.com');
    const view = /https:\/\/threatbrief\.example\/digests\/2026-03-02/.exec(alice.text)?.[0];
    assert.ok(view, 'the link is in the text part');
    const page = await createApp({ db: store.db, config }).request(new URL(view).pathname);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /Cyber Security Analysis and Threat Intelligence/);
    assert.doesNotMatch(html, /\/unsubscribe\//, 'the public copy carries no subscriber links');
  });

  it('filters each message by the subscriber topics', async () => {
    const bob = await mailTo('bob@example.com');
    assert.ok(bob.text.includes(HOSTILE_TITLE));
    assert.ok(!bob.text.includes('UK accuses China'));
    assert.match(bob.text, /Filtered to your topics \(breaches\): 1 of 2 stories/);
    const carol = await mailTo('carol@example.com');
    assert.ok(carol.text.includes('UK accuses China'));
    assert.ok(!carol.text.includes(HOSTILE_TITLE));
    const alice = await mailTo('alice@example.com');
    assert.ok(alice.text.includes('UK accuses China') && alice.text.includes(HOSTILE_TITLE));
  });

  it('sends nothing new when run again for the same date', async () => {
    const summary = await send(DATE);
    assert.deepEqual([summary.sent, summary.alreadyDone], [0, 3]);
    assert.equal(sink.received.length, 3);
  });

  it('unsubscribes with the RFC 8058 one-click POST, without login or redirect', async () => {
    const alice = await mailTo('alice@example.com');
    const method = classifyListUnsubscribe(
      alice.header('List-Unsubscribe') ?? '',
      alice.header('List-Unsubscribe-Post'),
    );
    assert.equal(method.kind, 'OneClick');
    const url = new URL(method.kind === 'OneClick' ? method.url : '');
    const app = createApp({ db: store.db, config, secret: SECRET, now });
    const response = await app.request(url.pathname, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    assert.equal(response.status, 200);
    assert.equal((await findSubscriberByEmail(store.db, 'alice@example.com'))?.status, 'unsubscribed');
    const forged = await app.request(`${url.pathname}x`, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
    });
    assert.equal(forged.status, 400);
  });

  it('retries a temporary 4xx with backoff and delivers once', async () => {
    let refusals = 0;
    verdict = (to) =>
      to.includes('bob@example.com') && refusals++ < 2 ? { code: 451, message: 'try later' } : undefined;
    const before = sink.received.length;
    const summary = await send('2026-03-03');
    assert.equal(summary.sent, 2, 'bob and carol (alice left)');
    assert.equal(sink.received.length - before, 2);
    const bob = await findSubscriberByEmail(store.db, 'bob@example.com');
    const delivery = (await listDeliveries(store.db, '2026-03-03')).find((d) => d.subscriberId === bob?.id);
    assert.deepEqual([delivery?.status, refusals], ['sent', 3]);
    const quiet = await readMail(sink.received.at(-1)!.raw);
    assert.match(
      quiet.text,
      /No new stories were collected for 2026-03-03/,
      'a quiet day is an honest digest',
    );
  });

  it('marks a subscriber bouncing after the configured number of permanent 5xx failures', async () => {
    verdict = (to) => (to.includes('carol@example.com') ? { code: 550, message: 'no such user' } : undefined);
    const first = await send('2026-03-04');
    assert.equal(first.failed, 1);
    assert.equal((await findSubscriberByEmail(store.db, 'carol@example.com'))?.status, 'confirmed');
    await send('2026-03-05');
    assert.equal((await findSubscriberByEmail(store.db, 'carol@example.com'))?.status, 'bouncing');
    const third = await send('2026-03-06');
    assert.equal(third.recipients, 1, 'a bouncing subscriber gets no more mail');
    verdict = () => undefined;
  });

  it('authenticates with the user and password of an smtp:// URL; a wrong password stops the run without bounces', async () => {
    const guarded = await startSmtpSink({ auth: { user: 'mailer', pass: 's3cret/pass' } });
    try {
      const viaUrl = (url: string) => {
        const fields = parseSmtpUrl(url);
        assert.ok(fields);
        const smtp = { ...config.smtp!, ...fields, pool: false };
        return {
          config: { ...config, smtp },
          mailer: createSmtpMailer({ ...smtpOptions({ smtp }), timeoutMs: 5000 }),
        };
      };
      const run = async (url: string, date: string) => {
        const { config: c, mailer } = viaUrl(url);
        try {
          return await sendDigest(
            { db: store.db, config: c, mailer, secret: SECRET, logger, now, sleep: async () => {} },
            { date },
          );
        } finally {
          await mailer.close();
        }
      };
      const denied = await run(`smtp://mailer:wrong@127.0.0.1:${guarded.port}`, '2026-03-07');
      assert.equal(denied.aborted?.code, 'smtp_535');
      assert.deepEqual([denied.sent, denied.failed, guarded.received.length], [0, 0, 0]);
      const bob = await findSubscriberByEmail(store.db, 'bob@example.com');
      assert.deepEqual(
        [bob?.status, bob?.bounceCount],
        ['confirmed', 0],
        'our configuration is not a bounce',
      );
      const allowed = await run(
        `smtp://mailer:${encodeURIComponent('s3cret/pass')}@127.0.0.1:${guarded.port}`,
        '2026-03-07',
      );
      assert.deepEqual([allowed.aborted, allowed.sent], [null, 1]);
      assert.deepEqual(
        guarded.received.map((m) => m.to),
        [['bob@example.com']],
      );
    } finally {
      await guarded.close();
    }
  });

  it('never writes an address in full to the logs', () => {
    assert.ok(
      logged.some((line) => /refused permanently/.test(line)),
      'failures were logged',
    );
    for (const line of logged) assert.doesNotMatch(line, /[a-z]+@example\.com/, line);
  });
});
