import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readSharedKbFiles } from '../eval/ner/load-full-kb.ts';
import { compileKb, importAttack, importMispGalaxy, loadBuiltinKb } from '../src/analysis/kb/index.ts';
import { loadKnowledgeBase } from '../src/pipeline/load-kb.ts';
import { replaceKbEntries } from '../src/store/repositories/kb-entries.ts';
import { STORE_FACTORIES } from './support/stores.ts';

const DATA = path.resolve(import.meta.dirname, '../../shared/data');
const MISP = path.join(DATA, 'misp-galaxy/clusters');
const ATTACK = path.join(DATA, 'mitre-attack-enterprise/enterprise-attack.json');
const skip = existsSync(MISP) && existsSync(ATTACK) ? false : `shared data not found at ${DATA}; skipping`;

/** A fingerprint of a built knowledge base: every entry with its aliases, in id order. */
function fingerprint(kb: ReturnType<typeof loadBuiltinKb>): string {
  return JSON.stringify(
    [...kb.byId.values()].map((e) => [e.id, e.kind, e.name, [...e.aliases].sort(), e.country ?? null]).sort(),
  );
}

describe('the knowledge base stored by kb import is the one built from the files', { skip }, () => {
  const files = skip ? undefined : readSharedKbFiles();
  const misp = files ? importMispGalaxy(files.clusters) : [];
  const attack = files ? importAttack(files.bundle) : [];
  const fromFiles = skip ? '' : fingerprint(loadBuiltinKb([...misp, ...attack]));

  for (const [label, open] of STORE_FACTORIES) {
    it(`${label}: same entries and aliases, whichever source is imported first`, async () => {
      const store = await open();
      try {
        // ATT&CK first: the load must still merge MISP first, as the files path does.
        await replaceKbEntries(store.db, 'attack', attack, '2026-11-26T00:00:00Z');
        await replaceKbEntries(store.db, 'misp', misp, '2026-11-26T00:00:00Z');
        const loaded = await loadKnowledgeBase(store.db);
        assert.equal(loaded.imported, misp.length + attack.length);
        assert.equal(loaded.skipped, 0);
        assert.equal(fingerprint(loaded.kb.kb), fromFiles);
        assert.equal(
          loaded.kb.kb.aliasIndex.size,
          compileKb(loadBuiltinKb([...misp, ...attack])).kb.aliasIndex.size,
        );
      } finally {
        await store.dispose();
      }
    });
  }
});
