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

test('MISP galaxy + ATT&CK import: merged actors, fast compile and matching throughput', { skip }, () => {
  const clusters = readdirSync(MISP).map((fileName) => ({
    fileName,
    json: JSON.parse(readFileSync(path.join(MISP, fileName), 'utf8')) as unknown,
  }));
  const attack = JSON.parse(readFileSync(ATTACK, 'utf8')) as unknown;
  // CPU time, not wall time: the tests share two cores with other work, and wall time measures the neighbours.
  const cpuMs = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  const started = cpuMs();
  const kb = compileKb(loadBuiltinKb([...importMispGalaxy(clusters), ...importAttack(attack)]));
  const buildMs = cpuMs() - started;

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

  const article =
    `${'The Lazarus Group used PlugX against banks in South Korea, CISA said on Monday. '.repeat(40)}`.slice(
      0,
      4096,
    );
  const count = 300;
  const begin = cpuMs();
  for (let i = 0; i < count; i++) analyzeText({ title: null, text: `${i} ${article}` }, kb);
  const perSecond = count / ((cpuMs() - begin) / 1000);
  process.stdout.write(
    `# kb import+build+compile ${buildMs.toFixed(0)} CPU ms, ${kb.kb.aliasIndex.size} aliases, ${perSecond.toFixed(0)} articles per CPU second\n`,
  );
  assert.ok(buildMs < 5000, `build+compile took ${buildMs.toFixed(0)} ms`);
  assert.ok(perSecond > 100, `only ${perSecond.toFixed(0)} articles/s`);
});
