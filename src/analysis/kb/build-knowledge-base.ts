import type { EntityKind } from '../../domain/analysis.ts';
import { cleanAlias, needsContext } from './alias-policy.ts';
import type { KbEntry, KbSource, KnowledgeBase } from './kb-types.ts';
import { normalizeAlias } from './normalize-alias.ts';

type Draft = {
  -readonly [K in keyof KbEntry]: KbEntry[K];
} & { aliasSet: Set<string>; order: number };

const SOURCE_RANK: Readonly<Record<KbSource, number>> = { builtin: 0, misp: 1, attack: 2 };
const KIND_RANK: readonly EntityKind[] = [
  'country',
  'organization',
  'product',
  'vendor',
  'sector',
  'vulnerability',
  'threat-actor',
  'malware',
  'tool',
  'technique',
  'person',
  'indicator',
];

/**
 * Merges entries from several sources into one knowledge base: same id -> one entry; an imported actor or
 * software whose name is an alias of exactly one earlier entry of the same family joins it; imported aliases
 * that collide with built-in names are dropped and common-word aliases are marked contextual. Never throws.
 */
export function buildKnowledgeBase(
  entries: readonly KbEntry[],
  blockers: readonly string[] = [],
): KnowledgeBase {
  const sorted = [...entries].sort((a, b) => SOURCE_RANK[a.source] - SOURCE_RANK[b.source]);
  const drafts = new Map<string, Draft>();
  const owners = new Map<string, string[]>();
  for (const entry of sorted) {
    const target = drafts.get(entry.id) ?? findMergeTarget(entry, drafts, owners);
    const draft = target ?? newDraft(entry, drafts.size);
    if (!target) drafts.set(draft.id, draft);
    else mergeInto(draft, entry);
    for (const alias of entry.aliases) addOwner(owners, normalizeAlias(alias), draft.id);
  }
  return indexDrafts([...drafts.values()], blockers);
}

function findMergeTarget(
  entry: KbEntry,
  drafts: Map<string, Draft>,
  owners: Map<string, string[]>,
): Draft | undefined {
  if (entry.source === 'builtin' || !['threat-actor', 'malware', 'tool'].includes(entry.kind))
    return undefined;
  const candidates = (owners.get(normalizeAlias(entry.name)) ?? [])
    .map((id) => drafts.get(id)!)
    .filter((draft) => family(draft.kind) === family(entry.kind));
  const unique = [...new Set(candidates)];
  return unique.length === 1 ? unique[0] : undefined;
}

function family(kind: EntityKind): string {
  return kind === 'malware' || kind === 'tool' ? 'software' : kind;
}

function newDraft(entry: KbEntry, order: number): Draft {
  return { ...entry, aliasSet: new Set(entry.aliases), aliasRules: { ...entry.aliasRules }, order };
}

function mergeInto(draft: Draft, entry: KbEntry): void {
  for (const alias of entry.aliases) draft.aliasSet.add(alias);
  draft.type ??= entry.type;
  draft.country ??= entry.country;
  draft.members ??= entry.members;
  draft.vendor ??= entry.vendor;
  draft.description ??= entry.description;
  if (entry.kind === 'malware' && draft.kind === 'tool' && draft.source !== 'attack') draft.kind = 'malware';
  draft.aliasRules = { ...entry.aliasRules, ...draft.aliasRules };
}

function addOwner(owners: Map<string, string[]>, key: string, id: string): void {
  const list = owners.get(key);
  if (!list) owners.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

function indexDrafts(drafts: Draft[], blockers: readonly string[]): KnowledgeBase {
  const builtinKeys = new Set<string>();
  for (const draft of drafts) {
    if (draft.source === 'builtin')
      for (const alias of draft.aliasSet) builtinKeys.add(normalizeAlias(alias));
  }
  const aliasIndex = new Map<string, string[]>();
  const contextual = new Set<string>();
  const entries: KbEntry[] = [];
  for (const draft of drafts) {
    const imported = draft.source !== 'builtin';
    const aliases: string[] = [];
    for (const raw of draft.aliasSet) {
      const alias = cleanAlias(raw, imported);
      if (alias === undefined || aliases.includes(alias)) continue;
      const key = normalizeAlias(alias);
      if (imported && builtinKeys.has(key)) continue;
      aliases.push(alias);
      addOwner(aliasIndex, key, draft.id);
      if (imported && needsContext(alias, draft.kind)) contextual.add(key);
    }
    const { aliasSet: _aliases, order: _order, ...rest } = draft;
    entries.push({ ...rest, aliases });
  }
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  for (const [key, ids] of aliasIndex) ids.sort((a, b) => compareOwners(key, byId.get(a)!, byId.get(b)!));
  return { entries, byId, aliasIndex, contextual, blockers };
}

/** Best owner first: built-in, then the entry whose canonical name is the alias, then kind rank. */
function compareOwners(key: string, a: KbEntry, b: KbEntry): number {
  const source = SOURCE_RANK[a.source] - SOURCE_RANK[b.source];
  if (source !== 0) return source;
  const canonical = Number(normalizeAlias(b.name) === key) - Number(normalizeAlias(a.name) === key);
  if (canonical !== 0) return canonical;
  return KIND_RANK.indexOf(a.kind) - KIND_RANK.indexOf(b.kind);
}
