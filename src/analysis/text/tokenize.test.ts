import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { normalizeToken, type Token, tokenize } from './tokenize.ts';

/** The tokenizer as it was written with one regex: the scanner must give exactly these tokens. */
function referenceTokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(/([\p{L}\p{N}\p{M}]+)|[^\s\p{L}\p{N}\p{M}]/gu)) {
    const start = match.index;
    const value = match[0];
    const gap = start > previousEnd ? text.slice(previousEnd, start) : '';
    tokens.push({
      start,
      end: start + value.length,
      text: value,
      norm: normalizeToken(value),
      word: match[1] !== undefined,
      spaceBefore: gap.length > 0,
      breakBefore: gap.length > 1 && /\n\s*\n/.test(gap),
    });
    previousEnd = start + value.length;
  }
  return tokens;
}

test('tokenize splits words, punctuation and spacing', () => {
  const tokens = tokenize('U.S. agencies\u2019 “Volt Typhoon”\n\nCVE-2024-1 café');
  assert.deepEqual(
    tokens.map((t) => t.text),
    [
      'U',
      '.',
      'S',
      '.',
      'agencies',
      '\u2019',
      '“',
      'Volt',
      'Typhoon',
      '”',
      'CVE',
      '-',
      '2024',
      '-',
      '1',
      'café',
    ],
  );
  const cve = tokens.find((t) => t.text === 'CVE');
  assert.equal(cve?.breakBefore, true);
  assert.equal(tokens.at(-1)?.norm, 'cafe');
});

test('tokenize gives the tokens of the one-regex tokenizer on any text', () => {
  const special = fc.constantFrom(
    ' ',
    '\n',
    '\t',
    '\u00a0',
    '\u2028',
    '\ufeff',
    '\u0301',
    'é',
    '\ud83d\ude00',
    '\ud835\udc00',
    '\ud800',
    '\udc00',
    '漢',
    '٣',
    '.',
    '-',
    '_',
    '’',
    'A',
    'z',
    '7',
  );
  const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), special);
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      assert.deepEqual(tokenize(text), referenceTokenize(text));
    }),
    { seed: 20261126, numRuns: 3000 },
  );
});
