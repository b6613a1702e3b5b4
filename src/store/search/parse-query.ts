/** One part of a search: a word, a word prefix (`ransom*`) or an exact phrase (`"supply chain"`). */
export type QueryPart =
  | { readonly kind: 'word'; readonly word: string }
  | { readonly kind: 'prefix'; readonly word: string }
  | { readonly kind: 'phrase'; readonly words: readonly string[]; readonly raw: string };

const MAX_PARTS = 12;
const MAX_QUERY = 300;
const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return [...text.toLowerCase().matchAll(WORD)].map((m) => m[0]);
}

/**
 * Parses what a person types into parts that all must match: `"quoted phrases"`, `prefix*`, and words;
 * a token with inner punctuation (`CVE-2024-3400`) becomes a phrase of its words. Never throws; punctuation
 * that could mean query syntax to FTS5 or tsquery is dropped, so the parts are safe to embed.
 */
export function parseQuery(input: string): QueryPart[] {
  const parts: QueryPart[] = [];
  const text = input.slice(0, MAX_QUERY);
  for (const m of text.matchAll(/"([^"]*)"?|(\S+)/g)) {
    if (m[1] !== undefined) {
      const words = wordsOf(m[1]);
      if (words.length === 1) parts.push({ kind: 'word', word: words[0] as string });
      else if (words.length > 1) parts.push({ kind: 'phrase', words, raw: m[1] });
      continue;
    }
    const token = m[2] ?? '';
    const words = wordsOf(token);
    if (words.length === 0) continue;
    if (words.length > 1) parts.push({ kind: 'phrase', words, raw: token });
    else if (token.endsWith('*')) parts.push({ kind: 'prefix', word: words[0] as string });
    else parts.push({ kind: 'word', word: words[0] as string });
  }
  return parts.slice(0, MAX_PARTS);
}

/** The FTS5 MATCH expression for the parts (implicit AND), or undefined when there is nothing to match. */
export function toFts5Match(parts: readonly QueryPart[]): string | undefined {
  if (parts.length === 0) return undefined;
  return parts
    .map((p) =>
      p.kind === 'word' ? `"${p.word}"` : p.kind === 'prefix' ? `"${p.word}" *` : `"${p.words.join(' ')}"`,
    )
    .join(' AND ');
}

/**
 * PostgreSQL tsquery pieces for the parts (ANDed by the caller): `to_tsquery` input for words and prefixes
 * (`word`, `word:*`), and `phraseto_tsquery` input for phrases (their raw text, so `CVE-2024-3400` is parsed
 * the way the document was).
 */
export function toTsQueries(
  parts: readonly QueryPart[],
): Array<{ readonly fn: 'to_tsquery' | 'phraseto_tsquery'; readonly input: string }> {
  return parts.map((p) =>
    p.kind === 'phrase'
      ? { fn: 'phraseto_tsquery', input: p.raw }
      : { fn: 'to_tsquery', input: p.kind === 'prefix' ? `${p.word}:*` : p.word },
  );
}

/** The words to highlight in snippets, with whether each is a prefix. */
export function highlightTerms(parts: readonly QueryPart[]): Array<{ word: string; prefix: boolean }> {
  return parts.flatMap((p) =>
    p.kind === 'phrase'
      ? p.words.map((word) => ({ word, prefix: false }))
      : [{ word: p.word, prefix: p.kind === 'prefix' }],
  );
}
