import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences, summarise, withoutSpans } from './summarise.ts';

describe('splitSentences', () => {
  const cases: Array<[string, string[]]> = [
    ['One. Two! Three?', ['One.', 'Two!', 'Three?']],
    ['The U.S. Treasury acted. Then Dr. Smith spoke.', ['The U.S. Treasury acted.', 'Then Dr. Smith spoke.']],
    ['He said "stop." Then left.', ['He said "stop."', 'Then left.']],
    ['Version 2.1 shipped. 40 bugs fixed.', ['Version 2.1 shipped.', '40 bugs fixed.']],
    ['no terminal punctuation', ['no terminal punctuation']],
    ['', []],
  ];
  for (const [input, expected] of cases)
    it(JSON.stringify(input), () => assert.deepEqual(splitSentences(input), expected));
});

describe('summarise', () => {
  it('takes two sentences when they fit', () => {
    assert.equal(summarise('First point here.  Second\npoint. Third.'), 'First point here. Second point.');
  });
  it('keeps one sentence when two would pass the limit', () => {
    const long = `Many ${'word '.repeat(70).trim()}.`;
    assert.equal(summarise(`Short one. ${long}`), 'Short one.');
  });
  it('cuts an over-long first sentence at a word, with an ellipsis', () => {
    const summary = summarise(`${'alpha beta '.repeat(60)}end.`);
    assert.ok(summary.length <= 300, String(summary.length));
    assert.ok(summary.endsWith('…'));
    assert.ok(!summary.includes('  '));
  });
  it('gives an empty summary for empty text', () => assert.equal(summarise('  '), ''));
});

describe('withoutSpans', () => {
  it('removes spans and starts at the offset', () => {
    assert.equal(withoutSpans('Title\n\nSource link. Body text.', [{ start: 7, end: 19 }], 7), 'Body text.');
  });
});
