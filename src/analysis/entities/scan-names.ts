import type { Token } from '../text/tokenize.ts';
import { NAME_PARTICLES, NOT_NAME_WORDS, TITLES } from './person-patterns.ts';

/** A run of capitalised name words ("Antony Blinken", "Jean-Claude Juncker"): token range, offsets and words. */
export type NameSequence = {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly words: readonly string[];
};

/** A token trie of title phrases (normalised tokens); `end` marks a complete title. */
export type TitleTrie = { readonly next: Map<string, TitleTrie>; end: boolean };

const MAX_WORDS = 3;
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}]*\p{Ll}/u;

/** Compiles the title list into a token trie. */
export function compileTitles(tokenize: (text: string) => readonly Token[]): TitleTrie {
  const root: TitleTrie = { next: new Map(), end: false };
  for (const title of TITLES) {
    let node = root;
    for (const token of tokenize(title)) {
      let child = node.next.get(token.norm);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(token.norm, child);
      }
      node = child;
    }
    node.end = true;
  }
  return root;
}

/** Indices of tokens that end a title phrase ("Secretary of State" ends at "State"). */
export function findTitleEnds(tokens: readonly Token[], titles: TitleTrie): Set<number> {
  const ends = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    let node = tokens[i]!.word ? titles.next.get(tokens[i]!.norm) : undefined;
    for (let j = i; node; ) {
      if (node.end) ends.add(j);
      j++;
      const next = tokens[j];
      node = next ? node.next.get(next.norm) : undefined;
    }
  }
  return ends;
}

/** Finds maximal runs of one to three name words, skipping words inside `occupied` offsets (mask of the text). */
export function scanNames(tokens: readonly Token[], occupied: Uint8Array): NameSequence[] {
  const sequences: NameSequence[] = [];
  let i = 0;
  while (i < tokens.length) {
    const firstEnd = nameWordEnd(tokens, i, occupied);
    if (firstEnd < 0) {
      i++;
      continue;
    }
    const words = [wordText(tokens, i, firstEnd)];
    let last = firstEnd;
    while (words.length < MAX_WORDS) {
      let k = last + 1;
      if (initialAt(tokens, k)) k += 2;
      if (tokens[k]?.word && NAME_PARTICLES.has(tokens[k]!.text) && tokens[k]!.spaceBefore) k++;
      const next = tokens[k];
      if (!next?.spaceBefore || next.breakBefore) break;
      const end = nameWordEnd(tokens, k, occupied);
      if (end < 0) break;
      words.push(wordText(tokens, k, end));
      last = end;
    }
    sequences.push({ first: i, last, start: tokens[i]!.start, end: tokens[last]!.end, words });
    i = last + 1;
  }
  return sequences;
}

/** End token index of a capitalised name word starting at `k` ("O'Brien", "Jean-Claude"), or -1. */
function nameWordEnd(tokens: readonly Token[], k: number, occupied: Uint8Array): number {
  const token = tokens[k];
  if (
    !token?.word ||
    !CAPITALISED.test(token.text) ||
    NOT_NAME_WORDS.has(token.text) ||
    occupied[token.start]
  )
    return -1;
  let end = k;
  for (;;) {
    const joiner = tokens[end + 1];
    const part = tokens[end + 2];
    if (!joiner || !part || joiner.spaceBefore || part.spaceBefore || !"-'".includes(joiner.norm)) break;
    if (!part.word || !CAPITALISED.test(part.text) || occupied[part.start]) break;
    end += 2;
  }
  return end;
}

function initialAt(tokens: readonly Token[], k: number): boolean {
  const letter = tokens[k];
  const dot = tokens[k + 1];
  return !!letter && !!dot && /^\p{Lu}$/u.test(letter.text) && dot.text === '.' && !dot.spaceBefore;
}

function wordText(tokens: readonly Token[], from: number, to: number): string {
  let text = '';
  for (let k = from; k <= to; k++) text += tokens[k]!.text;
  return text;
}
