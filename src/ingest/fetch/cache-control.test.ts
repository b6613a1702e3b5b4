import assert from 'node:assert/strict';
import { it } from 'node:test';
import { parseMaxAge } from './cache-control.ts';
import { MAX_RETRY_AFTER_SECONDS, parseRetryAfter } from './retry-after.ts';

it('parseMaxAge reads max-age for a private cache', () => {
  const cases: Array<[string | null, string | null, number | null]> = [
    [null, null, null],
    ['', null, null],
    ['public', null, null],
    ['max-age=300', null, 300],
    ['Max-Age = 300 ', null, 300],
    ['max-age="60"', null, 60],
    ['public, max-age=300, s-maxage=900', null, 300],
    ['s-maxage=900', null, null],
    ['max-age=300', '100', 200],
    ['max-age=300', '1000', 0],
    ['max-age=300', 'garbage', 300],
    ['max-age=-5', null, null],
    ['max-age=soon', null, null],
    ['max-age=99999999999999999999', null, 2_147_483_648],
    ['no-cache', null, 0],
    ['no-store, max-age=300', null, 0],
    ['max-age=10, max-age=20', null, 10],
  ];
  for (const [header, age, expected] of cases) {
    assert.equal(parseMaxAge(header, age), expected, `${header} / age ${age}`);
  }
});

it('parseRetryAfter reads delay-seconds and HTTP-dates, capped at a week', () => {
  const now = Date.parse('2026-03-02T12:00:00Z');
  assert.equal(parseRetryAfter(null, now), null);
  assert.equal(parseRetryAfter('120', now), 120);
  assert.equal(parseRetryAfter(' 0 ', now), 0);
  assert.equal(parseRetryAfter('Mon, 02 Mar 2026 12:01:30 GMT', now), 90);
  assert.equal(parseRetryAfter('Mon, 02 Mar 2026 11:00:00 GMT', now), 0);
  assert.equal(parseRetryAfter('99999999999999999999', now), MAX_RETRY_AFTER_SECONDS);
  assert.equal(parseRetryAfter('Fri, 01 Jan 2100 00:00:00 GMT', now), MAX_RETRY_AFTER_SECONDS);
  assert.equal(parseRetryAfter('-1', now), null);
  assert.equal(parseRetryAfter('soon', now), null);
});
