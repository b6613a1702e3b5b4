/** Scratch tables of `bestPath`, grown on demand (typed arrays are costly to allocate; decoding is not re-entrant). */
let scoreTable = new Float64Array(0);
let backTable = new Int32Array(0);

/**
 * The best-scoring label sequence of a first-order model (Viterbi), written to `path[0 .. n)`, over the labels
 * listed in `active` (ascending; `start` among them). `emissions[t * L + l]` scores label l at position t;
 * `transitions[p * L + l]` scores l right after p, -Infinity where it may not follow (see `bioTransitionTable`);
 * the sequence starts after label `start` (its own emission is not counted). Ties go to the lower label index.
 * Used by decoding and by training, so the model is trained on exactly the search it is decoded with. The
 * argument tagger lists only the roles of the trigger's event type: 23 of its 53 labels at most, a fifth of
 * the pairs to try.
 */
export function bestPath(
  emissions: Float64Array,
  n: number,
  L: number,
  transitions: Float64Array,
  start: number,
  active: Int32Array,
  path: Int32Array,
): void {
  if (n <= 0) return;
  if (scoreTable.length < n * L) {
    scoreTable = new Float64Array(2 * n * L);
    backTable = new Int32Array(2 * n * L);
  }
  const D = scoreTable;
  const B = backTable;
  const T = transitions;
  const A = active.length;
  for (let a = 0; a < A; a++) {
    const l = active[a]!;
    D[l] = T[start * L + l]! + emissions[l]!;
    B[l] = start;
  }
  for (let t = 1; t < n; t++) {
    const row = t * L;
    const before = row - L;
    for (let a = 0; a < A; a++) {
      D[row + active[a]!] = Number.NEGATIVE_INFINITY;
      B[row + active[a]!] = start;
    }
    // Each predecessor offers itself to every label (ascending, strictly better only: ties keep the lower).
    for (let b = 0; b < A; b++) {
      const p = active[b]!;
      const prior = D[before + p]!;
      if (prior === Number.NEGATIVE_INFINITY) continue;
      const from = p * L;
      for (let a = 0; a < A; a++) {
        const l = active[a]!;
        const score = prior + T[from + l]!;
        if (score > D[row + l]!) {
          D[row + l] = score;
          B[row + l] = p;
        }
      }
    }
    for (let a = 0; a < A; a++) {
      const l = active[a]!;
      if (D[row + l] !== Number.NEGATIVE_INFINITY) D[row + l]! += emissions[row + l]!;
    }
  }
  const lastRow = (n - 1) * L;
  let last = active[0]!;
  for (let a = 1; a < A; a++) if (D[lastRow + active[a]!]! > D[lastRow + last]!) last = active[a]!;
  path[n - 1] = last;
  for (let t = n - 1; t > 0; t--) path[t - 1] = B[t * L + path[t]!]!;
}
