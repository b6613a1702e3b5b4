import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText, compileKb } from '../analyze.ts';
import type { KbEntry } from './kb-types.ts';
import { loadBuiltinKb } from './load-builtin-kb.ts';

const imported: KbEntry[] = [
  { id: 'actor:apt28', kind: 'threat-actor', name: 'APT28', aliases: ['APT28', 'Sofacy'], source: 'misp' },
  { id: 'malware:komplex', kind: 'malware', name: 'Komplex', aliases: ['Komplex', 'Sofacy'], source: 'misp' },
];
const kb = compileKb(loadBuiltinKb(imported));
const found = (text: string) =>
  analyzeText({ title: null, text }, kb).entities.map((e) => [e.id, e.mentions.map((m) => m.rule)]);

test('the corpus lexicon prefers the annotated kind for an ambiguous alias and needs no cue for it', () => {
  assert.deepEqual(found('Researchers linked Sofacy to the intrusion.'), [
    ['actor:apt28', ['gazetteer:threat-actor']],
  ]);
});

test('lexicon names unknown elsewhere are entities; common words need capitals or a cue', () => {
  assert.deepEqual(found('PLATINUM targeted diplomats.'), [['actor:platinum', ['lexicon:threat-actor']]]);
  assert.deepEqual(found('The platinum price rose. Platinum is a metal.'), []);
});

test('historical states and territories resolve to country ids', () => {
  const ids = analyzeText(
    {
      title: null,
      text: 'Built to counter the Soviet Union, it now watches Gaza and the U.S.S.R. archives.',
    },
    kb,
  ).entities.map((e) => e.id);
  assert.deepEqual(ids, ['country:SU', 'country:PS']);
});
