import { parseDate } from '../parse-date.ts';
import { cleanFeedHtml } from './clean-feed-html.ts';
import type { DetailedFeed, FeedDict, FeedValue } from './feed-model.ts';
import { joinUrl, safeAbsoluteUrl } from './feed-urls.ts';
import { looksLikeHtml } from './text-fixes.ts';

type Json = { readonly [key: string]: unknown };

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** True for a JSON Feed: its `version` names jsonfeed.org, or (lenient) it has an `items` array. */
export function isJsonFeed(value: unknown): value is Json {
  if (!isObject(value)) return false;
  const version = value.version;
  return (
    (typeof version === 'string' && /jsonfeed\.org\/version\//i.test(version)) || Array.isArray(value.items)
  );
}

function authorsOf(obj: Json): FeedDict[] {
  // JSON Feed 1.1 `authors` replaces 1.0's single `author`.
  const list = Array.isArray(obj.authors) ? obj.authors : isObject(obj.author) ? [obj.author] : [];
  return list.filter(isObject).flatMap((a) => {
    const out: FeedDict = {};
    const name = str(a.name);
    const href = str(a.url);
    if (name) out.name = name;
    if (href) out.href = href;
    return Object.keys(out).length > 0 ? [out] : [];
  });
}

function setAuthors(target: FeedDict, authors: FeedDict[]): void {
  if (authors.length === 0) return;
  target.authors = authors;
  target.author_detail = { ...(authors[0] as FeedDict) };
  const first = authors[0] as FeedDict;
  const name = first.name ?? first.href;
  if (typeof name === 'string') target.author = name;
}

function setDate(target: FeedDict, key: string, raw: unknown, problems: string[], where: string): void {
  const value = str(raw);
  if (!value) return;
  const { iso, problem } = parseDate(value);
  if (problem) problems.push(`${where}: ${problem}`);
  target[key] = value;
  target[`${key}_parsed`] = iso;
}

function entry(item: Json, index: number, base: string, problems: string[]): FeedDict {
  const out: FeedDict = {};
  const where = `item ${index + 1}`;
  const id = item.id;
  if (typeof id === 'string' || typeof id === 'number') out.id = String(id);
  const link = str(item.url) ?? str(item.external_url);
  if (link) out.link = safeAbsoluteUrl(base, link) || (base ? '' : link);
  const title = str(item.title);
  if (title) {
    // JSON Feed titles are plain text, but HTML turns up in the wild (the same test as for RSS titles).
    const type = looksLikeHtml(title) ? 'text/html' : 'text/plain';
    out.title = type === 'text/html' ? cleanFeedHtml(title, { base, sanitise: true }) : title;
    out.title_detail = { type, language: null, base, value: out.title };
  }
  const summary = str(item.summary);
  if (summary) {
    out.summary = summary;
    out.summary_detail = { type: 'text/plain', language: null, base, value: summary };
  }
  const html = str(item.content_html);
  const text = str(item.content_text);
  const content: FeedValue[] = [];
  if (html)
    content.push({
      type: 'text/html',
      language: null,
      base,
      value: cleanFeedHtml(html, { base, sanitise: true }),
    });
  if (text) content.push({ type: 'text/plain', language: null, base, value: text });
  if (content.length > 0) out.content = content;
  setDate(out, 'published', item.date_published, problems, where);
  setDate(out, 'updated', item.date_modified, problems, where);
  setAuthors(out, authorsOf(item));
  if (Array.isArray(item.tags)) {
    const terms = [...new Set(item.tags.flatMap((t) => (str(t) ? [str(t) as string] : [])))];
    out.tags = terms.map((term) => ({ term, scheme: null, label: null }));
  }
  const image = str(item.image);
  if (image) out.image = { href: joinUrl(base, image) };
  if (Array.isArray(item.attachments)) {
    out.links = item.attachments.filter(isObject).flatMap((a) => {
      const href = str(a.url);
      if (!href) return [];
      const link: FeedDict = { rel: 'enclosure', href: joinUrl(base, href) };
      if (str(a.mime_type)) link.type = str(a.mime_type);
      if (typeof a.size_in_bytes === 'number') link.length = String(a.size_in_bytes);
      if (str(a.title)) link.title = str(a.title);
      return [link];
    });
  }
  return out;
}

/**
 * Reads a parsed JSON Feed 1.0/1.1 document into the detailed model (version `json1` or `json11`), with
 * `content_html` sanitised and URLs resolved against `url` (or the feed's own `feed_url`); never throws.
 */
export function parseJsonFeedDetailed(value: Json, url?: string): DetailedFeed {
  const problems: string[] = [];
  const dateProblems: string[] = [];
  const feedUrl = str(value.feed_url);
  const base = url ?? (feedUrl && /^https?:/i.test(feedUrl) ? feedUrl : '');
  const version = typeof value.version === 'string' && /\/1\.1\b/.test(value.version) ? 'json11' : 'json1';
  const feed: FeedDict = {};
  const title = str(value.title);
  if (title) {
    feed.title = title;
    feed.title_detail = { type: 'text/plain', language: null, base, value: title };
  }
  const home = str(value.home_page_url);
  if (home) feed.link = safeAbsoluteUrl(base, home) || (base ? '' : home);
  const description = str(value.description);
  if (description) {
    feed.subtitle = description;
    feed.subtitle_detail = { type: 'text/plain', language: null, base, value: description };
  }
  const language = str(value.language);
  if (language) feed.language = language;
  if (feedUrl) feed.links = [{ rel: 'self', type: 'application/feed+json', href: feedUrl }];
  for (const key of ['icon', 'favicon'] as const) {
    const href = str(value[key]);
    if (href) feed[key] = joinUrl(base, href);
  }
  setAuthors(feed, authorsOf(value));
  if (value.items !== undefined && !Array.isArray(value.items)) problems.push('"items" is not an array');
  const items = Array.isArray(value.items) ? value.items : [];
  const entries = items.flatMap((item, index) => {
    if (isObject(item)) return [entry(item, index, base, dateProblems)];
    problems.push(`item ${index + 1} is not an object`);
    return [];
  });
  return {
    bozo: problems.length > 0,
    bozoMessages: problems,
    encoding: 'utf-8',
    version,
    namespaces: {},
    feed,
    entries,
    dateProblems,
    refusedEntities: 0,
  };
}
