import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { COMPILED_TRIGGERS, matchTriggers } from './trigger-lexicon.ts';

/** What a full scan of every rule finds: the reference matchTriggers must reproduce. */
function fullScan(text: string) {
  return COMPILED_TRIGGERS.map(({ regex }) =>
    [...text.matchAll(regex)].map((match) => ({ index: match.index, text: match[0] })),
  );
}

const PHRASES = [
  'accused',
  'Accuses',
  'blamed',
  'attributed',
  'attribution',
  'censured',
  'name-checked',
  'pointed the finger',
  'The attacks were linked to Chinese state hackers',
  'breach tied to the APT29 group',
  'is behind the attack',
  'reportedly behind the espionage campaign',
  'hackers behind the breach',
  'claimed responsibility',
  'took credit',
  'taking responsibility',
  'claims to have hacked',
  'claimed the ransomware attack',
  'denied',
  'denying service',
  'rejected the accusations',
  'dismissed such claims',
  'denials',
  'pleaded not guilty',
  'the LockBit gang claimed',
  'claims made by the hackers',
  'arrested',
  'extradition',
  'taken into custody',
  'charged with',
  'criminal charges against',
  'indictment',
  'sentenced to 5 years',
  'pled guilty',
  'convicted',
  'jailed',
  'seized',
  'dismantled',
  'take-down',
  'takedowns',
  'took down its own website',
  'taken down the botnet',
  'sinkholed',
  'shut down',
  'disrupted',
  'sanctions',
  'blacklisted',
  'sancionan',
  'sanciones contra',
  'added three firms to the entity list',
  'joint advisory',
  'weather advisory',
  'advisory firm',
  'threat alert',
  'raised the threat level',
  'emergency directive',
  'security bulletin',
  'alerts about',
  'warned',
  'urged users to patch',
  'sued',
  'suing',
  'class-action lawsuit',
  'suit against',
  'settlements',
  'breach payouts',
  'reprimanded',
  'settled the lawsuit',
  'fined $5 million',
  'penalties',
  'DDoS',
  'DoSed',
  'denial-of-service',
  'cyber-attack',
  'cyberattacks',
  'hacked',
  'intrusion',
  'infiltration',
  'compromised',
  'cyber espionage',
  'exploited',
  'exploit kit',
  'zero-day attacks',
  '0-day attack',
];
const GLUE = [' ', ' ', ' ', '\n', ', ', '. ', '-', '_', 'é', '"', '(', 'the ', 'by ', 'to ', 'a ', 'was '];

test('matchTriggers finds exactly the matches of a full scan of every rule', () => {
  const piece = fc.oneof(fc.constantFrom(...PHRASES), fc.constantFrom(...GLUE), fc.string({ maxLength: 4 }));
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), fc.boolean(), (parts, upper) => {
      const joined = parts.join('');
      const text = upper ? joined.toUpperCase() : joined;
      assert.deepEqual(matchTriggers(text), fullScan(text));
    }),
    { seed: 20261126, numRuns: 3000 },
  );
});

test('matchTriggers agrees with a full scan on news articles (CASIE sources, when present)', (t) => {
  const dir = path.resolve(import.meta.dirname, '../../../../shared/data/casie/dev/source');
  if (!existsSync(dir)) return t.skip('shared data absent');
  for (const file of readdirSync(dir).sort()) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    assert.deepEqual(matchTriggers(text), fullScan(text), file);
  }
});

test('every rule is anchored (tried only at words that can start a match)', () => {
  assert.deepEqual(
    COMPILED_TRIGGERS.filter(({ rule }) => !rule.anchor).map(({ rule }) => rule.name),
    [],
  );
});
