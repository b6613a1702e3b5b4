/** Scores of a predicted partition against a gold one over the same items. */
export type ClusterScores = {
  readonly bcubedPrecision: number;
  readonly bcubedRecall: number;
  readonly bcubedF1: number;
  readonly pairPrecision: number;
  readonly pairRecall: number;
  readonly goldPairs: number;
  readonly predictedPairs: number;
};

function groups(labels: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [item, label] of labels) {
    const set = out.get(label) ?? new Set<string>();
    set.add(item);
    out.set(label, set);
  }
  return out;
}

/** B-cubed precision/recall/F1 (Bagga & Baldwin 1998) and pairwise precision/recall over the gold's items. */
export function scoreClusters(
  gold: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
): ClusterScores {
  const pred = new Map([...gold.keys()].map((item) => [item, predicted.get(item) ?? `__single:${item}`]));
  const goldGroups = groups(gold);
  const predGroups = groups(pred);
  let p = 0;
  let r = 0;
  let goldPairs = 0;
  let predPairs = 0;
  let bothPairs = 0;
  for (const item of gold.keys()) {
    const g = goldGroups.get(gold.get(item) as string) as Set<string>;
    const q = predGroups.get(pred.get(item) as string) as Set<string>;
    let both = 0;
    for (const other of q) if (g.has(other)) both++;
    p += both / q.size;
    r += both / g.size;
    goldPairs += g.size - 1;
    predPairs += q.size - 1;
    bothPairs += both - 1;
  }
  const n = Math.max(1, gold.size);
  const bp = p / n;
  const br = r / n;
  return {
    bcubedPrecision: bp,
    bcubedRecall: br,
    bcubedF1: bp + br === 0 ? 0 : (2 * bp * br) / (bp + br),
    pairPrecision: predPairs === 0 ? 1 : bothPairs / predPairs,
    pairRecall: goldPairs === 0 ? 1 : bothPairs / goldPairs,
    goldPairs: goldPairs / 2,
    predictedPairs: predPairs / 2,
  };
}
