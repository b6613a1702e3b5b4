import type { AtomFeed } from 'feedsmith';
import type { FeedItem, ParsedFeed } from '../../domain/feed.ts';
import {
  absoluteUrl,
  childBase,
  first,
  type NormaliseContext,
  str,
  uniqueStrings,
} from './normalise-context.ts';
import { collapse, htmlToText, sanitiseHtml, textToHtml } from './sanitise-html.ts';

type Entry = AtomFeed.Entry<string>;
type Link = AtomFeed.Link<string>;

/** Plain text of an Atom text construct (RFC 4287 section 3.1): type text is literal, html/xhtml is markup. */
function textOf(text: AtomFeed.Text | undefined): string | null {
  if (!text) return null;
  return (text.type ?? 'text') === 'text' ? collapse(str(text.value)) : htmlToText(str(text.value));
}

/** Sanitised HTML of an Atom text or content construct. */
function htmlOf(text: AtomFeed.Text | AtomFeed.Content | undefined, base: string | undefined): string | null {
  const value = str(text?.value);
  if (!text || !value) return null;
  const type = (text.type ?? 'text').toLowerCase();
  if (type === 'text' || type === 'text/plain') return textToHtml(value);
  if (type === 'html' || type === 'xhtml' || type.includes('html')) return sanitiseHtml(value, base);
  return null; // Other media types (RFC 4287 section 4.1.3.3) are not readable text.
}

/** The alternate link: rel="alternate" or no rel (RFC 4287 section 4.2.7.2), preferring HTML. */
function alternateLink(links: readonly Link[] | undefined): string | null {
  const alternates = (links ?? []).filter((l) => !l.rel || l.rel === 'alternate');
  const html = alternates.find((l) => !l.type || /html/i.test(l.type));
  return str((html ?? first(alternates))?.href);
}

function normaliseEntry(
  entry: Entry,
  index: number,
  feed: AtomFeed.Feed<string>,
  feedBase: string | undefined,
  ctx: NormaliseContext,
): FeedItem {
  const where = `entry ${index + 1}`;
  const base = childBase(feedBase, entry.xml?.base);
  const rawLink = alternateLink(entry.links);
  const url = absoluteUrl(rawLink, base);
  if (rawLink && !url) ctx.warn('bad_link', `${where}: unusable link "${rawLink}"`);
  const contentBase = childBase(base, entry.content?.xml?.base);
  const authors = [...(entry.authors ?? []), ...(feed.authors ?? [])].map((a) => a.name);
  const categories = uniqueStrings([
    ...(entry.categories ?? []).map((c) => c.label ?? c.term),
    ...(entry.dc?.subjects ?? []),
    ...(entry.media?.keywords ?? []),
  ]);
  const summary = htmlOf(entry.summary, base) ?? sanitiseHtml(str(entry.media?.description?.value), base);
  const updated = ctx.date(where, entry.updated, ...(entry.dc?.dates ?? []));
  // Atom requires <updated> but not <published>; fall back to updated like feedparser does.
  const published = entry.published ? ctx.date(where, entry.published) : updated;
  return {
    guid: str(entry.id),
    url,
    title: textOf(entry.title) ?? htmlToText(str(entry.media?.title?.value)),
    summary,
    contentHtml: entry.content?.src ? null : htmlOf(entry.content, contentBase),
    author: collapse(uniqueStrings([...authors, ...(entry.dc?.creators ?? [])])[0]),
    publishedAt: published,
    updatedAt: updated,
    categories,
  };
}

/** Normalises a feedsmith Atom 0.3/1.0 feed; collects warnings in `ctx`, never throws. */
export function normaliseAtom(
  feed: AtomFeed.Feed<string>,
  baseUrl: string | undefined,
  ctx: NormaliseContext,
): ParsedFeed {
  const base = childBase(baseUrl, feed.xml?.base);
  return {
    format: 'atom',
    title: textOf(feed.title),
    siteUrl: absoluteUrl(alternateLink(feed.links), base),
    description: textOf(feed.subtitle),
    language: str(feed.xml?.lang) ?? str(first(feed.dc?.languages ?? [])),
    items: (feed.entries ?? []).map((entry, index) => normaliseEntry(entry, index, feed, base, ctx)),
    warnings: ctx.warnings,
  };
}
