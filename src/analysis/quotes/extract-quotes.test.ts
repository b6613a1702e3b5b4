import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalysisEntity, EntityKind } from '../../domain/analysis.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { extractQuotes } from './index.ts';

/** Builds entities from (id, kind, surface) triples by finding every occurrence of the surface in the text. */
function entities(text: string, specs: readonly (readonly [string, EntityKind, string])[]): AnalysisEntity[] {
  return specs.map(([id, kind, surface]) => ({
    id,
    kind,
    name: surface,
    mentions: [...text.matchAll(new RegExp(surface, 'g'))].map((m) => ({
      start: m.index,
      end: m.index + surface.length,
      text: surface,
      sentence: 0,
      rule: 'test',
    })),
  }));
}

function quotesOf(text: string, specs: readonly (readonly [string, EntityKind, string])[]) {
  return extractQuotes({
    text,
    sentences: splitSentences(text),
    entities: entities(text, specs),
    boilerplate: [],
  });
}

test('split straight quotes share the speaker named between them', () => {
  const text = '"We have contained the incident," Jane Doe said, "and no customer data was taken."';
  const quotes = quotesOf(text, [['person:jane-doe', 'person', 'Jane Doe']]);
  assert.equal(quotes.length, 2);
  assert.deepEqual(
    quotes.map((q) => q.speaker),
    ['person:jane-doe', 'person:jane-doe'],
  );
  assert.equal(quotes[0]!.text, 'We have contained the incident');
});

test('a pronoun resolves to the nearest preceding person', () => {
  const text =
    'Agency chief Ann Lee spoke on Monday. \u201cThis attack was sophisticated and well funded,\u201d she said.';
  const [quote] = quotesOf(text, [['person:ann-lee', 'person', 'Ann Lee']]);
  assert.equal(quote?.speaker, 'person:ann-lee');
  assert.equal(quote?.speaker_text, 'she');
});

test('a speaker named before the quote with "said:" and after with "said NAME"', () => {
  const text =
    'Acme said: \u201cWe are investigating the breach with the police.\u201d \u201cNo passwords were exposed at all,\u201d said Bob Stone.';
  const quotes = quotesOf(text, [
    ['org:acme', 'organization', 'Acme'],
    ['person:bob-stone', 'person', 'Bob Stone'],
  ]);
  assert.deepEqual(
    quotes.map((q) => q.speaker),
    ['org:acme', 'person:bob-stone'],
  );
});

test('short scare quotes are not quotations', () => {
  const text = 'Members of the \u201cFive Eyes\u201d alliance met.';
  assert.deepEqual(quotesOf(text, []), []);
});
