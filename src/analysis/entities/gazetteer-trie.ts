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

/** A node of the token trie: children by normalised token (none on leaves), and the aliases that end here (best first). */
export type TrieNode = { next: Map<string, TrieNode> | undefined; terminals: Terminal[] | undefined };

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
