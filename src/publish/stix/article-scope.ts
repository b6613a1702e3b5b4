import type { AnalysisEntity, Span } from '../../domain/analysis.ts';
import type { Article } from '../../domain/article.ts';
import { analysisTextOf } from '../../domain/article-text.ts';
import type { Story } from '../../domain/story.ts';
import { type EntityFacts, entityObject, governmentId, governmentIdentity } from './entity-objects.ts';
import type { ObjectSet } from './object-set.ts';
import { PRODUCER_ID, SPEC_VERSION, stixTime } from './stix-common.ts';
import { sdoId } from './stix-ids.ts';
import type { EntityProvenance, StixObject } from './stix-types.ts';

/** How an entity takes part: as an agent (accuses, attacks, is blamed: a state is its government) or a place. */
export type Capacity = 'agent' | 'place';

/** Options of one relationship: who claims it, how sure, and the evidence sentence. */
export type RelationOptions = {
  readonly createdBy?: string;
  readonly confidence?: number;
  readonly description?: string;
};

/** What mapping one article needs: the shared object set, the story, and helpers bound to the article. */
export type ArticleScope = {
  readonly story: Story;
  readonly article: Article;
  readonly published: string;
  readonly fetched: string;
  readonly refs: Set<string>;
  /** The STIX id for an entity of this article in a capacity (creating its objects), or undefined. */
  refOf(entityId: string | undefined, capacity: Capacity): string | undefined;
  /** Adds (or widens) a relationship and returns its id; the key includes the claimant, so claims stay apart. */
  relate(source: string, type: string, target: string, options?: RelationOptions): string;
  /** Adds an object first reported by this article and records it in the story's report. */
  add(object: StixObject, versioned: boolean): string;
  /** The sentence at a span of the analysed text (the evidence), trimmed and capped. */
  evidence(span: Span): string;
  entity(entityId: string): EntityFacts | undefined;
  /** The STIX object with this id mapped so far in the export, or undefined. */
  objectOf(id: string): StixObject | undefined;
};

/** Binds the helpers for one article of a story; objects go into `set`, their ids into `refs`. */
export function articleScope(
  set: ObjectSet,
  story: Story,
  article: Article,
  entities: readonly AnalysisEntity[],
  refs: Set<string>,
  provenance: (entityId: string) => EntityProvenance | undefined,
  selfDeclared: ReadonlySet<string>,
): ArticleScope {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const published = stixTime(article.publishedAt);
  const fetched = stixTime(article.fetchedAt);
  const text = analysisTextOf(article);
  const add = (object: StixObject, versioned: boolean) => {
    refs.add(set.put(object, fetched, versioned));
    return object.id;
  };
  const relate = (source: string, type: string, target: string, options: RelationOptions = {}) => {
    const createdBy = options.createdBy ?? PRODUCER_ID;
    return add(
      {
        type: 'relationship',
        spec_version: SPEC_VERSION,
        id: sdoId('relationship', `${type}|${source}|${target}|${createdBy}`),
        created_by_ref: createdBy,
        created: published,
        modified: published,
        relationship_type: type,
        source_ref: source,
        target_ref: target,
        ...(options.description ? { description: options.description } : {}),
        ...(options.confidence !== undefined ? { confidence: options.confidence } : {}),
      },
      true,
    );
  };
  const objectOf = (facts: EntityFacts) => entityObject(facts, provenance(facts.id), selfDeclared);
  const refOf = (entityId: string | undefined, capacity: Capacity): string | undefined => {
    const facts = entityId ? byId.get(entityId) : undefined;
    if (!facts) return undefined;
    const object = objectOf(facts);
    if (!object) return undefined;
    add(object, false);
    if (facts.kind === 'country' && capacity === 'agent') {
      add(governmentIdentity(facts), false);
      relate(governmentId(facts.id), 'located-at', object.id);
      return governmentId(facts.id);
    }
    const home = facts.country ? byId.get(facts.country) : undefined;
    if (home && object.type === 'identity') relate(object.id, 'located-at', refOf(home.id, 'place')!);
    return object.id;
  };
  return {
    story,
    article,
    published,
    fetched,
    refs,
    refOf,
    relate,
    add,
    evidence: (span) => text.slice(span.start, span.end).replace(/\s+/g, ' ').trim().slice(0, 1000),
    entity: (entityId) => byId.get(entityId),
    objectOf: (id) => set.get(id),
  };
}
