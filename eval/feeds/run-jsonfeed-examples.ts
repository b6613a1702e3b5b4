import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeedItem, ParsedFeed } from '../../src/domain/feed.ts';
import { parseFeed } from '../../src/ingest/feeds/parse-feed.ts';
import { htmlToText } from '../../src/ingest/feeds/sanitise-html.ts';
import { listFiles, Tally } from './case-files.ts';

type Json = Record<string, unknown>;

const collapse = (s: unknown): string | null =>
  typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : null;
const sameInstant = (a: unknown, b: string | null): boolean =>
  typeof a === 'string' && b !== null && new Date(a).getTime() === new Date(b).getTime();

/** Field-by-field differences between a JSON Feed item and our normalised item (fields the model has). */
function itemProblems(json: Json, item: FeedItem | undefined, where: string): string[] {
  if (!item) return [`${where}: missing`];
  const problems: string[] = [];
  const check = (field: string, ok: boolean): void => {
    if (json[field] !== undefined && !ok) problems.push(`${where}.${field}`);
  };
  check('id', item.guid === String(json.id));
  check('url', item.url === json.url);
  check('title', item.title === json.title);
  check(
    'content_html',
    collapse(htmlToText(item.contentHtml)) === collapse(htmlToText(String(json.content_html))),
  );
  check(
    'content_text',
    json.content_html !== undefined || collapse(htmlToText(item.contentHtml)) === collapse(json.content_text),
  );
  check('summary', collapse(htmlToText(item.summary)) === collapse(json.summary));
  check('date_published', sameInstant(json.date_published, item.publishedAt));
  check('date_modified', sameInstant(json.date_modified, item.updatedAt));
  const authors = (json.authors as Json[] | undefined) ?? (json.author ? [json.author as Json] : []);
  if (authors.length > 0 && item.author !== authors[0]?.name) problems.push(`${where}.author`);
  check('tags', JSON.stringify(item.categories) === JSON.stringify(json.tags));
  return problems;
}

function feedProblems(json: Json, feed: ParsedFeed): string[] {
  const problems: string[] = [];
  if (json.title !== undefined && feed.title !== json.title) problems.push('title');
  if (json.home_page_url !== undefined && feed.siteUrl !== json.home_page_url) problems.push('home_page_url');
  if (json.description !== undefined && feed.description !== json.description) problems.push('description');
  const items = (json.items as Json[] | undefined) ?? [];
  if (items.length !== feed.items.length) problems.push('items.length');
  for (const [i, item] of items.entries()) problems.push(...itemProblems(item, feed.items[i], `items[${i}]`));
  return problems;
}

/**
 * Parses each JSON Feed spec example and compares every field our model carries with the JSON value
 * (feed_url and attachments are not in the normalised model and are not compared).
 */
export function runJsonFeedExamples(dir: string) {
  const tally = new Tally();
  const failures: { file: string; why: string }[] = [];
  for (const file of listFiles(dir, ['.json'])) {
    if (/schema/.test(path.basename(file))) continue;
    const bytes = readFileSync(file);
    const json = JSON.parse(bytes.toString('utf8')) as Json;
    if (typeof json.version !== 'string' || !json.version.includes('jsonfeed.org')) continue;
    const result = parseFeed(bytes);
    const problems = result.ok ? feedProblems(json, result.value) : [`refused: ${result.message}`];
    tally.add('jsonfeed-spec', problems.length === 0);
    if (problems.length > 0) failures.push({ file: path.basename(file), why: problems.join(', ') });
  }
  return { tally, failures };
}
