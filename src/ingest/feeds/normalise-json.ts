import type { JsonFeed } from 'feedsmith';
import type { FeedItem, ParsedFeed } from '../../domain/feed.ts';
import { absoluteUrl, type NormaliseContext, str, uniqueStrings } from './normalise-context.ts';
import { collapse, htmlToText, sanitiseHtml, textToHtml } from './sanitise-html.ts';

type Item = JsonFeed.Item<string>;

function normaliseItem(
  item: Item,
  index: number,
  feed: JsonFeed.Feed<string>,
  base: string | undefined,
  ctx: NormaliseContext,
): FeedItem {
  const where = `item ${index + 1}`;
  const rawUrl = str(item.url) ?? str(item.external_url);
  const url = absoluteUrl(rawUrl, base);
  if (rawUrl && !url) ctx.warn('bad_link', `${where}: unusable url "${rawUrl}"`);
  // JSON Feed 1.1: `authors` replaces 1.0's `author` (feedsmith maps the latter into the former).
  const authors = [...(item.authors ?? []), ...(feed.authors ?? [])].map((a) => a.name);
  return {
    guid: str(item.id),
    url,
    // JSON Feed titles are plain text, but HTML turns up in the wild.
    title: htmlToText(str(item.title)),
    summary: textToHtml(str(item.summary)),
    contentHtml: sanitiseHtml(str(item.content_html), base) ?? textToHtml(str(item.content_text)),
    author: collapse(uniqueStrings(authors)[0]),
    publishedAt: ctx.date(where, item.date_published),
    updatedAt: ctx.date(where, item.date_modified),
    categories: uniqueStrings(item.tags ?? []),
  };
}

/** Normalises a feedsmith JSON Feed 1.0/1.1; collects warnings in `ctx`, never throws. */
export function normaliseJson(
  feed: JsonFeed.Feed<string>,
  baseUrl: string | undefined,
  ctx: NormaliseContext,
): ParsedFeed {
  const feedUrl = str(feed.feed_url);
  const base = baseUrl ?? (feedUrl && /^https?:/i.test(feedUrl) ? feedUrl : undefined);
  const items = Array.isArray(feed.items) ? feed.items : [];
  return {
    format: 'json',
    title: htmlToText(str(feed.title)),
    siteUrl: absoluteUrl(feed.home_page_url, base),
    description: htmlToText(str(feed.description)),
    language: str(feed.language),
    items: items.map((item, index) => normaliseItem(item, index, feed, base, ctx)),
    warnings: ctx.warnings,
  };
}
