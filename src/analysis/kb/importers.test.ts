import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildKnowledgeBase } from './build-knowledge-base.ts';
import { importAttack } from './import-attack.ts';
import { importMispGalaxy } from './import-misp-galaxy.ts';
import { builtinEntries } from './load-builtin-kb.ts';
import { normalizeAlias } from './normalize-alias.ts';

const misp = [
  {
    fileName: 'microsoft-activity-group.json',
    json: {
      type: 'microsoft-activity-group',
      values: [{ value: 'Silk Typhoon', meta: { country: 'CN', synonyms: ['HAFNIUM', 'timmy'] } }],
    },
  },
  {
    fileName: 'threat-actor.json',
    json: {
      type: 'threat-actor',
      values: [
        {
          value: 'HAFNIUM',
          meta: {
            country: 'CN',
            synonyms: ['G0125'],
            'name-attribution': ['Silk Typhoon:d0c33595-b684', 'MURKY PANDA:f9eb'],
          },
        },
        { value: 'APT28', meta: { country: 'RU', synonyms: ['Fancy Bear', 'Group', 'China'] } },
      ],
    },
  },
  {
    fileName: 'ransomware.json',
    json: { type: 'ransomware', values: [{ value: 'Play', meta: { synonyms: ['PlayCrypt'] } }] },
  },
  { fileName: 'region.json', json: { type: 'region', values: [{ value: 'Europe' }] } },
];

const attack = {
  type: 'bundle',
  objects: [
    {
      type: 'intrusion-set',
      name: 'HAFNIUM',
      aliases: ['HAFNIUM', 'Operation Exchange Marauder'],
      external_references: [{ source_name: 'mitre-attack', external_id: 'G0125' }],
    },
    {
      type: 'malware',
      name: 'PlugX',
      x_mitre_aliases: ['PlugX', 'Korplug'],
      external_references: [{ source_name: 'mitre-attack', external_id: 'S0013' }],
    },
    { type: 'tool', name: 'Old', revoked: true },
    {
      type: 'attack-pattern',
      name: 'Phishing',
      external_references: [{ source_name: 'mitre-attack', external_id: 'T1566' }],
    },
    {
      type: 'attack-pattern',
      name: 'Spearphishing Attachment',
      external_references: [{ source_name: 'mitre-attack', external_id: 'T1566.001' }],
    },
  ],
};

test('importMispGalaxy reads actors with synonyms, name-attribution aliases and countries, in canonical order', () => {
  const entries = importMispGalaxy(misp);
  assert.deepEqual(
    entries.map((entry) => entry.id),
    ['actor:hafnium', 'actor:apt28', 'actor:silk-typhoon', 'malware:play'],
  );
  const hafnium = entries[0]!;
  assert.deepEqual(hafnium.aliases, ['HAFNIUM', 'G0125', 'Silk Typhoon', 'MURKY PANDA']);
  assert.equal(hafnium.country, 'country:CN');
  assert.equal(entries[3]!.type, 'ransomware');
});

test('importAttack maps intrusion sets, software and techniques, skipping revoked objects', () => {
  const entries = importAttack(attack);
  assert.deepEqual(
    entries.map((entry) => entry.id),
    ['technique:T1566', 'technique:T1566.001', 'actor:hafnium', 'malware:plugx'],
  );
  assert.equal(entries[1]!.name, 'Phishing: Spearphishing Attachment');
  assert.ok(entries[1]!.aliases.includes('Spearphishing Attachment'));
});

test('buildKnowledgeBase merges vendor names into one actor and protects built-in names', () => {
  const kb = buildKnowledgeBase([...builtinEntries(), ...importMispGalaxy(misp), ...importAttack(attack)]);
  const owner = (alias: string) => kb.aliasIndex.get(normalizeAlias(alias))?.[0];
  assert.equal(owner('Silk Typhoon'), 'actor:hafnium');
  assert.equal(owner('Operation Exchange Marauder'), 'actor:hafnium');
  assert.equal(kb.byId.has('actor:silk-typhoon'), false);
  assert.equal(owner('China'), 'country:CN');
  assert.equal(owner('Group'), undefined);
  assert.ok(kb.contextual.has(normalizeAlias('Play')));
  assert.ok(kb.contextual.has(normalizeAlias('timmy')));
  assert.equal(owner('Korplug'), 'malware:plugx');
  assert.deepEqual(kb.byId.get('org:five-eyes')?.members, [
    'country:US',
    'country:GB',
    'country:CA',
    'country:AU',
    'country:NZ',
  ]);
});
