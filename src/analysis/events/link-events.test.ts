import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText, compileKb, loadBuiltinKb } from '../analyze.ts';

const kb = compileKb(loadBuiltinKb());
const analyse = (text: string) => analyzeText({ title: null, text }, kb).events;

test('a denial by the accused links to the accusation it answers', () => {
  const events = analyse(
    'The United States accused China of hacking Microsoft Exchange servers. ' +
      'Separately, Britain accused Russia of attacking its elections. ' +
      'Beijing denied the accusations on Tuesday.',
  );
  const denial = events.find((e) => e.type === 'denial');
  const claimOnChina = events.find(
    (e) =>
      e.type === 'attribution' && e.arguments.some((a) => a.role === 'accused' && a.entity === 'country:CN'),
  );
  assert.ok(denial && claimOnChina, JSON.stringify(events.map((e) => e.type)));
  assert.match(claimOnChina.id ?? '', /^ev\d+$/);
  assert.deepEqual(denial.links, [{ relation: 'denies', event: claimOnChina.id }]);
});

test('a denial by a party nobody blamed links to nothing', () => {
  const events = analyse(
    'The United States accused China of the hack. Microsoft denied any breach of its cloud.',
  );
  const denial = events.find((e) => e.type === 'denial');
  assert.ok(denial);
  assert.equal(denial.links, undefined);
});

test('an alliance among the supporters carries its member states', () => {
  const events = analyse(
    'The United States, joined by NATO, accused China of a campaign against Microsoft Exchange servers.',
  );
  const attribution = events.find((e) => e.type === 'attribution');
  const nato = attribution?.arguments.find((a) => a.entity === 'org:nato');
  assert.ok(nato, JSON.stringify(attribution?.arguments));
  const members = nato.members ?? [];
  assert.ok(members.includes('country:GB') && members.includes('country:TR'));
  assert.ok(!members.includes('country:CN'));
});

test('event ids follow text order', () => {
  const events = analyse('The FBI arrested a hacker in Spain. Washington sanctioned two Russian firms.');
  assert.deepEqual(
    events.map((e) => e.id),
    events.map((_, i) => `ev${i + 1}`),
  );
  assert.ok(events.length >= 2);
});
