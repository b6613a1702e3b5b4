import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import fc from 'fast-check';
import { parseOpml, renderOpml } from './opml.ts';

const fixture = readFileSync(new URL('./testdata/sources.opml', import.meta.url), 'utf8');

it('parseOpml flattens folders and drops bad and duplicate URLs', () => {
  const result = parseOpml(fixture);
  assert.ok(result.ok);
  assert.deepEqual(result.value, [
    {
      title: 'Cisco Talos',
      url: 'https://blog.talosintelligence.com/rss/',
      siteUrl: 'https://blog.talosintelligence.com/',
      category: 'Vendors',
    },
    { title: 'The Record', url: 'https://therecord.media/feed', siteUrl: null, category: null },
  ]);
});

it('renderOpml round-trips through parseOpml', () => {
  const sources = parseOpml(fixture);
  assert.ok(sources.ok);
  const again = parseOpml(renderOpml(sources.value, { title: 'Export' }));
  assert.deepEqual(again, sources);
});

it('parseOpml refuses entity declarations and never throws', () => {
  const evil = '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x "y">]><opml><body/></opml>';
  assert.equal(parseOpml(evil).ok, false);
  assert.equal(parseOpml('not xml').ok, false);
  fc.assert(
    fc.property(fc.string(), (s) => typeof parseOpml(s).ok === 'boolean'),
    { numRuns: 300 },
  );
});
