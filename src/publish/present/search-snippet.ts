/** A short excerpt around the best match, with the matched words as offsets into `text`. */
export type SnippetDto = {
  readonly text: string;
  readonly highlights: ReadonlyArray<{ start: number; end: number }>;
};

/** A term to highlight: a lower-case word, matched as a prefix when `prefix` (or as a stem otherwise). */
export type HighlightTerm = { readonly word: string; readonly prefix: boolean };

const WORD = /[\p{L}\p{N}]+/gu;

/** Light English stemming so `attacks` highlights `attacked`: drops common suffixes, keeps 3+ letters. */
function stem(word: string): string {
  const m = /^(.{3,}?)(ing|ed|es|s|ers|er)$/.exec(word);
  return m?.[1] ?? word;
}

function matches(word: string, terms: readonly HighlightTerm[]): boolean {
  const w = word.toLowerCase();
  return terms.some((t) => (t.prefix ? w.startsWith(t.word) : w === t.word || stem(w) === stem(t.word)));
}

/**
 * The window of about `size` characters of `text` with the most matched words (the start when none match),
 * cut at word boundaries with ellipses, and the offsets of the matched words in it. Pure; never throws.
 */
export function searchSnippet(text: string, terms: readonly HighlightTerm[], size = 240): SnippetDto {
  const words = [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    hit: matches(m[0], terms),
  }));
  const hits = words.filter((w) => w.hit);
  let best = 0;
  let bestCount = -1;
  for (const h of hits) {
    const count = hits.filter((o) => o.start >= h.start && o.end <= h.start + size).length;
    if (count > bestCount) {
      best = h.start;
      bestCount = count;
    }
  }
  let start = Math.max(0, best - Math.floor(size / 4));
  if (start > 0) start = words.find((w) => w.start >= start)?.start ?? start;
  let end = Math.min(text.length, start + size);
  if (end < text.length) end = [...words].reverse().find((w) => w.end <= end)?.end ?? end;
  const prefix = start > 0 ? '…' : '';
  const excerpt = `${prefix}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
  // Recompute offsets on the whitespace-collapsed excerpt.
  const highlights = [...excerpt.matchAll(WORD)]
    .filter((m) => matches(m[0], terms))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return { text: excerpt, highlights };
}

/** Splits a snippet into plain and highlighted runs for rendering. */
export function snippetRuns(snippet: SnippetDto): Array<{ text: string; hit: boolean }> {
  const runs: Array<{ text: string; hit: boolean }> = [];
  let cursor = 0;
  for (const h of snippet.highlights) {
    if (h.start < cursor) continue;
    if (h.start > cursor) runs.push({ text: snippet.text.slice(cursor, h.start), hit: false });
    runs.push({ text: snippet.text.slice(h.start, h.end), hit: true });
    cursor = h.end;
  }
  if (cursor < snippet.text.length) runs.push({ text: snippet.text.slice(cursor), hit: false });
  return runs;
}
