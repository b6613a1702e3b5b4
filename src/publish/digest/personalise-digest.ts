import { formatTopics, isAllTopics, type TopicFilter } from '../subscriptions/topic-filter.ts';
import type { DigestItem, DigestModel } from './digest-model.ts';

/**
 * True when the item mentions the entity. A vendor filter (`org:microsoft`: the knowledge base files
 * vendors as organisations) also accepts the contract's `vendor:microsoft` and selects the vendor's
 * products, whose keys start with the vendor's (`product:microsoft-exchange-server`).
 */
function mentions(item: DigestItem, id: string): boolean {
  if (item.entityIds.includes(id)) return true;
  if (!id.startsWith('org:')) return false;
  const key = id.slice(4);
  const productPrefix = `product:${key}-`;
  return item.entityIds.some((e) => e === `vendor:${key}` || e.startsWith(productPrefix));
}

function matches(item: DigestItem, section: string, filter: TopicFilter): boolean {
  if (filter.sections.some((s) => s === section)) return true;
  if (filter.entities.some((id) => mentions(item, id))) return true;
  if (filter.watch.length === 0) return false;
  const haystack = [item.title, item.summary, ...item.entities.map((e) => e.name), ...item.entityIds]
    .join('\n')
    .toLowerCase();
  return filter.watch.some((term) => haystack.includes(term.toLowerCase()));
}

/**
 * A subscriber's copy of a digest: only the items their topic filter selects (any section, entity or
 * watch term matches; an empty filter keeps everything), with a note saying so, and their own links.
 * The analysis block stays whole: it is the day's picture.
 */
export function personaliseDigest(
  model: DigestModel,
  filter: TopicFilter,
  links: { preferencesUrl: string; unsubscribeUrl: string },
): DigestModel {
  if (isAllTopics(filter)) return { ...model, recipient: { ...links, topicsNote: null } };
  const sections = model.sections
    .map((s) => ({ ...s, items: s.items.filter((item) => matches(item, s.id, filter)) }))
    .filter((s) => s.items.length > 0);
  const kept = sections.reduce((n, s) => n + s.items.length, 0);
  const topics = formatTopics(filter);
  const note =
    model.storyCount === 0
      ? `Filtered to your topics: ${topics}.`
      : kept === 0
        ? `None of today's ${model.storyCount} stories matched your topics (${topics}); the full digest is on the web.`
        : `Filtered to your topics (${topics}): ${kept} of ${model.storyCount} stories.`;
  return { ...model, sections, recipient: { ...links, topicsNote: note } };
}
