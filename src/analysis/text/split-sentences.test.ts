import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { sentenceIndexAt, splitSentences, TERMINATOR } from './split-sentences.ts';

const texts = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end));

test('splitSentences keeps abbreviations and initials inside sentences', () => {
  assert.deepEqual(texts('Mr. Smith met U.S. officials at Acme Inc. on Monday. J. Doe said no.'), [
    'Mr. Smith met U.S. officials at Acme Inc. on Monday.',
    'J. Doe said no.',
  ]);
});

test('splitSentences breaks after a sentence-final abbreviation followed by an opener', () => {
  assert.deepEqual(texts('They attacked the U.S. The response was swift.'), [
    'They attacked the U.S.',
    'The response was swift.',
  ]);
});

test('splitSentences handles quotes and lower-case continuations', () => {
  const text = '“We reserve the option,” she said. “Is it over?” he asked. Yes.';
  assert.deepEqual(texts(text), ['“We reserve the option,” she said.', '“Is it over?” he asked.', 'Yes.']);
});

test('splitSentences ends sentences at line breaks and trims spans', () => {
  const text = 'Headline without period\n\n  Body one. Body two.\nSource link';
  assert.deepEqual(texts(text), ['Headline without period', 'Body one.', 'Body two.', 'Source link']);
  const spans = splitSentences(text);
  assert.equal(sentenceIndexAt(spans, text.indexOf('two')), 2);
  assert.equal(sentenceIndexAt(spans, 0), 0);
});

test('splitSentences is linear on long runs of marks not followed by a space (hung on quadratic backtracking)', () => {
  // 200,000 periods took minutes when the terminator regex retried every position inside the run.
  const run = 200_000;
  const text = `Intro. ${'.'.repeat(run)}x. Next ${'!?'.repeat(run / 2)}") End.`;
  const ends = splitSentences(text).map((span) => [span.start, span.end]);
  assert.deepEqual(ends, [
    [0, run + 9],
    [run + 10, 2 * run + 17],
    [2 * run + 18, 2 * run + 22],
  ]);
});

test('the terminator regex finds the same matches as the form without the run-start lookbehind', () => {
  const reference = /[.!?…]+["'\u201d\u2019)\]]*(?=\s|$)|\n/g;
  const chars = fc.constantFrom('.', '!', '?', '…', '"', "'", '\u201d', ')', ']', ' ', '\n', 'a', 'B', '1');
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const spans = (regex: RegExp) => [...text.matchAll(regex)].map((m) => [m.index, m[0]]);
      assert.deepEqual(spans(TERMINATOR), spans(reference));
    }),
    { seed: 20261126, numRuns: 2000 },
  );
});
