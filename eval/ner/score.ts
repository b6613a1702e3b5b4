/** True/false positives and false negatives of one type. */
export type Counts = { tp: number; fp: number; fn: number };

/** A new zero count. */
export const zeroCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Precision, recall and F1 of `counts` (0 when undefined). */
export function prf(counts: Counts): { p: number; r: number; f1: number } {
  const p = counts.tp / Math.max(1, counts.tp + counts.fp);
  const r = counts.tp / Math.max(1, counts.tp + counts.fn);
  const f1 = (2 * counts.tp) / Math.max(1, 2 * counts.tp + counts.fp + counts.fn);
  return { p, r, f1 };
}

/** Adds exact-match counts of predicted vs gold keys to `counts`. */
export function addExact(counts: Counts, predicted: ReadonlySet<string>, gold: ReadonlySet<string>): void {
  for (const key of predicted) {
    if (gold.has(key)) counts.tp++;
    else counts.fp++;
  }
  for (const key of gold) if (!predicted.has(key)) counts.fn++;
}

/** One formatted table row: label, P, R, F1 and the counts. */
export function formatRow(label: string, counts: Counts): string {
  const { p, r, f1 } = prf(counts);
  const gold = counts.tp + counts.fn;
  const predicted = counts.tp + counts.fp;
  return `${label.padEnd(16)} P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f1.toFixed(3)}  (gold ${gold}, predicted ${predicted}, tp ${counts.tp})`;
}

/** Partial-overlap counts: predictions overlapping a same-type gold span, and gold spans overlapped by one. */
export type OverlapCounts = { predicted: number; matched: number; gold: number; hit: number };

/** One formatted partial-overlap row: P = matched/predicted, R = hit/gold, and their F1. */
export function formatOverlapRow(label: string, counts: OverlapCounts): string {
  const p = counts.matched / Math.max(1, counts.predicted);
  const r = counts.hit / Math.max(1, counts.gold);
  const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return `${label.padEnd(16)} P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f1.toFixed(3)}  (partial overlap)`;
}
