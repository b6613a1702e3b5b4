/** Text of `[from, text.length)` with the given spans blanked out, whitespace collapsed. */
export function withoutSpans(
  text: string,
  spans: readonly { readonly start: number; readonly end: number }[],
  from = 0,
): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = from;
  for (const s of sorted) {
    if (s.end <= cursor) continue;
    if (s.start > cursor) out += text.slice(cursor, s.start);
    out += ' ';
    cursor = Math.max(cursor, s.end);
  }
  out += text.slice(cursor);
  return out.replace(/\s+/g, ' ').trim();
}
