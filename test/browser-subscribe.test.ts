import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { type Browser, chromium } from 'playwright-core';
import type { Config } from '../src/config/schema.ts';
import { smtpOptions } from '../src/pipeline/mail-settings.ts';
import { sendDigest } from '../src/pipeline/send-digest.ts';
import type { Mailer } from '../src/publish/mail/mailer.ts';
import { createSmtpMailer } from '../src/publish/mail/smtp-mailer.ts';
import { createApp } from '../src/server/app.tsx';
import { type RunningServer, startServer } from '../src/server/node.ts';
import { seedStore, TEST_CONFIG } from '../src/server/testdata/seed.ts';
import { findSubscriberByEmail } from '../src/store/repositories/subscribers.ts';
import { readMail } from './support/read-mail.ts';
import { type SmtpSink, sinkSmtpConfig, startSmtpSink } from './support/smtp-sink.ts';
import { openTempSqlite, type TestStore } from './support/stores.ts';

const SECRET = 'browser-test-secret-0123456789abcdef0123';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

const link = (text: string, pattern: RegExp) => {
  const found = pattern.exec(text)?.[0];
  assert.ok(found, `link ${pattern} in ${text.slice(0, 300)}`);
  return found;
};

describe('sign-up → confirm → receive → preferences → unsubscribe, in Chromium', () => {
  let store: TestStore;
  let sink: SmtpSink;
  let server: RunningServer;
  let browser: Browser;
  let mailer: Mailer;
  let config: Config;
  const now = () => new Date('2026-03-02T18:00:00Z');

  before(async () => {
    store = await openTempSqlite();
    await seedStore(store.db);
    sink = await startSmtpSink();
    const port = await freePort();
    config = { ...TEST_CONFIG, publicUrl: `http://127.0.0.1:${port}`, port };
    mailer = createSmtpMailer(smtpOptions({ smtp: sinkSmtpConfig(sink) }));
    server = await startServer(createApp({ db: store.db, config, mailer, secret: SECRET, now }), {
      port,
      host: '127.0.0.1',
    });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await mailer?.close();
    await sink?.close();
    await store?.dispose();
  });

  it('works end to end through the web pages and the mailbox', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/subscribe`);
    await page.fill('#email', '  Reader@Example.COM ');
    await page.check('input[name="section"][value="attributions"]');
    await page.click('main button[type="submit"]');
    await page.waitForSelector('text=Check your inbox');

    assert.equal(sink.received.length, 1);
    const confirmation = await readMail(sink.received[0]!.raw);
    assert.deepEqual(sink.received[0]!.to, ['reader@example.com'], 'address stored normalised');
    await page.goto(link(confirmation.text, /http:\/\/127\.0\.0\.1:\d+\/confirm\/[\w.-]+/));
    assert.equal(
      (await findSubscriberByEmail(store.db, 'reader@example.com'))?.status,
      'pending',
      'GET alone does not confirm',
    );
    await page.click('main button[type="submit"]');
    await page.waitForSelector('text=You are subscribed');
    assert.equal((await findSubscriberByEmail(store.db, 'reader@example.com'))?.status, 'confirmed');

    const summary = await sendDigest(
      { db: store.db, config, mailer, secret: SECRET, logger: { info() {}, warn() {} }, now },
      { date: '2026-03-02' },
    );
    assert.equal(summary.sent, 1);
    const digest = await readMail(sink.received[1]!.raw);
    assert.match(digest.text, /UK accuses China/, 'the attributions topic is in');
    assert.doesNotMatch(digest.text, /Ransomware & more/, 'the breaches story is filtered out');

    await page.goto(link(digest.html, /http:\/\/127\.0\.0\.1:\d+\/preferences\/[\w.-]+/));
    assert.ok(await page.isChecked('input[name="section"][value="attributions"]'));
    await page.fill('#topics', 'country:CN, CVE-2026-1234');
    await page.click('text=Save preferences');
    await page.waitForSelector('text=Preferences saved.');
    assert.deepEqual((await findSubscriberByEmail(store.db, 'reader@example.com'))?.topics.entities, [
      'country:CN',
    ]);

    await page.goto(link(digest.html, /http:\/\/127\.0\.0\.1:\d+\/unsubscribe\/[\w.-]+/));
    await page.click('main button[type="submit"]');
    await page.waitForSelector('text=You are unsubscribed');
    assert.equal((await findSubscriberByEmail(store.db, 'reader@example.com'))?.status, 'unsubscribed');
  });
});
