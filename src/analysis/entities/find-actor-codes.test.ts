import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../analyze.ts';
import { loadBuiltinKb } from '../kb/load-builtin-kb.ts';
import { compileKb } from './compile-kb.ts';
import { findActorCodes } from './find-actor-codes.ts';

const kb = compileKb(loadBuiltinKb());
const actors = (text: string) =>
  analyzeText({ title: null, text }, kb)
    .entities.filter((e) => e.kind === 'threat-actor')
    .map((e) => `${e.id}=${e.mentions.map((m) => m.text).join('/')}`);

test('a vendor tracking designation is a threat actor of its own', () => {
  assert.deepEqual(actors('Google tied the thefts to UNC6395, and Microsoft tracks Storm-0501 and TA577.'), [
    'actor:unc6395=UNC6395',
    'actor:storm-0501=Storm-0501',
    'actor:ta577=TA577',
  ]);
});

test('a designation that is the alias of a known actor keeps that actor', () => {
  assert.deepEqual(actors('UNC3944 phoned the help desk.'), ['actor:scattered-spider=UNC3944']);
});

test('only designations as published: not lower case, not inside a longer token', () => {
  assert.deepEqual(findActorCodes('unc1234, xUNC1234, UNC1234-b and storm-0501', []), []);
  assert.deepEqual(
    findActorCodes('UNC1234 and Storm-0501', [{ start: 0, end: 7 }]).map((c) => c.name),
    ['Storm-0501'],
  );
});
