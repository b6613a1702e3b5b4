import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadBuiltinKb } from '../kb/load-builtin-kb.ts';
import { findIdentifiers, normalizeCve } from './find-identifiers.ts';

const kb = loadBuiltinKb();

test('CVE ids are normalised to upper case with ASCII hyphens', () => {
  const text = 'Flaws cve-2021-26855, CVE–2021–27065 and CVE-2024-123456 (not CVE-21-1 or XCVE-2021-1234).';
  const found = findIdentifiers(text, kb).filter((c) => c.kind === 'vulnerability');
  assert.deepEqual(
    found.map((c) => c.id),
    ['cve:CVE-2021-26855', 'cve:CVE-2021-27065', 'cve:CVE-2024-123456'],
  );
  assert.equal(text.slice(found[0]!.start, found[0]!.end), 'cve-2021-26855');
  assert.equal(normalizeCve(' cve-2017-0144 '), 'CVE-2017-0144');
  assert.equal(normalizeCve('CVE-17-0144'), undefined);
});

test('ATT&CK technique ids are found with sub-techniques, not inside other words', () => {
  const text = 'They used T1566.001 and T1059, not AT1566 or T1566.0012 or T9999.';
  const ids = findIdentifiers(text, kb)
    .filter((c) => c.kind === 'technique')
    .map((c) => c.id);
  assert.deepEqual(ids, ['technique:T1566.001', 'technique:T1059']);
});
