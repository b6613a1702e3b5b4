import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type CompiledKb, compileKb } from '../../src/analysis/entities/compile-kb.ts';
import { importAttack } from '../../src/analysis/kb/import-attack.ts';
import { importMispGalaxy, type MispClusterFile } from '../../src/analysis/kb/import-misp-galaxy.ts';
import { loadBuiltinKb } from '../../src/analysis/kb/load-builtin-kb.ts';
import { sharedPath } from '../shared-data.ts';

/** Wall milliseconds of reading+parsing JSON, importing entries, building the KB and compiling its matcher. */
export type KbTimings = {
  readonly parseMs: number;
  readonly importMs: number;
  readonly buildMs: number;
  readonly compileMs: number;
  /** CPU milliseconds (user + system, all threads) of the same four steps. */
  readonly cpuMs: readonly [number, number, number, number];
};

const cpuNow = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** The compiled full knowledge base (built-in + MISP galaxy + ATT&CK) and how long each step took. */
export type FullKb = { readonly kb: CompiledKb; readonly timings: KbTimings; readonly entries: number };

let cached: FullKb | undefined;

/**
 * Reads the MISP galaxy clusters (in file-name order, as `kb import` reads a folder) and the ATT&CK bundle
 * from ../shared/data, parsed; throws a clear error when the shared data is absent.
 */
export function readSharedKbFiles(): { clusters: MispClusterFile[]; bundle: unknown } {
  const clusterDir = sharedPath('misp-galaxy', 'clusters');
  const clusters = readdirSync(clusterDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((fileName) => ({
      fileName,
      json: JSON.parse(readFileSync(path.join(clusterDir, fileName), 'utf8')) as unknown,
    }));
  const bundle = JSON.parse(
    readFileSync(sharedPath('mitre-attack-enterprise', 'enterprise-attack.json'), 'utf8'),
  ) as unknown;
  return { clusters, bundle };
}

/**
 * Loads the full knowledge base from ../shared/data (misp-galaxy/clusters, mitre-attack-enterprise), timing each
 * step; the result is cached per process unless `fresh`. Throws a clear error when the shared data is absent.
 */
export function loadFullKb(fresh = false): FullKb {
  if (cached && !fresh) return cached;
  const c0 = cpuNow();
  const t0 = performance.now();
  const { clusters, bundle } = readSharedKbFiles();
  const t1 = performance.now();
  const c1 = cpuNow();
  const imported = [...importMispGalaxy(clusters), ...importAttack(bundle)];
  const t2 = performance.now();
  const c2 = cpuNow();
  const knowledgeBase = loadBuiltinKb(imported);
  const t3 = performance.now();
  const c3 = cpuNow();
  const kb = compileKb(knowledgeBase);
  const t4 = performance.now();
  const c4 = cpuNow();
  cached = {
    kb,
    entries: knowledgeBase.entries.length,
    timings: {
      parseMs: t1 - t0,
      importMs: t2 - t1,
      buildMs: t3 - t2,
      compileMs: t4 - t3,
      cpuMs: [c1 - c0, c2 - c1, c3 - c2, c4 - c3],
    },
  };
  return cached;
}
