import type { KnowledgeBase } from '../kb/kb-types.ts';
import { compilePersonPatterns, type PersonPatterns } from './find-persons.ts';
import { buildGazetteerTrie, type TrieNode } from './gazetteer-trie.ts';
import { compileDescriptors, type DescriptorMatcher } from './resolve-descriptors.ts';

/** A knowledge base compiled for matching: the alias trie and compiled patterns, built once and reused. */
export type CompiledKb = {
  readonly kb: KnowledgeBase;
  readonly trie: TrieNode;
  readonly persons: PersonPatterns;
  readonly descriptors: DescriptorMatcher;
};

/** Compiles a knowledge base for `analyzeText`; pure and deterministic, linear in the number of aliases. */
export function compileKb(kb: KnowledgeBase): CompiledKb {
  return {
    kb,
    trie: buildGazetteerTrie(kb),
    persons: compilePersonPatterns(),
    descriptors: compileDescriptors(),
  };
}
