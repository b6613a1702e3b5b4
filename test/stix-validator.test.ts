import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StixBundle, StixObject } from '../src/publish/stix/stix-types.ts';
import { toStixBundle } from '../src/publish/stix/to-stix-bundle.ts';
import { fixtureProvenance, fixtureStoryInput } from './stix-fixtures.ts';
import { parseStixPattern } from './stix-pattern.ts';
import { createStixValidator, STIX_SCHEMAS_MISSING } from './stix-validator.ts';

describe('STIX pattern grammar (§9)', () => {
  it('accepts the specification’s kinds of patterns and returns their object paths', () => {
    const valid: [string, string[]][] = [
      ["[ipv4-addr:value = '198.51.100.1']", ['ipv4-addr:value']],
      [
        "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
        ['file:hashes'],
      ],
      ["[url:value = 'http://x.example/a\\'b\\\\c']", ['url:value']],
      [
        "[email-message:from_ref.value MATCHES '.+\\\\@example\\\\.com$' AND email-message:body_multipart[*].body_raw_ref.name LIKE 'x%']",
        ['email-message:from_ref', 'email-message:body_multipart'],
      ],
      [
        "([ipv4-addr:value = '198.51.100.1/32' OR ipv4-addr:value NOT IN ('203.0.113.33/32', '1.2.3.4')] FOLLOWEDBY [domain-name:value = 'example.com']) WITHIN 600 SECONDS",
        ['ipv4-addr:value', 'ipv4-addr:value', 'domain-name:value'],
      ],
      [
        "[file:size > 1024 AND file:created >= t'2016-01-01T00:00:00Z'] REPEATS 5 TIMES START t'2016-01-01T00:00:00Z' STOP t'2016-02-01T00:00:00.500Z'",
        ['file:size', 'file:created'],
      ],
      [
        "[EXISTS windows-registry-key:values[0].data AND x:y = h'ff00' AND x:z = b'AAE=']",
        ['windows-registry-key:values', 'x:y', 'x:z'],
      ],
    ];
    for (const [pattern, paths] of valid)
      assert.deepEqual(
        parseStixPattern(pattern).map((p) => `${p.type}:${p.property}`),
        paths,
        pattern,
      );
  });

  it('rejects what the grammar does not allow', () => {
    for (const pattern of [
      "ipv4-addr:value = '198.51.100.1'",
      "[ipv4-addr:value = '198.51.100.1'",
      '[ipv4-addr:value = 198.51.100.1]',
      "[ipv4-addr:value = 'a'b']",
      "[file:hashes.SHA-256 = 'ab']",
      '[ipv4-addr:value == ]',
      "[url:value = 'x'] AND",
      "[x:y = 'a'] WITHIN SECONDS",
      "[x:y = t'2016-13-01T00:00:00Z']",
      '[x:y LIKE 5]',
      '',
    ])
      assert.throws(() => parseStixPattern(pattern), Error, pattern);
  });
});

describe('STIX validator', { skip: STIX_SCHEMAS_MISSING }, () => {
  const validator = STIX_SCHEMAS_MISSING ? undefined : createStixValidator();
  const bundle = toStixBundle({ stories: [fixtureStoryInput()], provenance: fixtureProvenance }).bundle;
  const mutate = (pick: (o: StixObject) => boolean, change: (o: StixObject) => StixObject): StixBundle => ({
    ...bundle,
    objects: bundle.objects.map((o) => (pick(o) ? change(o) : o)),
  });
  const problems = (b: StixBundle) => validator!.validateBundle(b).join('\n');

  it('passes the mapped fixture', () => {
    assert.equal(problems(bundle), '');
  });

  it('catches what the schemas catch and what they miss', () => {
    const isReport = (o: StixObject) => o.type === 'report';
    const isIndicator = (o: StixObject) => o.type === 'indicator';
    const isLocation = (o: StixObject) => o.type === 'location';
    const cases: [string, StixBundle, RegExp][] = [
      [
        'report without published',
        mutate(isReport, ({ published: _, ...o }) => o as StixObject),
        /published/,
      ],
      [
        'modified before created',
        mutate(isReport, (o) => ({ ...o, modified: '2001-01-01T00:00:00.000Z' })),
        /modified before created/,
      ],
      [
        'dangling ref',
        mutate(isReport, (o) => ({ ...o, object_refs: ['malware--00000000-0000-4000-8000-000000000000'] })),
        /not in the bundle/,
      ],
      ['unknown property', mutate(isLocation, (o) => ({ ...o, colour: 'red' })), /unknown property colour/],
      ['custom x_ property is fine', mutate(isLocation, (o) => ({ ...o, x_threatbrief_note: 'ok' })), /^$/],
      ['spec_version 2.0', mutate(isLocation, (o) => ({ ...o, spec_version: '2.0' })), /spec_version/],
      [
        'broken pattern',
        mutate(isIndicator, (o) => ({ ...o, pattern: "[ipv4-addr:value = '1.2.3.4'" })),
        /pattern/,
      ],
      [
        'unknown pattern property',
        mutate(isIndicator, (o) => ({ ...o, pattern: "[ipv4-addr:colour = 'red']" })),
        /unknown property ipv4-addr:colour/,
      ],
      [
        'unknown pattern type',
        mutate(isIndicator, (o) => ({ ...o, pattern: "[ip-address:value = '1.2.3.4']" })),
        /unknown object type ip-address/,
      ],
    ];
    for (const [name, broken, expected] of cases) assert.match(problems(broken), expected, name);
  });
});
