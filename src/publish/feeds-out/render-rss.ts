import type { FeedChannel, FeedEntry } from './feed-model.ts';

// XML 1.0 §2.2: these code points may not appear in a document at all, even escaped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to remove them
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text escaped for XML character data and attribute values, invalid characters removed. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An RFC 822 date as RSS 2.0 wants it (`Mon, 02 Mar 2026 09:00:00 GMT`). */
function rfc822(iso: string): string {
  return new Date(iso).toUTCString();
}

/**
 * An RSS 2.0 document (UTF-8) with an atom:link rel="self", permalink guids and plain-text descriptions.
 * Never throws for valid ISO dates.
 */
export function renderRss(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  const items = entries.map(
    (e) =>
      `<item><title>${escapeXml(e.title)}</title><link>${escapeXml(e.url)}</link>` +
      `<guid isPermaLink="true">${escapeXml(e.url)}</guid><pubDate>${rfc822(e.publishedAt)}</pubDate>` +
      e.categories.map((c) => `<category>${escapeXml(c)}</category>`).join('') +
      `<description>${escapeXml(e.summary)}</description></item>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>' +
    `<title>${escapeXml(channel.title)}</title><link>${escapeXml(channel.homeUrl)}</link>` +
    `<description>${escapeXml(channel.description)}</description><language>${escapeXml(channel.language)}</language>` +
    `<lastBuildDate>${rfc822(channel.updatedAt)}</lastBuildDate>` +
    `<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>` +
    `${items.join('\n')}</channel></rss>\n`
  );
}
