import { normalizeToken } from '../text/tokenize.ts';

const PIECES = /[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;
const ASCII_PIECES = /[a-z0-9]+|[^\sa-z0-9]/g;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Normalised look-up key of an alias: its tokens normalised and joined by single spaces ("U.S." -> "u . s ."). */
export function normalizeAlias(alias: string): string {
  // Same result as the Unicode path for printable ASCII, several times faster (most aliases are ASCII).
  if (PRINTABLE_ASCII.test(alias)) return alias.toLowerCase().match(ASCII_PIECES)?.join(' ') ?? '';
  const pieces = alias.match(PIECES);
  return pieces ? pieces.map(normalizeToken).join(' ') : '';
}

/** The number of letters in `alias`, and whether it has upper- and lower-case letters. */
export function letterProfile(alias: string): { letters: number; upper: boolean; lower: boolean } {
  let letters = 0;
  let upper = false;
  let lower = false;
  for (let i = 0; i < alias.length; i++) {
    const code = alias.charCodeAt(i);
    // ASCII fast path: the knowledge base checks tens of thousands of aliases at load time.
    if (code < 128) {
      if (code >= 65 && code <= 90) {
        upper = true;
        letters++;
      } else if (code >= 97 && code <= 122) {
        lower = true;
        letters++;
      }
      continue;
    }
    const char = alias[i]!;
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
