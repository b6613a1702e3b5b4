import type { EntityKind } from '../../domain/analysis.ts';
import { type CaseMode, caseModeOf } from '../kb/alias-policy.ts';
import type { KnowledgeBase } from '../kb/kb-types.ts';
import { normalizeAlias } from '../kb/normalize-alias.ts';
import { tokenize } from '../text/tokenize.ts';
import { PRIORITY } from './candidate.ts';

/** What a complete alias path in the trie stands for; `id` is null for blocker phrases. */
export type Terminal = {
  readonly id: string | null;
  readonly kind: EntityKind | null;
  /** Original token texts of the alias, for case checks. */
  readonly surface: readonly string[];
  /** Whether whitespace precedes each alias token (index 0 unused). */
  readonly spaces: readonly boolean[];
  readonly mode: CaseMode;
  readonly contextual: boolean;
  /** True when annotated corpora confirm the alias as a name (all-caps uses then need no context cue). */
  readonly attested: boolean;
  readonly rule: string;
  /** Preference among owners of the same alias (0 best, -1 for blockers). */
  readonly rank: number;
  /** Candidate priority: built-in names outrank imported ones, which yield to people found by title. */
  readonly priority: number;
};

/**
 * A node of the token trie: children by normalised token (none on leaves), and the aliases that end here (best
 * first). The root also holds a Bloom filter of its children's keys (`startsAlias`).
 */
export type TrieNode = {
  next: Map<string, TrieNode> | undefined;
  terminals: Terminal[] | undefined;
  filter?: Uint32Array;
};

/** Bloom filter size in bits (a power of two): with two probes, about 2% false positives for 11,000 keys. */
const FILTER_BITS = 1 << 17;

/** FNV-1a hash of a key; its two probe positions in the filter are `firstBit` and `secondBit` of it. */
function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h;
}

const firstBit = (h: number): number => h & (FILTER_BITS - 1);
const secondBit = (h: number): number => (Math.imul(h, 0x9e3779b1) >>> 15) & (FILTER_BITS - 1);

function buildFilter(root: TrieNode): Uint32Array {
  const filter = new Uint32Array(FILTER_BITS / 32);
  for (const key of root.next?.keys() ?? []) {
    const h = keyHash(key);
    for (const bit of [firstBit(h), secondBit(h)]) filter[bit >>> 5]! |= 1 << (bit & 31);
  }
  return filter;
}

/**
 * False when no alias starts with the token `norm` (the root has no such child); true when one may. A cheap test
 * before the root look-up: most words of a text start no alias.
 */
export function startsAlias(root: TrieNode, norm: string): boolean {
  const { filter } = root;
  if (!filter) return true;
  const h = keyHash(norm);
  const a = firstBit(h);
  const b = secondBit(h);
  return (filter[a >>> 5]! & (1 << (a & 31))) !== 0 && (filter[b >>> 5]! & (1 << (b & 31))) !== 0;
}

/** Builds the token trie over every alias (and blocker) of the knowledge base; linear in the alias count. */
export function buildGazetteerTrie(kb: KnowledgeBase): TrieNode {
  const root: TrieNode = { next: new Map(), terminals: undefined };
  const facts = {
    contextual: false,
    attested: false,
    rule: 'blocker',
    rank: -1,
    priority: PRIORITY.gazetteer,
  };
  for (const blocker of kb.blockers) insert(root, blocker, false, { id: null, kind: null, ...facts });
  for (const entry of kb.entries) {
    for (const alias of entry.aliases) {
      const key = normalizeAlias(alias);
      const rank = kb.aliasIndex.get(key)?.indexOf(entry.id) ?? -1;
      if (rank < 0) continue;
      const rule = entry.aliasRules?.[alias] ?? defaultRule(entry.kind);
      const imported = entry.source !== 'builtin' || entry.lexicon === true;
      const priority = imported ? PRIORITY.imported : PRIORITY.gazetteer;
      insert(root, alias, imported, {
        id: entry.id,
        kind: entry.kind,
        contextual: kb.contextual.has(key),
        attested: kb.attested?.has(key) ?? false,
        rule,
        rank,
        priority,
      });
    }
  }
  sortTerminals(root);
  root.filter = buildFilter(root);
  return root;
}

function sortTerminals(node: TrieNode): void {
  node.terminals?.sort((a, b) => a.rank - b.rank);
  if (node.next) for (const child of node.next.values()) sortTerminals(child);
}

function insert(
  root: TrieNode,
  alias: string,
  imported: boolean,
  facts: Pick<Terminal, 'id' | 'kind' | 'contextual' | 'attested' | 'rule' | 'rank' | 'priority'>,
): void {
  const tokens = tokenize(alias);
  if (tokens.length === 0) return;
  let node = root;
  for (const token of tokens) {
    node.next ??= new Map();
    let child = node.next.get(token.norm);
    if (!child) {
      child = { next: undefined, terminals: undefined };
      node.next.set(token.norm, child);
    }
    node = child;
  }
  const terminal: Terminal = {
    ...facts,
    surface: tokens.map((token) => token.text),
    spaces: tokens.map((token) => token.spaceBefore),
    mode: caseModeOf(alias, imported),
  };
  if (!node.terminals) node.terminals = [terminal];
  else node.terminals.push(terminal);
}

/** The default rule label of a gazetteer match by entity kind (`gazetteer:country-name`, `gazetteer:threat-actor`). */
export function defaultRule(kind: EntityKind): string {
  return kind === 'country' ? 'gazetteer:country-name' : `gazetteer:${kind}`;
}
