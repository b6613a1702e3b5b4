import type { Analysis } from '../../domain/analysis.ts';
import type { Article } from '../../domain/article.ts';
import type { Story } from '../../domain/story.ts';

/** A JSON value as STIX objects hold them. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** Any STIX 2.1 object (SDO, SRO, SCO or meta object): `type` and `id` plus its properties. */
export type StixObject = { readonly type: string; readonly id: string; readonly [key: string]: JsonValue };

/** A STIX 2.1 bundle (§8): a non-versioned wrapper around objects. */
export type StixBundle = {
  readonly type: 'bundle';
  readonly id: string;
  readonly objects: readonly StixObject[];
};

/** One article of a story with its stored analysis (absent when not analysed yet). */
export type StixArticleInput = { readonly article: Article; readonly analysis?: Analysis };

/** One story with its member articles, earliest first. */
export type StixStoryInput = { readonly story: Story; readonly articles: readonly StixArticleInput[] };

/** Where the knowledge base says an entity came from, with the facts worth exporting. */
export type EntityProvenance = {
  readonly source: 'builtin' | 'misp' | 'attack';
  readonly aliases?: readonly string[];
  readonly description?: string;
  /** Entry subtype: organisation kind, malware family type (`ransomware`), actor kind (`hacktivist`). */
  readonly type?: string;
  /** The MITRE ATT&CK id (G0007, S0002, T1566.001) when known. */
  readonly attackId?: string;
};

/** Everything `toStixBundle` needs; pure data, so the output depends on nothing else. */
export type StixExportInput = {
  readonly stories: readonly StixStoryInput[];
  /** Provenance of an entity id from the knowledge base, or undefined when unknown. */
  readonly provenance?: (entityId: string) => EntityProvenance | undefined;
  /** The public URL of a story page, added to its report's external references. */
  readonly storyUrl?: (storyId: number) => string;
};

/** The bundle plus, per object id, the TAXII `date_added` derived from when its articles were fetched. */
export type StixExport = { readonly bundle: StixBundle; readonly addedAt: ReadonlyMap<string, string> };
