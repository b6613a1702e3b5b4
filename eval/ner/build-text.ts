import type { GoldDocument } from './corpus-types.ts';

/** A token's place in the rebuilt text: sentence index within the document, token index, offsets. */
export type PlacedToken = {
  readonly sentence: number;
  readonly index: number;
  readonly start: number;
  readonly end: number;
};

/** Rebuilt document text and its tokens in text order (empty tokens included, with empty ranges). */
export type RebuiltText = { readonly text: string; readonly tokens: readonly PlacedToken[] };

/** Rebuilds text from tokens: tokens joined by one space, sentences by a line break; offsets kept per token. */
export function buildText(document: GoldDocument): RebuiltText {
  const parts: string[] = [];
  const tokens: PlacedToken[] = [];
  let offset = 0;
  document.sentences.forEach((sentence, s) => {
    if (s > 0) {
      parts.push('\n');
      offset += 1;
    }
    sentence.tokens.forEach((token, index) => {
      if (index > 0) {
        parts.push(' ');
        offset += 1;
      }
      tokens.push({ sentence: s, index, start: offset, end: offset + token.length });
      parts.push(token);
      offset += token.length;
    });
  });
  return { text: parts.join(''), tokens };
}

/**
 * Maps a character span to the sentence and inclusive token range it covers (tokens overlapping it), or
 * undefined when it covers no token or crosses a sentence boundary.
 */
export function toTokenSpan(
  rebuilt: RebuiltText,
  start: number,
  end: number,
): { sentence: number; first: number; last: number } | undefined {
  const { tokens } = rebuilt;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  let k = low;
  while (k < tokens.length && tokens[k]!.start === tokens[k]!.end) k++;
  const first = tokens[k];
  if (!first || first.start >= end) return undefined;
  let last = first;
  for (let j = k + 1; j < tokens.length && tokens[j]!.start < end; j++) {
    if (tokens[j]!.start !== tokens[j]!.end) last = tokens[j]!;
  }
  if (last.sentence !== first.sentence) return undefined;
  return { sentence: first.sentence, first: first.index, last: last.index };
}
