import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ContentWords, orderKey, stem } from './content-words.ts';
import { fnv1a32 } from './hash32.ts';
import { GENERIC_TERMS, HEADLINE_GENERIC, STOPWORDS, wordTokens } from './word-tokens.ts';

/** The definition, written plainly: stems of content tokens minus names, sorted, distinct. */
function reference(texts: readonly string[], nameWords: readonly number[], generic: ReadonlySet<string>) {
  const out = new Set<string>();
  for (const text of texts)
    for (const t of wordTokens(text)) {
      if (t.length <= 1 || STOPWORDS.has(t) || /^[0-9]+$/.test(t) || generic.has(t)) continue;
      if (nameWords.includes(fnv1a32(t) | 0)) continue;
      out.add(stem(t));
    }
  return [...out].sort();
}

const TEXTS = [
  'Hackers seized servers; police seize domains and the seizing continues. Ransomware data 2026 x 500',
  'Zürich’s Straße: Ärzte warn of ﬁne-grained attacks on Größe — crème brûlée vendors',
  'aaaaaaaaaaaab aaaaaaaaaaaaa aaaaaaaaaa aaaaaaaaaab zzzzzzzzzzzzzzzz 0abc 9abc abc9 abc0',
  '',
];

describe('ContentWords', () => {
  it('equals the plain definition on ASCII, non-ASCII and long words, names left out', () => {
    const names = [fnv1a32('police') | 0];
    for (const text of TEXTS) {
      const words = new ContentWords(names);
      words.addBody(text);
      assert.deepEqual(words.terms(), reference([text], names, GENERIC_TERMS), text);
    }
  });
  it('gives the headline its own words and repeats nothing across headline and body', () => {
    const words = new ContentWords([]);
    words.addHeadline('Ransomware gang leaks seized data');
    words.addBody('The gang leaks data; the gang leaked more data.');
    assert.deepEqual(
      words.headline(),
      reference(['Ransomware gang leaks seized data'], [], HEADLINE_GENERIC),
    );
    assert.deepEqual(
      words.terms(),
      reference(
        ['Ransomware gang leaks seized data', 'The gang leaks data; the gang leaked more data.'],
        [],
        GENERIC_TERMS,
      ),
    );
  });
  it('keeps each collector apart: a word taken by one is taken again by the next', () => {
    const first = new ContentWords([]);
    first.addBody('quantum vendor');
    const second = new ContentWords([]);
    second.addBody('vendor quantum');
    assert.deepEqual(first.terms(), ['quantum', 'vendor']);
    assert.deepEqual(second.terms(), ['quantum', 'vendor']);
  });
});

describe('orderKey', () => {
  it('orders words of digits and lower-case letters as their strings do', () => {
    const words = [
      'a',
      'aa',
      'ab',
      'a0',
      'a9',
      '0',
      '9z',
      'z',
      'zzzzzzzzzz',
      'zzzzzzzzz',
      'abcdefghij',
      'abcdefghia',
    ];
    for (const a of words)
      for (const b of words) if (a !== b) assert.equal(orderKey(a) < orderKey(b), a < b, `${a} / ${b}`);
  });
  it('has no key for other characters and ties on words equal in their first ten characters', () => {
    assert.equal(orderKey('straße'), -1);
    assert.equal(orderKey('Upper'), -1);
    assert.equal(orderKey('abcdefghijk'), orderKey('abcdefghijz'));
  });
});
