import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  bandHashes,
  estimateJaccard,
  jaccardFromBands,
  minhashSignature,
  shingleHashes,
  textBands,
} from './minhash.ts';

const BASE =
  'The BlackSuit ransomware gang lost servers, domains and about one million dollars in cryptocurrency after an ' +
  'international law enforcement operation led by the US Department of Justice and Homeland Security Investigations.';

describe('minhash', () => {
  it('gives identical texts identical bands and unrelated texts almost none', () => {
    assert.deepEqual(textBands(BASE), textBands(BASE));
    const other = textBands(
      'Qantas cut executive bonuses after a data breach exposed millions of customer records last July.',
    );
    const shared = [...textBands(BASE)].filter((b, i) => other[i] === b).length;
    assert.ok(shared <= 1);
  });
  it('estimates Jaccard of a lightly edited copy close to the true shingle overlap', () => {
    const edited = BASE.replace('about one million', 'roughly one million');
    const a = shingleHashes(BASE);
    const b = shingleHashes(edited);
    const setB = new Set(b);
    const inter = [...new Set(a)].filter((x) => setB.has(x)).length;
    const truth = inter / new Set([...a, ...b]).size;
    const est = estimateJaccard(minhashSignature(a), minhashSignature(b));
    assert.ok(Math.abs(est - truth) < 0.15, `estimate ${est} vs ${truth}`);
    const shared = [...bandHashes(minhashSignature(a))].filter(
      (x, i) => bandHashes(minhashSignature(b))[i] === x,
    ).length;
    assert.ok(shared >= 3, `shared bands ${shared}`);
  });
  it('agrees on a share of positions close to the Jaccard similarity, on average', () => {
    // Sets of 60 and 300 shingles (sparse and dense bins) sharing 60%: J = 0.6 / 1.4 = 3/7.
    for (const size of [60, 300]) {
      let sum = 0;
      const trials = 40;
      for (let t = 0; t < trials; t++) {
        const shared = Array.from({ length: size * 0.6 }, (_, i) => (t * 100_003 + i) * 2654435761);
        const a = Uint32Array.from([
          ...shared,
          ...Array.from({ length: size * 0.4 }, (_, i) => i + t * 7919 + 1e6),
        ]);
        const b = Uint32Array.from([
          ...shared,
          ...Array.from({ length: size * 0.4 }, (_, i) => i + t * 7919 + 2e6),
        ]);
        sum += estimateJaccard(minhashSignature(a), minhashSignature(b));
      }
      assert.ok(Math.abs(sum / trials - 3 / 7) < 0.05, `size ${size}: mean estimate ${sum / trials}`);
    }
  });
  it('maps shared bands back to a Jaccard estimate and handles empty text', () => {
    assert.equal(jaccardFromBands(32), 1);
    assert.equal(jaccardFromBands(0), 0);
    assert.equal(textBands('').length, 0);
    assert.equal(shingleHashes('two words').length, 1);
  });
});

describe('tokenHashes', () => {
  it('equals hashing the word tokens, on ASCII and non-ASCII text', async () => {
    const { tokenHashes } = await import('./minhash.ts');
    const { fnv1a32 } = await import('./hash32.ts');
    const { wordTokens } = await import('./word-tokens.ts');
    for (const text of [
      'M&S restores Click-and-collect; $34M, CVE-2026-1',
      'Straße ﬁne — JLR’s UK',
      '',
      '!!',
    ]) {
      assert.deepEqual(
        [...tokenHashes(text)],
        wordTokens(text).map((t) => fnv1a32(t)),
      );
    }
  });
});

describe('bandsOfParts', () => {
  it('equals the bands of the parts joined by a line break, on ASCII, non-ASCII and long text', async () => {
    const { bandsOfParts } = await import('./minhash.ts');
    const long = Array.from({ length: 6000 }, (_, i) => `w${i % 997}`).join(' ');
    for (const parts of [
      ['Title here', BASE],
      ['Zürich firm hit', BASE],
      ['', ''],
      ['one', 'two'],
      ['Headline', long],
      [long, long],
    ]) {
      assert.deepEqual([...bandsOfParts(parts)], [...textBands(parts.join('\n'))]);
    }
  });
});
