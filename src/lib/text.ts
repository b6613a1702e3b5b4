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

/** Whether a UTF-16 code unit is whitespace as JavaScript's regular expression class `\s` defines it. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
