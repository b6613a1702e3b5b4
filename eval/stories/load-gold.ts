import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsvRecords as readCsv } from '../read-csv.ts';
import { sharedPath } from '../shared-data.ts';
import type { EvalItem } from './baselines.ts';

/** One gold label: the item id in the corpus, its story label and the part (dev or test) of its story. */
export type GoldLabel = { readonly id: string; readonly story: string; readonly part: 'dev' | 'test' };

/** The default gold file, beside this module. */
export const DEFAULT_GOLD = path.join(import.meta.dirname, 'gold', 'newsdatahub-train-first500.jsonl');

/** The second slice (rows 501..1000), annotated later by another annotator; all of it is development data. */
export const SECOND_DEV_GOLD = path.join(import.meta.dirname, 'gold', 'newsdatahub-train-next500.jsonl');

/** The third slice (rows 1001..1500), annotated by a third annotator; all of it is development data. */
export const THIRD_DEV_GOLD = path.join(import.meta.dirname, 'gold', 'newsdatahub-train-third500.jsonl');

/** Reads a gold JSON Lines file; throws naming the line when one is malformed. */
export function loadGold(file: string): GoldLabel[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const value = JSON.parse(line) as Partial<GoldLabel>;
      if (
        typeof value.id !== 'string' ||
        typeof value.story !== 'string' ||
        (value.part !== 'dev' && value.part !== 'test')
      ) {
        throw new Error(`eval/stories: ${file}:${i + 1} is not {"id","story","part"}`);
      }
      return value as GoldLabel;
    });
}

/** The corpus rows the gold names, as eval items in publication order (text = the publisher's description). */
export function loadItems(
  gold: readonly GoldLabel[],
  dir?: string,
): (EvalItem & { url: string; source: string })[] {
  const file = dir
    ? path.join(dir, 'cybersecurity-news-en-3000.train.csv')
    : sharedPath('newsdatahub-cybersecurity-news', 'cybersecurity-news-en-3000.train.csv');
  const wanted = new Set(gold.map((g) => g.id));
  const rows = readCsv(readFileSync(file, 'utf8')).filter((r) => wanted.has(r.id ?? ''));
  if (rows.length !== wanted.size)
    throw new Error(`eval/stories: gold names ${wanted.size} items, corpus has ${rows.length} of them`);
  return rows
    .map((r) => ({
      id: r.id as string,
      title: r.title ?? '',
      text: r.description ?? '',
      url: r.article_link ?? '',
      source: r.source_title ?? '',
      published: `${r.pub_date}Z`,
    }))
    .sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
}
