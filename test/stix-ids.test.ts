import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isUuid, uuid5 } from '../src/lib/uuid5.ts';
import { canonicalJson } from '../src/publish/stix/canonical-json.ts';
import { STIX_SCO_NAMESPACE, scoId, sdoId } from '../src/publish/stix/stix-ids.ts';

const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('uuid5 (RFC 9562 §5.5)', () => {
  it('matches known vectors', () => {
    // RFC 9562 appendix A.4 and Python's uuid.uuid5(uuid.NAMESPACE_DNS, …).
    assert.equal(uuid5('www.example.com', DNS), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
    assert.equal(uuid5('python.org', DNS), '886313e1-3b8a-5372-9b90-0c9aee199e5d');
    assert.equal(uuid5('python.org', DNS.toUpperCase()), '886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('sets version 5 and the RFC variant, and refuses a bad namespace', () => {
    const id = uuid5('anything', DNS);
    assert.ok(isUuid(id));
    assert.equal(id[14], '5');
    assert.match(id[19]!, /[89ab]/);
    assert.throws(() => uuid5('x', 'not-a-uuid'), /namespace/);
  });
});

describe('STIX ids', () => {
  it('gives SCOs the spec ids (§2.9, STIX namespace over canonical JSON)', () => {
    assert.equal(STIX_SCO_NAMESPACE, '00abedb4-aa42-466c-9c01-fed23315a9b7');
    // The ids python-stix2 assigns to the same observables.
    assert.equal(
      scoId('domain-name', { value: 'example.com' }),
      'domain-name--bedb4899-d24b-5401-bc86-8f6b4cc18ec7',
    );
    assert.equal(
      scoId('ipv4-addr', { value: '203.0.113.7' }),
      'ipv4-addr--9ddd739e-87b1-587d-83f2-62ef1130af2f',
    );
    assert.equal(
      scoId('domain-name', { value: 'bücher.example' }),
      'domain-name--dbf3aff2-b3cd-57d2-9616-0ddfde9d01ad',
    );
  });

  it('canonicalises JSON per RFC 8785 (sorted keys, no whitespace)', () => {
    assert.equal(
      canonicalJson({ b: 1, a: { d: [true, null], c: 'x' } }),
      '{"a":{"c":"x","d":[true,null]},"b":1}',
    );
  });

  it('makes SDO ids stable per type and key', () => {
    assert.equal(sdoId('identity', 'org:nato'), sdoId('identity', 'org:nato'));
    assert.notEqual(sdoId('identity', 'org:nato'), sdoId('location', 'org:nato'));
    assert.match(sdoId('report', 'story:1'), /^report--[0-9a-f-]{36}$/);
  });
});
