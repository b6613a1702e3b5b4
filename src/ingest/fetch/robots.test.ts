import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeRobotsBytes, isAllowedByRobots } from './robots.ts';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));
const allowed = (data: Uint8Array) =>
  isAllowedByRobots(decodeRobotsBytes(data), 'http://example.com/private', 'foo');

test('a whole or truncated byte-order mark at the start is skipped', () => {
  for (const mark of [[0xef, 0xbb, 0xbf], [0xef, 0xbb], [0xef]])
    assert.equal(allowed(bytes(mark, 'User-Agent: foo\nDisallow: /private\n')), false, String(mark));
});

test('a byte-order mark inside the file spoils its line, which is then ignored', () => {
  assert.equal(allowed(bytes('User-Agent: foo\n', [0xef, 0xbb, 0xbf], 'Disallow: /private\n')), true);
  assert.equal(allowed(bytes('User-Agent: foo\nDisallow: /private\n')), false);
});
