import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { doIUseEmail } from '@jsx-email/doiuse-email';
import { renderConfirmationEmail } from './confirmation-email.ts';
import { classifyListUnsubscribe, listUnsubscribeHeaders } from './list-unsubscribe.ts';
import { maskEmail, normaliseEmail } from './normalise-email.ts';
import { createRateLimiter } from './rate-limiter.ts';
import { signToken, verifyToken } from './sign-token.ts';
import { formatTopics, parseTopics, topicFilterFromJson } from './topic-filter.ts';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const NOW = new Date('2026-03-02T12:00:00Z');

describe('normaliseEmail', () => {
  const cases: Array<[string, string | undefined]> = [
    ['  Alice@Example.COM ', 'alice@example.com'],
    ['bob+news@sub.example.org', 'bob+news@sub.example.org'],
    ['no-at-sign.example.com', undefined],
    ['two@@example.com', undefined],
    ['dots..twice@example.com', undefined],
    ['.lead@example.com', undefined],
    ['user@localhost', undefined],
    ['<script>@example.com', undefined],
    [`${'a'.repeat(65)}@example.com`, undefined],
  ];
  for (const [input, expected] of cases)
    it(JSON.stringify(input), () => assert.equal(normaliseEmail(input), expected));
  it('masks addresses for logs', () => assert.equal(maskEmail('alice@example.com'), 'a***@example.com'));
});

describe('signed tokens', () => {
  const exp = Math.floor(NOW.getTime() / 1000) + 3600;
  const token = signToken(SECRET, { purpose: 'confirm', subscriberId: 7, expiresAt: exp });
  it('round-trips and is URL- and HTML-safe', () => {
    assert.match(token, /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    const result = verifyToken(SECRET, token, 'confirm', NOW);
    assert.ok(result.ok);
    assert.equal(result.value.subscriberId, 7);
  });
  it('refuses a tampered payload, another secret, the wrong purpose and an expired token', () => {
    const [body, sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ p: 'confirm', i: 8, x: exp })).toString('base64url');
    assert.equal(verifyToken(SECRET, `${forged}.${sig}`, 'confirm', NOW).ok, false);
    assert.deepEqual(
      [
        verifyToken(`${SECRET}x`, token, 'confirm', NOW),
        verifyToken(SECRET, token, 'manage', NOW),
        verifyToken(SECRET, token, 'confirm', new Date(NOW.getTime() + 2 * 3600_000)),
        verifyToken(SECRET, `${body}`, 'confirm', NOW),
      ].map((r) => (r.ok ? 'ok' : r.code)),
      ['bad_signature', 'wrong_purpose', 'expired_token', 'malformed_token'],
    );
  });
  it('manage tokens with expiry 0 never expire', () => {
    const manage = signToken(SECRET, { purpose: 'manage', subscriberId: 1, expiresAt: 0 });
    assert.ok(verifyToken(SECRET, manage, 'manage', new Date('2099-01-01T00:00:00Z')).ok);
  });
});

describe('topic filters', () => {
  it('parses sections, entity ids, CVEs and watch words', () => {
    const parsed = parseTopics(
      'breaches, actor:APT28, country:cn,CVE-2026-1234, watch:Exchange, section:advisories',
    );
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value, {
      sections: ['breaches', 'advisories'],
      entities: ['actor:apt28', 'country:CN'],
      watch: ['CVE-2026-1234', 'exchange'],
    });
    assert.equal(
      formatTopics(parsed.value),
      'breaches, advisories, actor:apt28, country:CN, CVE-2026-1234, watch:exchange',
    );
    assert.deepEqual(topicFilterFromJson(JSON.stringify(parsed.value)), parsed.value);
  });
  it('writes vendors as the knowledge base files them (organisations) and slugs multi-word keys', () => {
    const parsed = parseTopics('vendor:Microsoft, actor:Silk Typhoon, product:Exchange_Server');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value.entities, [
      'actor:silk-typhoon',
      'org:microsoft',
      'product:exchange-server',
    ]);
  });
  it('rejects unknown kinds and sections with a message', () => {
    for (const bad of ['planet:mars', 'section:sports', 'cve:12'])
      assert.equal(parseTopics(bad).ok, false, bad);
  });
  it('reads damaged stored JSON as everything', () =>
    assert.deepEqual(topicFilterFromJson('{oops'), { sections: [], entities: [], watch: [] }));
});

describe('List-Unsubscribe classification (list-unsubscribe-conformance fixtures)', () => {
  const dir = path.resolve(
    import.meta.dirname,
    '../../../../shared/data/list-unsubscribe-conformance/testdata/conformance',
  );
  type Fixture = {
    name: string;
    input: { list_unsubscribe: string; list_unsubscribe_post: string | null };
    expected: { kind: string; url?: string; address?: string; subject?: string | null };
  };
  const fixtures = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Fixture);
  it('has the 14 fixtures', () => assert.equal(fixtures.length, 14));
  for (const f of fixtures)
    it(f.name, () => {
      const got = classifyListUnsubscribe(f.input.list_unsubscribe, f.input.list_unsubscribe_post);
      assert.deepEqual(got, f.expected);
    });
  it('classifies our own headers as one-click on our https URL', () => {
    const headers = listUnsubscribeHeaders({
      unsubscribeUrl: 'https://brief.example/unsubscribe/abc.def',
      mailto: 'mailto:unsubscribe@brief.example?subject=unsubscribe%20abc.def',
      listId: 'x <daily.brief.example>',
      archiveUrl: 'https://brief.example/digests',
    });
    assert.deepEqual(
      classifyListUnsubscribe(headers['List-Unsubscribe'] ?? '', headers['List-Unsubscribe-Post'] ?? null),
      {
        kind: 'OneClick',
        url: 'https://brief.example/unsubscribe/abc.def',
      },
    );
  });
});

describe('rate limiter', () => {
  it('allows `limit` per window per key, then again in the next window', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000 });
    assert.deepEqual(
      [
        limiter.take('a', 0),
        limiter.take('a', 10),
        limiter.take('a', 20),
        limiter.take('b', 20),
        limiter.take('a', 1000),
      ],
      [true, true, false, true, true],
    );
  });
});

describe('confirmation email', () => {
  const mail = renderConfirmationEmail({
    confirmUrl: 'https://brief.example/confirm/abc.def?x=<y>&z',
    ttlHours: 48,
    siteUrl: 'https://brief.example',
  });
  it('carries the escaped, absolute confirm link in both parts', () => {
    assert.match(mail.html, /href="https:\/\/brief\.example\/confirm\/abc\.def\?x=&#60;y&#62;&#38;z"/);
    assert.match(mail.text, /^https:\/\/brief\.example\/confirm\/abc\.def\?x=<y>&z$/m);
    assert.match(mail.text, /within 48 hours/);
  });
  it('passes @jsx-email/doiuse-email for common clients with no errors', () => {
    const result = doIUseEmail(mail.html, {
      emailClients: ['gmail.*', 'outlook.*', 'apple-mail.*', 'yahoo.*', 'thunderbird.*', 'fastmail.*'],
    });
    assert.deepEqual('errors' in result ? result.errors : [], []);
  });
});
