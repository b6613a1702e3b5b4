import { toRfc3339 } from './dates.ts';
import { escapeXml } from './escape.ts';
import type { FeedDocument, FeedEntry } from './feed-document.ts';

/** Returns an Atom 1.0 document (RFC 4287) with RFC 3339 dates; entries carry content only when present. */
export function renderAtom(feed: FeedDocument): string {
  const entries = feed.entries.map(renderEntry).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<id>${escapeXml(feed.id)}</id>
<title type="text">${escapeXml(feed.title)}</title>
<subtitle type="text">${escapeXml(feed.description)}</subtitle>
<updated>${toRfc3339(feed.updated)}</updated>
<link rel="self" type="application/atom+xml" href="${escapeXml(feed.feedUrl)}"/>
<link rel="alternate" type="text/html" href="${escapeXml(feed.homeUrl)}"/>
<author><name>${escapeXml(feed.title)}</name></author>
<generator>Threatbrief sample newsroom</generator>
${entries}
</feed>
`;
}

function renderEntry(entry: FeedEntry): string {
  const categories = entry.tags.map((tag) => `<category term="${escapeXml(tag)}"/>`).join('');
  const content =
    entry.contentHtml === undefined ? '' : `\n<content type="html">${escapeXml(entry.contentHtml)}</content>`;
  // RFC 4287 §4.1.2: atom:updated is required; these articles are never revised, so it equals published.
  return `<entry>
<id>${escapeXml(entry.id)}</id>
<title type="text">${escapeXml(entry.title)}</title>
<link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>
<published>${toRfc3339(entry.publishedAt)}</published>
<updated>${toRfc3339(entry.publishedAt)}</updated>
<author><name>${escapeXml(entry.author)}</name></author>
${categories}
<summary type="text">${escapeXml(entry.summary)}</summary>${content}
</entry>`;
}
