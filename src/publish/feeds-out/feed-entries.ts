import type { Article } from '../../domain/article.ts';
import type { Digest } from '../../domain/digest.ts';
import { SECTION_TITLES, type Story } from '../../domain/story.ts';
import { summarise } from '../digest/summarise.ts';
import type { FeedEntry } from './feed-model.ts';

/** A story as a feed entry: its page, title, a two-sentence summary of its first article, its section. */
export function storyEntry(base: string, story: Story, first: Article | undefined): FeedEntry {
  return {
    url: `${base}/stories/${story.id}`,
    title: story.title,
    summary: first ? summarise(first.text) : '',
    publishedAt: story.firstSeenAt,
    updatedAt: story.lastSeenAt,
    categories: [SECTION_TITLES[story.section] ?? story.section],
  };
}

/** A digest as a feed entry: its web page, subject, and plain-text body. */
export function digestEntry(base: string, digest: Digest): FeedEntry {
  return {
    url: `${base}/digests/${digest.date}`,
    title: digest.subject,
    summary: digest.text,
    publishedAt: digest.createdAt,
    updatedAt: digest.createdAt,
    categories: [],
  };
}
