import type { EntityKind } from '../../domain/analysis.ts';

/** Where a knowledge-base entry came from. */
export type KbSource = 'builtin' | 'misp' | 'attack';

/** One entity the gazetteer knows: canonical id and name, aliases, and facts such as country or members. */
export type KbEntry = {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  /** Every surface form to match, the canonical name included. */
  readonly aliases: readonly string[];
  /** Organisation subtype (alliance, intergovernmental, government-agency, company) or malware family type. */
  readonly type?: string;
  /** Country id (`country:RU`) the entry belongs to or is attributed to. */
  readonly country?: string;
  /** Member country ids of an alliance or intergovernmental body. */
  readonly members?: readonly string[];
  /** Vendor id of a product (`org:microsoft`). */
  readonly vendor?: string;
  readonly description?: string;
  readonly source: KbSource;
  /** Every source merged into this entry, when more than one (a built-in actor that ATT&CK also knows). */
  readonly sources?: readonly KbSource[];
  /** Matching rule for particular aliases (default `gazetteer:<kind>`), e.g. "Chinese" -> `gazetteer:demonym`. */
  readonly aliasRules?: Readonly<Record<string, string>>;
  /** True for names learned from annotated training corpora: matched with the caution of imported names. */
  readonly lexicon?: boolean;
};

/** A merged knowledge base: entries by id and an index from normalised alias to entry ids (best first). */
export type KnowledgeBase = {
  readonly entries: readonly KbEntry[];
  readonly byId: ReadonlyMap<string, KbEntry>;
  readonly aliasIndex: ReadonlyMap<string, readonly string[]>;
  /** Normalised aliases that only count with supporting context (common words, short names). */
  readonly contextual: ReadonlySet<string>;
  /** Phrases that must never produce an entity ("New Jersey" blocks Jersey, "Washington Post" blocks Washington). */
  readonly blockers: readonly string[];
  /** Normalised aliases that annotated CTI corpora confirm as names, with the kind they were annotated as. */
  readonly attested?: ReadonlyMap<string, string>;
};
