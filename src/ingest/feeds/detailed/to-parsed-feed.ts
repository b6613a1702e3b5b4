import type { FeedFormat, FeedItem, ParsedFeed } from '../../../domain/feed.ts';
import { htmlToText } from '../sanitise-html.ts';
import { type DetailedFeed, type FeedDict, type FeedValue, isDict } from './feed-model.ts';

const text = (v: FeedValue | undefined): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v : null;

function plain(dict: FeedDict, key: string): string | null {
  const value = text(dict[key]);
  const detail = dict[`${key}_detail`];
  const type = isDict(detail) && typeof detail.type === 'string' ? detail.type : 'text/plain';
  return /html/.test(type) ? htmlToText(value) : value;
}

function html(dict: FeedDict, key: string): string | null {
  const value = text(dict[key]);
  const detail = dict[`${key}_detail`];
  const type = isDict(detail) && typeof detail.type === 'string' ? detail.type : 'text/html';
  if (!value) return null;
  return /html/.test(type) ? value : value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function item(entry: FeedDict): FeedItem {
  const content = Array.isArray(entry.content) ? entry.content.find((c) => isDict(c)) : undefined;
  const contentValue = isDict(content) ? text(content.value) : null;
  const contentType = isDict(content) && typeof content.type === 'string' ? content.type : 'text/html';
  const tags = Array.isArray(entry.tags) ? entry.tags : [];
  return {
    guid: text(entry.id),
    url: text(entry.link),
    title: plain(entry, 'title'),
    summary: html(entry, 'summary'),
    contentHtml: contentValue && /html/.test(contentType) ? contentValue : null,
    author: text(entry.author),
    publishedAt: text(entry.published_parsed) ?? text(entry.updated_parsed),
    updatedAt: text(entry.updated_parsed),
    categories: [
      ...new Set(tags.flatMap((t) => (isDict(t) && typeof t.term === 'string' && t.term ? [t.term] : []))),
    ],
  };
}

/** Maps the detailed model onto the normalised ParsedFeed (the product's feed shape); never throws. */
export function toParsedFeed(detailed: DetailedFeed, format: FeedFormat): ParsedFeed {
  const feed = detailed.feed;
  return {
    format,
    title: plain(feed, 'title'),
    siteUrl: text(feed.link),
    description: plain(feed, 'subtitle'),
    language: text(feed.language),
    items: detailed.entries.map(item),
    warnings: detailed.bozoMessages.map((message) => ({ code: 'xml_recovered', message })),
  };
}
