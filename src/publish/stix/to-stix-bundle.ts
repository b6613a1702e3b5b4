import { uuid5 } from '../../lib/uuid5.ts';
import { selfDeclaredActors } from './actor-rule.ts';
import { articleScope } from './article-scope.ts';
import { mapAttribution, mapDenial, mapEndorsement, mapResponsibilityClaim } from './claim-objects.ts';
import { type Claim, mapAttackEvent } from './event-objects.ts';
import { mapIndicatorsAndTechniques } from './indicator-relationships.ts';
import { createObjectSet, type ObjectSet } from './object-set.ts';
import { reportObject } from './report-object.ts';
import { PRODUCER_ID, producerIdentity, stixTime } from './stix-common.ts';
import { THREATBRIEF_NAMESPACE } from './stix-ids.ts';
import type { StixExport, StixExportInput, StixStoryInput } from './stix-types.ts';

/**
 * Maps stories, their articles and analyses to one STIX 2.1 bundle (rules in README.md): one report per story,
 * the entities, IOCs, events and claims it yielded, deterministic ids and data-derived timestamps, so the same
 * input always gives byte-identical output. Pure; throws only on an unparseable stored timestamp (a bug).
 */
export function toStixBundle(input: StixExportInput): StixExport {
  const set = createObjectSet();
  const provenance = input.provenance ?? (() => undefined);
  const events = input.stories.flatMap((story) =>
    story.articles.flatMap((item) => item.analysis?.events ?? []),
  );
  const selfDeclared = selfDeclaredActors(events);
  const firstFetch = input.stories
    .flatMap((story) => story.articles.map((item) => stixTime(item.article.fetchedAt)))
    .sort()[0];
  for (const story of input.stories) mapStory(set, story, provenance, selfDeclared, input.storyUrl);
  if (set.objects().some((object) => object.created_by_ref === PRODUCER_ID) || input.stories.length > 0)
    set.put(producerIdentity(), firstFetch ?? (producerIdentity().created as string), false);
  const objects = set.objects();
  const bundleId = `bundle--${uuid5(objects.map((object) => `${object.id}@${String(object.modified ?? '')}`).join('\n'), THREATBRIEF_NAMESPACE)}`;
  return { bundle: { type: 'bundle', id: bundleId, objects }, addedAt: set.addedAt() };
}

function mapStory(
  set: ObjectSet,
  input: StixStoryInput,
  provenance: NonNullable<StixExportInput['provenance']>,
  selfDeclared: ReadonlySet<string>,
  storyUrl: StixExportInput['storyUrl'],
): void {
  const refs = new Set<string>();
  const eventTypes = new Set<string>();
  const claims: Claim[] = [];
  const scoped = input.articles.map((item) => ({
    item,
    scope: articleScope(
      set,
      input.story,
      item.article,
      item.analysis?.entities ?? [],
      refs,
      provenance,
      selfDeclared,
    ),
  }));
  for (const { item, scope } of scoped) {
    const entities = item.analysis?.entities ?? [];
    for (const entity of entities) scope.refOf(entity.id, entity.kind === 'country' ? 'place' : 'agent');
    mapIndicatorsAndTechniques(scope, entities);
    for (const event of item.analysis?.events ?? []) {
      if (event.stance !== 'denied') eventTypes.add(event.type);
      mapAttackEvent(scope, event);
      mapResponsibilityClaim(scope, event);
      claims.push(...mapAttribution(scope, event));
    }
  }
  // Denials and endorsements answer claims made anywhere in the story, so they run once every claim is known.
  for (const { item, scope } of scoped)
    for (const event of item.analysis?.events ?? []) {
      mapDenial(scope, event, claims);
      mapEndorsement(scope, event, claims);
    }
  const articles = input.articles.map((item) => item.article);
  const fetched = articles.map((article) => stixTime(article.fetchedAt)).sort();
  const report = reportObject(input.story, articles, refs, eventTypes, storyUrl?.(input.story.id));
  set.put(report, fetched.at(-1) ?? (report.created as string), true);
}
