import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bestPath } from './best-path.ts';
import { bioTransitionTable, compileModel } from './perceptron.ts';
import { decodeBio } from './tag-sequence.ts';

/** Labels sorted as training sorts them: B-X, I-X, O. */
const LABELS = ['B-X', 'I-X', 'O'];

/** The score of a label sequence under a transition table (-Infinity when it takes a forbidden pair). */
function scoreOf(
  path: readonly number[],
  emissions: Float64Array,
  transitions: Float64Array,
  start: number,
  L: number,
): number {
  let score = 0;
  let previous = start;
  for (let t = 0; t < path.length; t++) {
    const label = path[t]!;
    score += transitions[previous * L + label]! + emissions[t * L + label]!;
    previous = label;
  }
  return score;
}

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

test('bestPath finds the best allowed sequence that exhaustive search finds, over every label or a subset', () => {
  const labels = ['B-X', 'B-Y', 'I-X', 'I-Y', 'O'];
  const L = labels.length;
  const next = random(3);
  const value = () => Math.round((next() - 0.5) * 8);
  const every = Int32Array.from([0, 1, 2, 3, 4]);
  const onlyX = Int32Array.from([0, 2, 4]);
  for (let round = 0; round < 300; round++) {
    const n = 1 + (round % 4);
    const active = round % 2 === 0 ? every : onlyX;
    const emissions = Float64Array.from({ length: n * L }, value);
    const rows = labels.map(() => Float64Array.from(labels, value));
    const transitions = bioTransitionTable(labels, (previous) => rows[previous]);
    const path = new Int32Array(n);
    bestPath(emissions, n, L, transitions, 4, active, path);
    let best = Number.NEGATIVE_INFINITY;
    for (let code = 0; code < L ** n; code++) {
      const candidate = Array.from({ length: n }, (_, t) => Math.floor(code / L ** t) % L);
      if (candidate.some((label) => !active.includes(label))) continue;
      best = Math.max(best, scoreOf(candidate, emissions, transitions, 4, L));
    }
    assert.ok(
      [...path].every((label) => active.includes(label)),
      `round ${round}: ${path}`,
    );
    assert.equal(scoreOf([...path], emissions, transitions, 4, L), best, `round ${round}`);
  }
});

test('bestPath never opens with I-X after O, however strong its own score', () => {
  const emissions = Float64Array.from([0, 50, 0]);
  const transitions = bioTransitionTable(LABELS, () => undefined);
  const path = new Int32Array(1);
  bestPath(emissions, 1, 3, transitions, 2, Int32Array.from([0, 1, 2]), path);
  assert.notEqual(LABELS[path[0]!], 'I-X');
});

test('decodeBio takes a span a greedy left-to-right pass would miss, and outsideBias turns O down', () => {
  // Token 0 alone leans to O (greedy keeps O, after which I-X is barred); B-X then I-X scores higher overall.
  const model = compileModel({ labels: LABELS, weights: {} }, new Set(), new Map());
  const scores = [
    [1, 0, 2],
    [0, 6, 0],
  ];
  const fill = (i: number, out: Float64Array) => out.set(scores[i]!);
  assert.deepEqual(decodeBio(model, 0, 2, fill), [{ start: 0, end: 2, label: 'X' }]);
  const lone = (i: number, out: Float64Array) => out.set([[2, 0, 3]][i]!);
  assert.deepEqual(decodeBio(model, 0, 1, lone), []);
  assert.deepEqual(decodeBio(model, 0, 1, lone, { outsideBias: 2, secondMargin: 0 }), [
    { start: 0, end: 1, label: 'X' },
  ]);
});
