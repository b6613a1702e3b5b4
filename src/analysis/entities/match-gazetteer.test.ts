import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../analyze.ts';
import { buildKnowledgeBase } from '../kb/build-knowledge-base.ts';
import type { KbEntry } from '../kb/kb-types.ts';
import { builtinEntries } from '../kb/load-builtin-kb.ts';
import { compileKb } from './compile-kb.ts';

const imported: KbEntry[] = [
  { id: 'actor:will', kind: 'threat-actor', name: 'Will', aliases: ['Will'], source: 'misp' },
  {
    id: 'actor:apt28',
    kind: 'threat-actor',
    name: 'APT28',
    aliases: ['APT28', 'Fancy Bear', 'SUMMIT'],
    source: 'misp',
  },
  { id: 'malware:hydra', kind: 'malware', name: 'Hydra', aliases: ['Hydra'], source: 'misp' },
  { id: 'malware:aware', kind: 'malware', name: 'aware', aliases: ['aware'], source: 'misp' },
  { id: 'malware:zarlock', kind: 'malware', name: 'Zarlock', aliases: ['Zarlock'], source: 'misp' },
  { id: 'malware:defender', kind: 'malware', name: 'Defender', aliases: ['Defender'], source: 'misp' },
  { id: 'malware:svcmon', kind: 'malware', name: 'svcmon', aliases: ['svcmon'], source: 'misp' },
];
const kb = compileKb(buildKnowledgeBase([...builtinEntries(), ...imported], ['New Jersey']));

const mentions = (text: string, ignore: string[] = []) =>
  analyzeText({ title: null, text }, kb, { ignore }).entities.flatMap((entity) =>
    entity.mentions.map((mention) => `${entity.id}=${mention.text}`),
  );

test('all-caps acronyms match case-sensitively: "us" in prose is not the United States', () => {
  assert.deepEqual(mentions('Let us see what the US and the EU do.'), ['country:US=US', 'org:eu=EU']);
  assert.deepEqual(mentions('Tell us, eu.'), []);
  assert.deepEqual(mentions('The NSA and the nsa.'), ['org:nsa=NSA']);
});

test('common-word aliases need context: "will" is not a threat actor', () => {
  assert.deepEqual(mentions('We will see. Will it rain?'), []);
  assert.deepEqual(mentions('Hydra was mentioned.'), []);
  assert.deepEqual(mentions('The Hydra banking trojan spread.'), ['malware:hydra=Hydra']);
  assert.deepEqual(mentions('Be aware of ransomware.'), []);
});

test('names need capitals; word boundaries hold; longest match wins', () => {
  assert.deepEqual(mentions('china plates, Chinaware and Indochina.'), []);
  assert.deepEqual(mentions('Fancy Bear, the SUMMIT group, not the summit.'), [
    'actor:apt28=Fancy Bear',
    'actor:apt28=SUMMIT',
  ]);
  assert.deepEqual(mentions('Fancy Bear at the G7 SUMMIT.'), ['actor:apt28=Fancy Bear', 'org:g7=G7']);
  assert.deepEqual(mentions('A Microsoft Exchange Server flaw.'), [
    'product:microsoft-exchange-server=Microsoft Exchange Server',
    'org:microsoft=Microsoft',
  ]);
  assert.deepEqual(mentions('The North Korean and South Korean teams.'), [
    'country:KP=North Korean',
    'country:KR=South Korean',
  ]);
});

test('blockers and the ignore list suppress matches', () => {
  assert.deepEqual(mentions('New Jersey and Jersey.'), ['country:JE=Jersey']);
  assert.deepEqual(mentions('APT28 hit China.', ['APT28']), ['country:CN=China']);
  assert.deepEqual(mentions('APT28 hit China.', ['country:CN']), ['actor:apt28=APT28']);
});

test('aliases resolve to one id and seats of government are actors', () => {
  const text = 'Beijing denied it. The PRC, the Kremlin and Pyongyang were named, as was the DPRK.';
  assert.deepEqual(mentions(text), [
    'country:CN=Beijing',
    'country:CN=PRC',
    'country:RU=Kremlin',
    'country:KP=Pyongyang',
    'country:KP=DPRK',
  ]);
});

test('a contextual name confirmed by a cue once in the text needs no cue at its other mentions', () => {
  assert.deepEqual(mentions('Zarlock steals card numbers.'), []);
  assert.deepEqual(
    mentions('The Zarlock banking trojan spread in March. Later, Zarlock began to steal card numbers.'),
    ['malware:zarlock=Zarlock', 'malware:zarlock=Zarlock'],
  );
  // Common words and lower-case names still need a cue at every use.
  assert.deepEqual(mentions('The Defender trojan spread. Later, Defender was updated by the admin.'), [
    'malware:defender=Defender',
  ]);
  assert.deepEqual(mentions('A svcmon trojan ran. Later, svcmon was restarted by the admin.'), [
    'malware:svcmon=svcmon',
  ]);
});

test('Turkey, the name news still uses, is the country Türkiye', () => {
  assert.deepEqual(mentions('Hackers struck servers in Turkey and Türkiye.'), [
    'country:TR=Turkey',
    'country:TR=Türkiye',
  ]);
});

test('app stores and Microsoft Defender are products, with their vendor nested inside', () => {
  assert.deepEqual(
    mentions('The fake app reached Google Play and the App Store, then disabled Windows Defender.'),
    [
      'product:google-play=Google Play',
      'org:google=Google',
      'product:app-store=App Store',
      'product:microsoft-defender=Windows Defender',
    ],
  );
});
