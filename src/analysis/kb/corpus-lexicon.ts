import type { EntityKind } from '../../domain/analysis.ts';
import { slugify } from '../../lib/slug.ts';
import lexicon from './corpus-lexicon.json' with { type: 'json' };
import type { KbEntry } from './kb-types.ts';
import { normalizeAlias } from './normalize-alias.ts';

/** A lexicon kind: an entity kind, or `software` (malware or tool) when the corpus did not separate them. */
export type LexiconKind = 'threat-actor' | 'malware' | 'tool' | 'software' | 'organization';

const PREFIX: Readonly<Record<LexiconKind, { kind: EntityKind; prefix: string }>> = {
  'threat-actor': { kind: 'threat-actor', prefix: 'actor' },
  malware: { kind: 'malware', prefix: 'malware' },
  tool: { kind: 'tool', prefix: 'tool' },
  software: { kind: 'malware', prefix: 'malware' },
  organization: { kind: 'organization', prefix: 'org' },
};

/**
 * Names annotated in the training splits of public CTI NER corpora (built by eval/ner/build-lexicon.ts), by kind.
 * Returns normalised alias -> lexicon kind; a name listed under two kinds keeps the first.
 */
export function lexiconKinds(): Map<string, LexiconKind> {
  const kinds = new Map<string, LexiconKind>();
  for (const [kind, names] of Object.entries(lexicon) as [LexiconKind, string[]][])
    for (const name of names) if (!kinds.has(normalizeAlias(name))) kinds.set(normalizeAlias(name), kind);
  return kinds;
}

/** Knowledge-base entries for the lexicon names (`lexicon: true`, rule `lexicon:<kind>`); merged only when new. */
export function lexiconEntries(): KbEntry[] {
  const entries: KbEntry[] = [];
  for (const [kind, names] of Object.entries(lexicon) as [LexiconKind, string[]][]) {
    const target = PREFIX[kind];
    for (const name of names) {
      const key = slugify(name);
      if (!key) continue;
      entries.push({
        id: `${target.prefix}:${key}`,
        kind: target.kind,
        name,
        aliases: [name],
        source: 'builtin',
        lexicon: true,
        aliasRules: { [name]: `lexicon:${target.kind}` },
      });
    }
  }
  return entries;
}
