import type { FeedFormat, FeedItem, FeedWarning, ParsedFeed } from '../../../domain/feed.ts';
import { collapse, htmlToText, textToHtml } from '../sanitise-html.ts';
import { type DetailedFeed, type FeedDict, type FeedValue, isDict } from './feed-model.ts';

const MAX_WARNINGS = 100;

function text(v: FeedValue | undefined): string | null {
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t === '' ? null : t;
}

const detailType = (dict: FeedDict, key: string, fallback: string): string => {
  const detail = dict[`${key}_detail`];
  return isDict(detail) && typeof detail.type === 'string' ? detail.type : fallback;
};

const isHtml = (type: string): boolean => type === 'text/html' || type === 'application/xhtml+xml';

/** Plain text of a text construct: markup removed when its type is HTML (RFC 4287 section 3.1). */
function plain(dict: FeedDict, key: string): string | null {
  const value = text(dict[key]);
  return isHtml(detailType(dict, key, 'text/plain')) ? htmlToText(value) : collapse(value);
}

/** HTML of a text or content construct: already sanitised when HTML, escaped when text, else null. */
function html(value: string | null, type: string): string | null {
  if (!value) return null;
  if (isHtml(type)) return value;
  if (type === 'text/plain') return textToHtml(value);
  return null; // Other media types (RFC 4287 section 4.1.3.3) are not readable text.
}

/** Absolute http(s) URL, a relative one (nothing to resolve it against), or null for other schemes. */
function webUrl(value: FeedValue | undefined): string | null {
  const url = text(value);
  if (!url) return null;
  if (/^https?:/i.test(url)) return url;
  return /^[a-z][a-z0-9+.-]*:/i.test(url) ? null : url;
}

function links(dict: FeedDict): FeedDict[] {
  return Array.isArray(dict.links) ? dict.links.filter(isDict) : [];
}

function firstAuthor(dict: FeedDict): string | null {
  const detail = dict.author_detail;
  const name = isDict(detail) ? (text(detail.name) ?? text(detail.email)) : null;
  return collapse(name ?? text(dict.author));
}

function categories(entry: FeedDict): string[] {
  const tags = Array.isArray(entry.tags) ? entry.tags.filter(isDict) : [];
  const out = new Set<string>();
  for (const tag of tags) {
    const name = collapse(text(tag.label) ?? text(tag.term));
    if (name) out.add(name);
  }
  return [...out];
}

type Warn = (code: string, message: string) => void;

function item(entry: FeedDict, index: number, feed: ParsedFeedContext, warn: Warn): FeedItem {
  const where = `item ${index + 1}`;
  const contents = Array.isArray(entry.content) ? entry.content.filter(isDict) : [];
  const content =
    contents.find((c) => !c.src && isHtml(String(c.type ?? ''))) ?? contents.find((c) => !c.src);
  const rawLink =
    text(entry.link) ??
    text(links(entry).find((l) => l.rel === 'enclosure' && typeof l.href === 'string')?.href);
  const url = webUrl(rawLink);
  if (rawLink && !url) warn('bad_link', `${where}: unusable link "${rawLink}"`);
  else if (url && !/^https?:/i.test(url)) warn('relative_link', `${where}: relative link with no base URL`);
  const published = text(entry.published_parsed);
  const updated = text(entry.updated_parsed);
  const result: FeedItem = {
    guid: text(entry.id),
    url,
    title: plain(entry, 'title'),
    summary: html(text(entry.summary), detailType(entry, 'summary', 'text/html')),
    contentHtml: content ? html(text(content.value), String(content.type ?? 'text/html')) : null,
    author: firstAuthor(entry) ?? (feed.inheritAuthor ? feed.author : null),
    publishedAt: published ?? updated,
    // In RSS a lone date (dc:date, read as "updated") is the publication date; Atom and JSON Feed name theirs.
    updatedAt: published || (feed.format !== 'rss' && feed.format !== 'rdf') ? updated : null,
    categories: categories(entry),
  };
  if (!result.title && !result.summary && !result.contentHtml)
    warn('empty_item', `${where}: no title or content`);
  return result;
}

type ParsedFeedContext = {
  readonly format: FeedFormat;
  readonly author: string | null;
  readonly inheritAuthor: boolean;
};

/** Warning code of a problem the lenient parser recovered from. */
function problemCode(message: string): string {
  if (/decoded as|served as|undecodable/.test(message)) return 'encoding_fallback';
  if (/never closed|closed by|without an opening tag/.test(message)) return 'xml_unbalanced';
  if (/entity declaration/.test(message)) return 'entity_refused';
  return 'xml_repaired';
}

/**
 * Maps the detailed model onto the normalised ParsedFeed (the product's feed shape): plain-text titles,
 * sanitised HTML, http(s) links, UTC dates and coded warnings for everything the parse recovered from.
 * Pure and never throws.
 */
export function toParsedFeed(detailed: DetailedFeed, format: FeedFormat): ParsedFeed {
  const warnings: FeedWarning[] = [];
  const warn: Warn = (code, message) => {
    if (warnings.length < MAX_WARNINGS) warnings.push({ code, message });
    else if (warnings.length === MAX_WARNINGS)
      warnings.push({ code: 'too_many_warnings', message: 'further warnings dropped' });
  };
  for (const message of detailed.bozoMessages) warn(problemCode(message), message);
  for (const message of detailed.dateProblems)
    warn(
      /unparseable|impossible|unknown time zone/.test(message) ? 'date_unparseable' : 'date_imprecise',
      message,
    );
  const feed = detailed.feed;
  const context: ParsedFeedContext = {
    format,
    author: firstAuthor(feed),
    // Atom entries and JSON Feed items inherit the feed's author (RFC 4287 section 4.2.1, JSON Feed 1.1).
    inheritAuthor: format === 'atom' || format === 'json',
  };
  return {
    format,
    title: plain(feed, 'title'),
    siteUrl: webUrl(feed.link),
    description: plain(feed, 'subtitle'),
    language: text(feed.language),
    items: detailed.entries.map((entry, index) => item(entry, index, context, warn)),
    warnings,
  };
}
