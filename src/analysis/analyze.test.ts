import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Analysis } from '../domain/analysis.ts';
import { analyzeText, compileKb, loadBuiltinKb } from './analyze.ts';
import { extractEntities } from './entities/extract-entities.ts';
import { extractEvents } from './events/index.ts';
import { extractQuotes } from './quotes/index.ts';

/** The shared examples folder beside the repository (`../shared/examples`). */
const EXAMPLES = path.resolve(import.meta.dirname, '../..', '../shared/examples');
const hasExamples = existsSync(path.join(EXAMPLES, 'seed-gold.json'));
const skip = hasExamples ? false : `shared examples not found at ${EXAMPLES}; skipping the seed-article test`;

type Gold = {
  entities: { id: string; kind: string; names: string[] }[];
  not_entities: { text: string }[];
  boilerplate: string[];
};

const normalise = (text: string) =>
  text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^the\s+/i, '')
    .trim()
    .toLowerCase();

test('seed article: every gold entity is found by id with one of its names; nothing inside boilerplate', {
  skip,
}, () => {
  const text = readFileSync(path.join(EXAMPLES, 'seed-article.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(path.join(EXAMPLES, 'seed-gold.json'), 'utf8')) as Gold;
  const analysis: Analysis = analyzeText({ title: null, text }, compileKb(loadBuiltinKb()));

  for (const expected of gold.entities) {
    const entity = analysis.entities.find((candidate) => candidate.id === expected.id);
    assert.ok(entity, `missing ${expected.id}`);
    assert.equal(entity.kind, expected.kind, `kind of ${expected.id}`);
    const names = new Set(expected.names.map(normalise));
    assert.ok(
      entity.mentions.some((mention) => names.has(normalise(mention.text))),
      `${expected.id}: no mention among ${expected.names.join(', ')}; got ${entity.mentions.map((m) => m.text).join(', ')}`,
    );
  }

  assert.deepEqual(
    analysis.boilerplate.map((span) => text.slice(span.start, span.end)),
    gold.boilerplate,
  );
  for (const entity of analysis.entities) {
    for (const mention of entity.mentions) {
      assert.equal(text.slice(mention.start, mention.end), mention.text, 'offsets index the text');
      for (const span of analysis.boilerplate) {
        assert.ok(mention.end <= span.start || mention.start >= span.end, `${entity.id} inside boilerplate`);
      }
    }
  }
  const soviet = gold.not_entities.find((item) => item.text === 'Soviet Union');
  for (const item of gold.not_entities.filter((entry) => entry !== soviet)) {
    const at = text.indexOf(item.text);
    const inside = analysis.entities
      .flatMap((e) => e.mentions)
      .filter((m) => m.start < at + item.text.length && m.end > at);
    assert.deepEqual(inside, [], `nothing tagged inside "${item.text}"`);
  }
});

test('analyzeText returns the contract shape, deterministically ordered by first mention', () => {
  const kb = compileKb(loadBuiltinKb());
  const text = 'NATO and CISA warned about CVE-2021-44228 in Log4j. NATO repeated it. Contact 45.77.12[.]9.';
  const first = analyzeText({ title: 'T', text, language: 'en' }, kb);
  assert.deepEqual(first, analyzeText({ title: 'T', text, language: 'en' }, kb));
  assert.deepEqual(
    first.entities.map((entity) => [entity.id, entity.mentions.length]),
    [
      ['org:nato', 2],
      ['org:cisa', 1],
      ['cve:CVE-2021-44228', 1],
      ['product:log4j', 1],
      ['indicator:ipv4:45.77.12.9', 1],
    ],
  );
  assert.equal(first.text_length, text.length);
  const advisory = first.events.find((e) => e.type === 'advisory');
  assert.ok(advisory, 'the warning is an advisory event');
  assert.ok(advisory.arguments.some((a) => a.role === 'issuer' && a.entity === 'org:cisa'));
  for (const event of first.events)
    assert.equal(text.slice(event.trigger.start, event.trigger.end), event.trigger.text);
  assert.deepEqual(first.quotes, []);
  assert.equal(first.entities[1]!.country, 'country:US');
  assert.equal(first.entities[1]!.mentions[0]!.sentence, 0);
  assert.equal(first.entities[0]!.mentions[1]!.sentence, 1);
});

test('events and quotes are the same with the entity layer tokens shared as without them', () => {
  const kb = compileKb(loadBuiltinKb());
  const text =
    'Microsoft said Chinese hackers breached Exchange servers. “We have patched the flaw,” spokesman Frank Shaw said. The US accused China of the attack; Beijing denied it.';
  const layer = extractEntities(text, kb);
  const context = {
    text,
    sentences: layer.sentences,
    entities: layer.entities,
    boilerplate: layer.boilerplate,
  };
  const shared = { ...context, tokens: layer.tokens };
  assert.deepEqual(extractEvents(shared), extractEvents(context));
  assert.deepEqual(extractQuotes(shared), extractQuotes(context));
  assert.ok(extractEvents(shared).length > 0);
});

test('analyzeText finishes on long runs of punctuation (the sentence splitter backtracked quadratically)', () => {
  const kb = compileKb(loadBuiltinKb());
  const text = `Hackers breached the firm. ${'.'.repeat(100_000)}x ${'?!'.repeat(50_000)}y. Done.`;
  const analysis = analyzeText({ title: null, text }, kb);
  assert.equal(analysis.text_length, text.length);
  assert.ok(analysis.events.every((event) => event.trigger.end <= text.length));
});
