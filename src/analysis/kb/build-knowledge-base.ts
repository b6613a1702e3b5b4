import type { EntityKind } from '../../domain/analysis.ts';
import { cleanAlias, needsContext } from './alias-policy.ts';
import { COMMON_WORDS } from './common-words.ts';
import type { KbEntry, KbSource, KnowledgeBase } from './kb-types.ts';
import { normalizeAlias as normalizeUncached } from './normalize-alias.ts';

type Draft = {
  -readonly [K in keyof KbEntry]: KbEntry[K];
} & {
  aliasSet: Set<string>;
  /** The aliases our own tables wrote; aliases merged in from imports keep the caution of imported names. */
  ownAliases: Set<string>;
  /** The sources merged in, in merge order. */
  sourceSet: Set<KbSource>;
  order: number;
};

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
  lexicon: Lexicon = { entries: [], kinds: new Map() },
): KnowledgeBase {
  const normalizeAlias = memoize(normalizeUncached);
  const sorted = [...entries].sort((a, b) => SOURCE_RANK[a.source] - SOURCE_RANK[b.source]);
  const drafts = new Map<string, Draft>();
  const owners = new Map<string, string[]>();
  for (const entry of sorted) {
    const target = drafts.get(entry.id) ?? findMergeTarget(entry, drafts, owners, normalizeAlias);
    const draft = target ?? newDraft(entry, drafts.size);
    if (!target) drafts.set(draft.id, draft);
    else mergeInto(draft, entry);
    for (const alias of entry.aliases) addOwner(owners, normalizeAlias(alias), draft.id);
  }
  // Corpus-lexicon names only add what no table or import knows; known names are attested instead.
  for (const entry of lexicon.entries) {
    if (drafts.has(entry.id) || entry.aliases.some((alias) => owners.has(normalizeAlias(alias)))) continue;
    drafts.set(entry.id, newDraft(entry, drafts.size));
    for (const alias of entry.aliases) addOwner(owners, normalizeAlias(alias), entry.id);
  }
  return indexDrafts([...drafts.values()], blockers, lexicon.kinds, normalizeAlias);
}

/** Names attested by annotated corpora: extra entries, and normalised alias -> annotated kind. */
export type Lexicon = {
  readonly entries: readonly KbEntry[];
  readonly kinds: ReadonlyMap<string, string>;
};

/** True when an annotated kind (`software` = malware or tool) agrees with an entry kind. */
export function kindAgrees(annotated: string | undefined, kind: EntityKind): boolean {
  if (annotated === undefined) return false;
  if (annotated === 'software') return kind === 'malware' || kind === 'tool';
  if (annotated === 'organization') return kind === 'organization' || kind === 'vendor';
  return annotated === kind;
}

/** Caches a pure string function for one build (aliases repeat across sources and steps). */
function memoize(fn: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = fn(text);
      cache.set(text, value);
    }
    return value;
  };
}

function findMergeTarget(
  entry: KbEntry,
  drafts: Map<string, Draft>,
  owners: Map<string, string[]>,
  normalizeAlias: (alias: string) => string,
): Draft | undefined {
  if (entry.source === 'builtin' || !['threat-actor', 'malware', 'tool'].includes(entry.kind))
    return undefined;
  const candidates = (owners.get(normalizeAlias(entry.name)) ?? [])
    .map((id) => drafts.get(id)!)
    .filter((draft) => family(draft.kind) === family(entry.kind));
  const unique = [...new Set(candidates)];
  return unique.length === 1 ? unique[0] : undefined;
}

const SOFTWARE_OR_ACTOR: ReadonlySet<EntityKind> = new Set(['threat-actor', 'malware', 'tool']);

function family(kind: EntityKind): string {
  return kind === 'malware' || kind === 'tool' ? 'software' : kind;
}

function newDraft(entry: KbEntry, order: number): Draft {
  const own = entry.source === 'builtin' && !entry.lexicon;
  return {
    ...entry,
    aliasSet: new Set(entry.aliases),
    ownAliases: new Set(own ? entry.aliases : []),
    sourceSet: new Set([entry.source]),
    aliasRules: { ...entry.aliasRules },
    order,
  };
}

function mergeInto(draft: Draft, entry: KbEntry): void {
  for (const alias of entry.aliases) draft.aliasSet.add(alias);
  draft.sourceSet.add(entry.source);
  if (entry.source === 'builtin' && !entry.lexicon)
    for (const alias of entry.aliases) draft.ownAliases.add(alias);
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

function indexDrafts(
  drafts: Draft[],
  blockers: readonly string[],
  attested: ReadonlyMap<string, string>,
  normalizeAlias: (alias: string) => string,
): KnowledgeBase {
  const builtinKeys = new Set<string>();
  for (const draft of drafts) for (const alias of draft.ownAliases) builtinKeys.add(normalizeAlias(alias));
  const aliasIndex = new Map<string, string[]>();
  const contextual = new Set<string>();
  const entries: KbEntry[] = [];
  for (const draft of drafts) {
    const aliases: string[] = [];
    const seen = new Set<string>();
    for (const raw of draft.aliasSet) {
      const imported = !draft.ownAliases.has(raw);
      const alias = cleanAlias(raw, imported, normalizeAlias(raw));
      if (alias === undefined || seen.has(alias)) continue;
      seen.add(alias);
      const key = normalizeAlias(alias);
      if (imported && builtinKeys.has(key)) continue;
      aliases.push(alias);
      addOwner(aliasIndex, key, draft.id);
      // A name the corpora annotate needs no cue unless it is a common word; its best owner is ranked first.
      const confirmed = attested.has(key) && !COMMON_WORDS.has(key);
      if (imported && !confirmed && needsContext(alias, draft.kind, key)) contextual.add(key);
    }
    const { aliasSet: _aliases, ownAliases: _own, sourceSet, order: _order, ...rest } = draft;
    entries.push({ ...rest, aliases, ...(sourceSet.size > 1 ? { sources: [...sourceSet] } : {}) });
  }
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  for (const [key, ids] of aliasIndex)
    if (ids.length > 1)
      ids.sort((a, b) => compareOwners(key, byId.get(a)!, byId.get(b)!, attested.get(key), normalizeAlias));
  return { entries, byId, aliasIndex, contextual, blockers, attested };
}

/**
 * Best owner first: among actors, malware and tools the kind the corpora annotate the alias as ("Sofacy" the
 * actor, not the malware family); then built-in, the entry whose canonical name is the alias, kind rank.
 */
function compareOwners(
  key: string,
  a: KbEntry,
  b: KbEntry,
  annotated: string | undefined,
  normalizeAlias: (alias: string) => string,
): number {
  if (annotated !== undefined && SOFTWARE_OR_ACTOR.has(a.kind) && SOFTWARE_OR_ACTOR.has(b.kind)) {
    const preferred = Number(kindAgrees(annotated, b.kind)) - Number(kindAgrees(annotated, a.kind));
    if (preferred !== 0) return preferred;
  }
  const source = SOURCE_RANK[a.source] - SOURCE_RANK[b.source];
  if (source !== 0) return source;
  const canonical = Number(normalizeAlias(b.name) === key) - Number(normalizeAlias(a.name) === key);
  if (canonical !== 0) return canonical;
  return KIND_RANK.indexOf(a.kind) - KIND_RANK.indexOf(b.kind);
}
