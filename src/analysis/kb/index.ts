/** Public surface of the knowledge base: types, built-in tables, importers, merging and compilation. */
export { type CompiledKb, compileKb } from '../entities/compile-kb.ts';
export { buildKnowledgeBase } from './build-knowledge-base.ts';
export { importAttack } from './import-attack.ts';
export { importMispGalaxy, type MispClusterFile } from './import-misp-galaxy.ts';
export { inImportOrder } from './import-order.ts';
export type { KbEntry, KbSource, KnowledgeBase } from './kb-types.ts';
export { builtinEntries, loadBuiltinKb } from './load-builtin-kb.ts';
