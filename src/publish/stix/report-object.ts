import type { Article } from '../../domain/article.ts';
import type { Story } from '../../domain/story.ts';
import { PRODUCER_ID, SPEC_VERSION, stixTime } from './stix-common.ts';
import { sdoId } from './stix-ids.ts';
import type { JsonValue, StixObject } from './stix-types.ts';

/** The report id of a story. */
export function reportId(storyId: number): string {
  return sdoId('report', `story:${storyId}`);
}

/**
 * A story as a report (§4.14): published and created at its first article, modified at its last, every object
 * the story yielded in object_refs (sorted; the producer identity when there is none), labels from its event
 * types, and one external reference per article URL (outlet as source_name) plus our story page when known.
 */
export function reportObject(
  story: Story,
  articles: readonly Article[],
  objectRefs: ReadonlySet<string>,
  eventTypes: ReadonlySet<string>,
  storyUrl?: string,
): StixObject {
  const created = stixTime(story.firstSeenAt);
  const lastArticle = articles
    .map((article) => stixTime(article.publishedAt))
    .sort()
    .at(-1);
  // The latest of the story's own last-seen time, its articles and its creation, so created ≤ modified.
  const last = [created, stixTime(story.lastSeenAt), lastArticle ?? created].sort().at(-1)!;
  const references: { [key: string]: JsonValue }[] = articles.map((article) => ({
    source_name: article.outlet,
    url: article.canonicalUrl || article.url,
    description: article.title,
  }));
  if (storyUrl) references.push({ source_name: 'threatbrief', url: storyUrl, external_id: String(story.id) });
  const refs = [...objectRefs].sort();
  return {
    type: 'report',
    spec_version: SPEC_VERSION,
    id: reportId(story.id),
    created_by_ref: PRODUCER_ID,
    created,
    modified: last,
    name: story.title,
    published: created,
    report_types: ['threat-report'],
    object_refs: refs.length > 0 ? refs : [PRODUCER_ID],
    ...(eventTypes.size > 0 ? { labels: [...eventTypes].sort() } : {}),
    ...(references.length > 0 ? { external_references: references } : {}),
  };
}
