/** Precision, recall and F1 counts. */
export type Counts = { tp: number; fp: number; fn: number };

/** Adds set-overlap counts of predicted vs gold keys to `counts`. */
export function addCounts(counts: Counts, predicted: ReadonlySet<string>, gold: ReadonlySet<string>): void {
  for (const key of predicted)
    if (gold.has(key)) counts.tp++;
    else counts.fp++;
  for (const key of gold) if (!predicted.has(key)) counts.fn++;
}

/** Precision, recall and F1 of counts (0 when undefined). */
export function prf(counts: Counts): { p: number; r: number; f: number } {
  const p = counts.tp + counts.fp === 0 ? 0 : counts.tp / (counts.tp + counts.fp);
  const r = counts.tp + counts.fn === 0 ? 0 : counts.tp / (counts.tp + counts.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** One formatted line: label, P, R, F1 and counts. */
export function formatRow(label: string, counts: Counts): string {
  const { p, r, f } = prf(counts);
  return `${label.padEnd(28)} P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f.toFixed(3)} (tp=${counts.tp} fp=${counts.fp} fn=${counts.fn})`;
}
