import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../analyze.ts';
import { loadBuiltinKb } from '../kb/load-builtin-kb.ts';
import { compileKb } from './compile-kb.ts';

const kb = compileKb(loadBuiltinKb());
const people = (text: string) =>
  analyzeText({ title: null, text }, kb)
    .entities.filter((entity) => entity.kind === 'person')
    .flatMap((entity) => entity.mentions.map((mention) => `${entity.id}=${mention.text}:${mention.rule}`));

test('people after titles, next to verbs of saying and before appositives, with surname coreference', () => {
  const text =
    'US Secretary of State Antony Blinken spoke first. Blinken said more. ' +
    'Jen Psaki said nothing. Later, said Maria Gonzalez, it ended. ' +
    'Rob Joyce, the NSA cybersecurity director, agreed. President Biden left.';
  assert.deepEqual(people(text), [
    'person:antony-blinken=Antony Blinken:person:title',
    'person:antony-blinken=Blinken:coref:surname',
    'person:jen-psaki=Jen Psaki:person:speech-verb',
    'person:maria-gonzalez=Maria Gonzalez:person:speech-verb',
    'person:rob-joyce=Rob Joyce:person:appositive',
    'person:biden=Biden:person:title',
  ]);
});

test('organisations and common-word pairs are not people', () => {
  assert.deepEqual(
    people('The Justice Department said so. Digital Shadows said too. Microsoft Exchange said no.'),
    [],
  );
});

test('a title with a surname joins the full name found elsewhere', () => {
  assert.deepEqual(people('President Joe Biden spoke. Later President Biden left.'), [
    'person:joe-biden=Joe Biden:person:title',
    'person:joe-biden=Biden:person:title',
  ]);
});
