import type { Span } from '../../domain/analysis.ts';

/** A token: a run of letters/digits (`word: true`) or one punctuation character, with its offsets. */
export type Token = Span & {
  readonly text: string;
  /** Lower-cased, diacritic-free, quote-normalised form used for dictionary look-ups. */
  readonly norm: string;
  readonly word: boolean;
  /** True when whitespace separates this token from the previous one. */
  readonly spaceBefore: boolean;
  /** True when a blank line (paragraph break) separates this token from the previous one. */
  readonly breakBefore: boolean;
};

const NON_ASCII = /[^\t\n\r\x20-\x7e]/;
const DIACRITICS = /[\u0300-\u036f]/g;

/** Normalises one token for look-up: lower case, no diacritics, straight quotes and ASCII dashes. */
export function normalizeToken(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .replace(/[\u2018\u2019\u201b\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase();
}

/** Character classes of the tokenizer: whitespace separates, word characters join, anything else stands alone. */
const SPACE = 0;
const WORD = 1;
const OTHER = 2;

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const SPACE_CHAR = /^\s$/u;

/** ASCII classes by code unit. */
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, code) => {
  const char = String.fromCharCode(code);
  return WORD_CHAR.test(char) ? WORD : SPACE_CHAR.test(char) ? SPACE : OTHER;
});

/** Classes of the non-ASCII code points met so far (the same few recur). */
const CLASS_CACHE_LIMIT = 10_000;

function classOf(codePoint: number, cache: Map<number, number>): number {
  let cls = cache.get(codePoint);
  if (cls === undefined) {
    const char = String.fromCodePoint(codePoint);
    cls = WORD_CHAR.test(char) ? WORD : SPACE_CHAR.test(char) ? SPACE : OTHER;
    if (cache.size >= CLASS_CACHE_LIMIT) cache.clear();
    cache.set(codePoint, cls);
  }
  return cls;
}

const classCache = new Map<number, number>();

/**
 * Splits `text` into word and punctuation tokens with UTF-16 offsets; never throws. A word is a maximal run of
 * letters, digits and marks (`[\p{L}\p{N}\p{M}]+`), any other non-space code point is a token of its own: the
 * tokens of `/([\p{L}\p{N}\p{M}]+)|[^\s\p{L}\p{N}\p{M}]/gu`, found by a scanner with an ASCII fast path.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    let width = 1;
    let cls: number;
    if (code < 128) cls = ASCII_CLASS[code]!;
    else {
      const point = text.codePointAt(i)!;
      if (point > 0xffff) width = 2;
      cls = classOf(point, classCache);
    }
    if (cls === SPACE) {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    if (cls === WORD) {
      while (i < n) {
        const next = text.charCodeAt(i);
        if (next < 128) {
          if (ASCII_CLASS[next] !== WORD) break;
          i++;
        } else {
          const point = text.codePointAt(i)!;
          if (classOf(point, classCache) !== WORD) break;
          i += point > 0xffff ? 2 : 1;
        }
      }
    }
    const value = text.slice(start, i);
    const gap = start > previousEnd ? text.slice(previousEnd, start) : '';
    tokens.push({
      start,
      end: i,
      text: value,
      norm: normalizeToken(value),
      word: cls === WORD,
      spaceBefore: gap.length > 0,
      breakBefore: gap.length > 1 && /\n\s*\n/.test(gap),
    });
    previousEnd = i;
  }
  return tokens;
}
