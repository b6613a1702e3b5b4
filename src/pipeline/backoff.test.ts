import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextPollAfterFailure, nextPollAfterSuccess } from './backoff.ts';

const now = new Date('2026-01-01T00:00:00Z');

describe('poll scheduling', () => {
  it('polls again after the interval when healthy', () => {
    assert.equal(nextPollAfterSuccess(now, 30), '2026-01-01T00:30:00.000Z');
    assert.equal(
      nextPollAfterSuccess(now, 30, 7200),
      '2026-01-01T02:00:00.000Z',
      'max-age longer than the interval',
    );
    assert.equal(
      nextPollAfterSuccess(now, 30, 60),
      '2026-01-01T00:30:00.000Z',
      'never sooner than the interval',
    );
    assert.equal(nextPollAfterSuccess(now, 30, 10 ** 9), '2026-01-02T00:00:00.000Z', 'capped at a day');
  });
  it('doubles the wait per consecutive failure up to a day, honouring Retry-After', () => {
    assert.equal(nextPollAfterFailure(now, 30, 1), '2026-01-01T00:30:00.000Z');
    assert.equal(nextPollAfterFailure(now, 30, 3), '2026-01-01T02:00:00.000Z');
    assert.equal(nextPollAfterFailure(now, 30, 40), '2026-01-02T00:00:00.000Z');
    assert.equal(nextPollAfterFailure(now, 30, 1, 7200), '2026-01-01T02:00:00.000Z');
  });
});
