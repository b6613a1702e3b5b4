import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const TRAIN = path.resolve(ROOT, '../shared/data/casie/train');

// The committed weights must be what `npm run train` makes from the CASIE train split and the code as it is:
// the taggers read entity kinds, so a change to entity extraction changes the training data and needs a retrain.
test('the committed CASIE models are what npm run train writes (CASIE train split, when present)', (t) => {
  if (!existsSync(TRAIN)) return t.skip('shared data absent: ../shared/data/casie/train');
  const out = mkdtempSync(path.join(tmpdir(), 'threatbrief-casie-'));
  try {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'scripts', 'train-events.ts'), '--out', out],
      { cwd: ROOT, encoding: 'utf8' },
    );
    assert.equal(run.status, 0, run.stderr);
    for (const file of ['casie-triggers.json', 'casie-arguments.json']) {
      const committed = readFileSync(path.join(ROOT, 'src', 'analysis', 'events', 'model', file), 'utf8');
      assert.ok(
        readFileSync(path.join(out, file), 'utf8') === committed,
        `${file} differs from a fresh training run: run npm run train and commit the result`,
      );
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
