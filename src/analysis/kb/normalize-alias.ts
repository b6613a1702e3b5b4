import { normalizeToken } from '../text/tokenize.ts';

const PIECES = /[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;

/** Normalised look-up key of an alias: its tokens normalised and joined by single spaces ("U.S." -> "u . s ."). */
export function normalizeAlias(alias: string): string {
  const pieces = alias.match(PIECES);
  return pieces ? pieces.map(normalizeToken).join(' ') : '';
}

/** The number of letters in `alias`, and whether it has upper- and lower-case letters. */
export function letterProfile(alias: string): { letters: number; upper: boolean; lower: boolean } {
  let letters = 0;
  let upper = false;
  let lower = false;
  for (const char of alias) {
    if (char.toLowerCase() !== char) {
      upper = true;
      letters++;
    } else if (char.toUpperCase() !== char) {
      lower = true;
      letters++;
    }
  }
  return { letters, upper, lower };
}
