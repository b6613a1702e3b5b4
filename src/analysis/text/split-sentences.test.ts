import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceIndexAt, splitSentences } from './split-sentences.ts';

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
