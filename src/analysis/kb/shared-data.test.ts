import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyzeText, compileKb } from '../analyze.ts';
import { importAttack } from './import-attack.ts';
import { importMispGalaxy } from './import-misp-galaxy.ts';
import { loadBuiltinKb } from './load-builtin-kb.ts';

/** The shared data folder beside the repository (`../shared/data`). */
const DATA = path.resolve(import.meta.dirname, '../../..', '../shared/data');
const MISP = path.join(DATA, 'misp-galaxy/clusters');
const ATTACK = path.join(DATA, 'mitre-attack-enterprise/enterprise-attack.json');
const skip = existsSync(MISP) && existsSync(ATTACK) ? false : `shared data not found at ${DATA}; skipping`;

test('MISP galaxy + ATT&CK import: merged actors resolve to one id (speed: npm run bench -- analyze)', {
  skip,
}, () => {
  const clusters = readdirSync(MISP).map((fileName) => ({
    fileName,
    json: JSON.parse(readFileSync(path.join(MISP, fileName), 'utf8')) as unknown,
  }));
  const attack = JSON.parse(readFileSync(ATTACK, 'utf8')) as unknown;
  const kb = compileKb(loadBuiltinKb([...importMispGalaxy(clusters), ...importAttack(attack)]));

  const resolve = (text: string) =>
    analyzeText({ title: null, text }, kb).entities.map((entity) => entity.id);
  assert.deepEqual(resolve('HAFNIUM, also called Silk Typhoon, exploited Exchange Server.'), [
    'actor:hafnium',
    'product:microsoft-exchange-server',
  ]);
  assert.deepEqual(resolve('Fancy Bear (APT28, Forest Blizzard) used T1566.001.'), [
    'actor:apt28',
    'technique:T1566.001',
  ]);
  assert.equal(kb.kb.byId.get('actor:lazarus-group')?.country, 'country:KP');
});
