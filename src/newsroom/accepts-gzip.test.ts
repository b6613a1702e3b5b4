import assert from 'node:assert/strict';
import { it } from 'node:test';
import { acceptsGzip } from './accepts-gzip.ts';

const cases: readonly [string | undefined, boolean][] = [
  [undefined, false],
  ['', false],
  ['gzip', true],
  ['gzip, deflate, br', true],
  ['br;q=1.0, GZIP;q=0.5', true],
  ['x-gzip', true],
  ['gzip;q=0', false],
  ['identity', false],
  ['*', true],
  ['*;q=0', false],
  ['gzip;q=0, *', false],
  ['*, gzip;q=0', false],
  ['deflate, *;q=0.1', true],
];

for (const [header, expected] of cases) {
  it(`acceptsGzip(${JSON.stringify(header)}) is ${expected}`, () => {
    assert.equal(acceptsGzip(header), expected);
  });
}
