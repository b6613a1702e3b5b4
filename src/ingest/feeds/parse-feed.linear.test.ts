import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import fc from 'fast-check';
import {
  BOUND,
  field,
  format,
  itemsRatio,
  lengthRatio,
  N,
  TEXT,
  warmUp,
} from '../../../test/support/feed-linearity.ts';

// Parse time must grow linearly with input size (test/support/feed-linearity.ts measures it). A bound of
// 12x, each ratio re-measured once before failing, keeps this from flaking on a loaded machine while still
// catching quadratic behaviour. A fixed seed keeps the inputs the same on every run, and no shrinking: a slow
// counterexample shrunk by re-measuring it once ran CI out of time. Linear-but-slow input is the bench's job
// (`npm run bench -- linearity`).
before(warmUp);

it('parse time grows linearly with the number of items', () => {
  fc.assert(
    fc.property(format, field, field, (f, title, body) => {
      const r = itemsRatio(f, title, body);
      assert.ok(r < BOUND, `${f}: ${4 * N} items took ${r.toFixed(1)}x the time of ${N}`);
    }),
    { numRuns: 5, seed: 20261126, endOnFailure: true },
  );
});

it('parse time grows linearly with the length of one item', () => {
  fc.assert(
    fc.property(format, field, (f, body) => {
      const r = lengthRatio(f, body);
      assert.ok(
        r < BOUND,
        `${f}: a ${40 * TEXT}-character item took ${r.toFixed(1)}x the time of ${10 * TEXT}`,
      );
    }),
    { numRuns: 5, seed: 20261126, endOnFailure: true },
  );
});
