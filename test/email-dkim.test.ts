import assert from 'node:assert/strict';
import { createHash, createVerify, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../src/config/load.ts';
import { smtpOptions } from '../src/pipeline/mail-settings.ts';
import { createSmtpMailer } from '../src/publish/mail/smtp-mailer.ts';
import { listUnsubscribeHeaders } from '../src/publish/subscriptions/list-unsubscribe.ts';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.ts';

/** Splits raw RFC 5322 bytes into unfolded header fields (name and raw value with its folding) and the body. */
function splitMessage(raw: string): { fields: { name: string; line: string }[]; body: string } {
  const end = raw.indexOf('\r\n\r\n');
  const fields: { name: string; line: string }[] = [];
  for (const line of raw.slice(0, end).split(/\r\n(?![ \t])/))
    fields.push({ name: line.slice(0, line.indexOf(':')).trim().toLowerCase(), line });
  return { fields, body: raw.slice(end + 4) };
}

/** RFC 6376 §3.4.2 relaxed header canonicalisation of one field. */
function relaxedHeader(line: string): string {
  const colon = line.indexOf(':');
  const name = line.slice(0, colon).trim().toLowerCase();
  const value = line
    .slice(colon + 1)
    .replace(/\r\n/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
  return `${name}:${value}`;
}

/** RFC 6376 §3.4.4 relaxed body canonicalisation. */
function relaxedBody(body: string): string {
  const lines = body.split('\r\n').map((l) => l.replace(/[ \t]+/g, ' ').replace(/ $/, ''));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.length === 0 ? '' : `${lines.join('\r\n')}\r\n`;
}

/**
 * Verifies an rsa-sha256 relaxed/relaxed DKIM signature against `publicKey` (a verifier would fetch it from
 * DNS at `<s>._domainkey.<d>`); returns the signature's tags.
 */
function verifyDkim(raw: string, publicKey: KeyObject): Record<string, string> {
  const { fields, body } = splitMessage(raw);
  const signature = fields.find((f) => f.name === 'dkim-signature');
  assert.ok(signature, 'the message carries a DKIM-Signature');
  const tags = Object.fromEntries(
    relaxedHeader(signature.line)
      .slice('dkim-signature:'.length)
      .split(';')
      .map((t) => t.trim())
      .filter(Boolean)
      .map((t) => [t.slice(0, t.indexOf('=')), t.slice(t.indexOf('=') + 1).replace(/\s+/g, '')]),
  );
  assert.equal(tags.a, 'rsa-sha256');
  assert.equal(tags.c, 'relaxed/relaxed');
  assert.equal(tags.bh, createHash('sha256').update(relaxedBody(body)).digest('base64'), 'body hash');
  // Signed fields, each taken from the bottom up as §5.4.2 says; absent ones contribute nothing.
  const used = new Map<string, number>();
  const signed: string[] = [];
  for (const name of (tags.h ?? '').toLowerCase().split(':')) {
    const all = fields.filter((f) => f.name === name);
    const n = used.get(name) ?? 0;
    const field = all[all.length - 1 - n];
    used.set(name, n + 1);
    if (field) signed.push(`${relaxedHeader(field.line)}\r\n`);
  }
  const unsigned = relaxedHeader(signature.line)
    .replace(/\bb=[^;]*$/, 'b=')
    .replace(/\bb=[^;]*;/, 'b=;');
  const verifier = createVerify('RSA-SHA256');
  verifier.update(signed.join('') + unsigned);
  assert.equal(verifier.verify(publicKey, tags.b ?? '', 'base64'), true, 'the RSA signature verifies');
  return tags;
}

describe('DKIM-signed digests', () => {
  let dir: string;
  let sink: SmtpSink;
  let publicKey: KeyObject;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'threatbrief-dkim-'));
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    publicKey = pair.publicKey;
    writeFileSync(
      path.join(dir, 'dkim.pem'),
      pair.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    );
    writeFileSync(path.join(dir, 'not-a-key.pem'), 'hello\n');
    sink = await startSmtpSink();
  });
  after(async () => {
    await sink.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const configWith = (privateKeyFile: string) => {
    const file = path.join(dir, `config-${path.basename(privateKeyFile)}.json`);
    writeFileSync(
      file,
      JSON.stringify({ smtp: { dkim: { domainName: 'example.org', keySelector: 'brief', privateKeyFile } } }),
    );
    return loadConfig(dir, {}, { configFile: file, smtpUrl: sink.url });
  };

  it('signs the unsubscribe headers with the configured key, and the signature verifies', async () => {
    const config = configWith('dkim.pem');
    assert.equal(config.smtp?.dkim?.privateKeyFile, path.join(dir, 'dkim.pem'), 'resolved against cwd');
    const mailer = createSmtpMailer({ ...smtpOptions(config), pool: false, timeoutMs: 5000 });
    try {
      const outcome = await mailer.send({
        from: 'Threatbrief <digest@example.org>',
        to: 'reader@example.net',
        subject: 'Cyber Security Analysis and Threat Intelligence — 2026-11-26',
        html: '<p>Today’s brief</p>',
        text: 'Today’s brief   \n\n\n',
        messageId: '<digest.2026-11-26.1.abc@example.org>',
        headers: listUnsubscribeHeaders({
          unsubscribeUrl: 'https://brief.example.org/unsubscribe?t=abc',
          mailto: 'mailto:unsubscribe@example.org?subject=abc',
          listId: '<digest.example.org>',
          archiveUrl: 'https://brief.example.org/digests',
        }),
      });
      assert.equal(outcome.kind, 'sent');
    } finally {
      await mailer.close();
    }
    const raw = sink.received.at(-1)?.raw.toString('utf8') ?? '';
    const tags = verifyDkim(raw, publicKey);
    assert.equal(tags.d, 'example.org');
    assert.equal(tags.s, 'brief');
    const signedHeaders = (tags.h ?? '').toLowerCase().split(':');
    for (const name of ['from', 'subject', 'list-unsubscribe', 'list-unsubscribe-post'])
      assert.ok(signedHeaders.includes(name), `${name} is signed`);
    // Tampering with a signed header breaks the signature.
    const tampered = raw.replace('Subject: ', 'Subject: Re: ');
    assert.throws(() => verifyDkim(tampered, publicKey), /RSA signature verifies/);
  });

  it('refuses a configured key file that holds no private key, naming the field', () => {
    assert.throws(
      () => configWith('not-a-key.pem'),
      (error: unknown) =>
        error instanceof ConfigError &&
        /smtp\.dkim\.privateKeyFile/.test(error.message) &&
        /not-a-key/.test(error.message),
    );
    assert.throws(() => configWith('missing.pem'), ConfigError);
  });
});
