import type { RdfFeed, RssFeed } from 'feedsmith';
import type { FeedItem, ParsedFeed } from '../../domain/feed.ts';
import {
  absoluteUrl,
  childBase,
  first,
  type NormaliseContext,
  str,
  uniqueStrings,
} from './normalise-context.ts';
import { collapse, htmlToText, sanitiseHtml } from './sanitise-html.ts';

type AnyRssItem = RssFeed.Item<string> & RdfFeed.Item<string>;
type AnyRssFeed = RssFeed.Feed<string> | RdfFeed.Feed<string>;

function mediaDescription(item: AnyRssItem): string | null {
  const media = item.media;
  return str(media?.description?.value) ?? str(first(media?.contents ?? [])?.description?.value);
}

function mediaTitle(item: AnyRssItem): string | null {
  return str(item.media?.title?.value) ?? str(first(item.media?.contents ?? [])?.title?.value);
}

function itemUrl(item: AnyRssItem, base: string | undefined, ctx: NormaliseContext, where: string) {
  const guid = item.guid;
  const permalink = guid && guid.isPermaLink !== false ? str(guid.value) : null;
  const atomLink = item.atom?.links?.find((l) => !l.rel || l.rel === 'alternate')?.href;
  const raw =
    str(item.link) ?? str(atomLink) ?? (permalink && /^https?:/i.test(permalink) ? permalink : null);
  const enclosure = first(item.enclosures ?? [])?.url;
  const url = absoluteUrl(raw, base) ?? (raw ? null : absoluteUrl(enclosure, base));
  if (raw && !url) ctx.warn('bad_link', `${where}: unusable link "${raw}"`);
  else if (url && !/^https?:/i.test(url))
    ctx.warn('relative_link', `${where}: relative link with no base URL`);
  return url;
}

function normaliseItem(item: AnyRssItem, index: number, feedBase: string | undefined, ctx: NormaliseContext) {
  const where = `item ${index + 1}`;
  const base = childBase(feedBase, item.xml?.base);
  const url = itemUrl(item, base, ctx, where);
  const description = str(item.description) ?? mediaDescription(item);
  const encoded = str(item.content?.encoded);
  const authors = [
    ...(item.authors ?? []).map((a) => str(a.name) ?? str(a.email)),
    ...(item.dc?.creators ?? []),
    item.itunes?.author,
    ...(item.atom?.authors ?? []).map((a) => a.name),
  ];
  const categories = uniqueStrings([
    ...(item.categories ?? []).map((c) => c.name),
    ...(item.dc?.subjects ?? []),
    ...(item.media?.categories ?? []).map((c) => c.label ?? c.name),
    ...(item.media?.keywords ?? []),
  ]);
  const published = ctx.date(
    where,
    item.pubDate,
    ...(item.dc?.dates ?? []),
    ...(item.dcterms?.issued ?? []),
    ...(item.dcterms?.created ?? []),
    item.atom?.published,
  );
  const updated = ctx.date(where, ...(item.dcterms?.modified ?? []), item.atom?.updated);
  const feedItem: FeedItem = {
    guid: str(item.guid?.value) ?? str(item.rdf?.about) ?? null,
    url,
    title: htmlToText(str(item.title) ?? str(first(item.dc?.titles ?? [])) ?? mediaTitle(item)),
    summary: sanitiseHtml(description, base),
    contentHtml: sanitiseHtml(encoded, base),
    author: collapse(uniqueStrings(authors)[0]),
    publishedAt: published,
    updatedAt: updated,
    categories,
  };
  if (!feedItem.title && !feedItem.summary && !feedItem.contentHtml)
    ctx.warn('empty_item', `${where}: no title or content`);
  return feedItem;
}

/** Normalises a feedsmith RSS 0.9x/2.0 or RDF (RSS 1.0) feed; collects warnings in `ctx`, never throws. */
export function normaliseRss(
  feed: AnyRssFeed,
  format: 'rss' | 'rdf',
  baseUrl: string | undefined,
  ctx: NormaliseContext,
  channelBase?: string,
): ParsedFeed {
  const base = childBase(childBase(baseUrl, feed.xml?.base), channelBase);
  const items = (feed.items ?? []) as AnyRssItem[];
  const language = 'language' in feed ? str(feed.language) : null;
  return {
    format,
    title: htmlToText(str(feed.title) ?? first(feed.dc?.titles ?? [])),
    siteUrl: absoluteUrl(feed.link, base),
    description: htmlToText(str(feed.description) ?? first(feed.dc?.descriptions ?? [])),
    language: language ?? str(first(feed.dc?.languages ?? [])),
    items: items.map((item, index) => normaliseItem(item, index, base, ctx)),
    warnings: ctx.warnings,
  };
}
