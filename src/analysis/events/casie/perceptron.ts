/** Sparse weights of a linear multi-class model: feature -> flat [labelIndex, weight, labelIndex, weight, ...]. */
export type LinearModel = { readonly labels: readonly string[]; readonly weights: Readonly<Record<string, readonly number[]>> };

/** Scores every label for the given features into `scores` (reset first); returns the best label index. */
export function bestLabel(
  model: LinearModel,
  features: readonly string[],
  scores: Float64Array,
  allowed?: (label: number) => boolean,
  penalty?: { readonly label: number; readonly bias: number },
): number {
  scores.fill(0);
  if (penalty && penalty.label >= 0) scores[penalty.label] = -penalty.bias;
  for (const feature of features) {
    const row = model.weights[feature];
    if (!row) continue;
    for (let k = 0; k < row.length; k += 2) scores[row[k]!]! += row[k + 1]!;
  }
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let label = 0; label < scores.length; label++) {
    if (allowed && !allowed(label)) continue;
    if (scores[label]! > bestScore) {
      bestScore = scores[label]!;
      best = label;
    }
  }
  return best;
}

/** True when a BIO label may follow the previous one (I-X only after B-X or I-X). */
export function bioAllowed(labels: readonly string[], previous: string, label: number): boolean {
  const name = labels[label]!;
  if (!name.startsWith('I-')) return true;
  return previous === `B-${name.slice(2)}` || previous === name;
}
