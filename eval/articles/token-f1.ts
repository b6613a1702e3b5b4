/** Lower-cased word tokens of a text (letters and digits in any script). */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Bag-of-tokens F1 between a predicted and an expected text (1 when both are empty). */
export function tokenF1(predicted: string, expected: string): number {
  const p = tokens(predicted);
  const e = tokens(expected);
  if (p.length === 0 && e.length === 0) return 1;
  if (p.length === 0 || e.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of e) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of p) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(t, n - 1);
    }
  }
  const precision = overlap / p.length;
  const recall = overlap / e.length;
  return overlap === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}
