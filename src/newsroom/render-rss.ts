import { toRfc822 } from './dates.ts';
import { cdata, escapeXml } from './escape.ts';
import type { FeedDocument, FeedEntry } from './feed-document.ts';

/** Returns an RSS 2.0 document with RFC 822 dates, dc:creator and, when present, content:encoded. */
export function renderRss(feed: FeedDocument): string {
  const items = feed.entries.map(renderItem).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${escapeXml(feed.title)}</title>
<link>${escapeXml(feed.homeUrl)}</link>
<description>${escapeXml(feed.description)}</description>
<language>en</language>
<lastBuildDate>${toRfc822(feed.updated)}</lastBuildDate>
<atom:link href="${escapeXml(feed.feedUrl)}" rel="self" type="application/rss+xml"/>
<ttl>30</ttl>
${items}
</channel>
</rss>
`;
}

function renderItem(entry: FeedEntry): string {
  const categories = entry.tags.map((tag) => `<category>${escapeXml(tag)}</category>`).join('');
  const content =
    entry.contentHtml === undefined ? '' : `\n<content:encoded>${cdata(entry.contentHtml)}</content:encoded>`;
  return `<item>
<title>${escapeXml(entry.title)}</title>
<link>${escapeXml(entry.url)}</link>
<guid isPermaLink="${entry.id === entry.url}">${escapeXml(entry.id)}</guid>
<pubDate>${toRfc822(entry.publishedAt)}</pubDate>
<dc:creator>${escapeXml(entry.author)}</dc:creator>
${categories}
<description>${escapeXml(entry.summary)}</description>${content}
</item>`;
}
