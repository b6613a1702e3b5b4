import type { FeedChannel, FeedEntry } from './feed-model.ts';

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1) with plain-text content. */
export function renderJsonFeed(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: channel.title,
      home_page_url: channel.homeUrl,
      feed_url: channel.feedUrl,
      description: channel.description,
      language: channel.language,
      items: entries.map((e) => ({
        id: e.url,
        url: e.url,
        title: e.title,
        content_text: e.summary,
        date_published: e.publishedAt,
        date_modified: e.updatedAt,
        tags: e.categories,
      })),
    },
    null,
    2,
  )}\n`;
}
