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

const TOKEN_RE = /([\p{L}\p{N}\p{M}]+)|[^\s\p{L}\p{N}\p{M}]/gu;
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

/** Splits `text` into word and punctuation tokens with UTF-16 offsets; never throws. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN_RE)) {
    const start = match.index;
    const value = match[0];
    const gap = start > previousEnd ? text.slice(previousEnd, start) : '';
    const word = match[1] !== undefined;
    tokens.push({
      start,
      end: start + value.length,
      text: value,
      norm: normalizeToken(value),
      word,
      spaceBefore: gap.length > 0,
      breakBefore: gap.length > 1 && /\n\s*\n/.test(gap),
    });
    previousEnd = start + value.length;
  }
  return tokens;
}
