import { toRfc3339 } from './dates.ts';
import type { FeedDocument } from './feed-document.ts';

/** Returns a JSON Feed 1.1 document (https://jsonfeed.org/version/1.1), pretty-printed. */
export function renderJsonFeed(feed: FeedDocument): string {
  const document = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.feedUrl,
    description: feed.description,
    language: 'en',
    authors: [{ name: feed.title }],
    items: feed.entries.map((entry) => ({
      id: entry.id,
      url: entry.url,
      title: entry.title,
      summary: entry.summary,
      // JSON Feed 1.1 requires content_html or content_text on every item.
      ...(entry.contentHtml === undefined
        ? { content_text: entry.summary }
        : { content_html: entry.contentHtml }),
      date_published: toRfc3339(entry.publishedAt),
      authors: [{ name: entry.author }],
      tags: [...entry.tags],
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
