// `npm run eval -- events [--split dev|test|all] [--verbose]`: item-level per-type P/R/F1 of the headline events
// (title + description of NewsDataHub items) against our own gold (eval/events/gold, GUIDELINES.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeText, compileKb, loadBuiltinKb } from '../../src/analysis/analyze.ts';
import { extractEvents } from '../../src/analysis/events/index.ts';
import { splitSentences } from '../../src/analysis/text/split-sentences.ts';
import type { EventType } from '../../src/domain/analysis.ts';
import { addCounts, type Counts, formatRow, prf } from '../casie/score.ts';
import { parseCsvRecords } from '../read-csv.ts';
import { sharedPath } from '../shared-data.ts';

const SCORED: readonly EventType[] = [
  'attribution',
  'responsibility-claim',
  'denial',
  'law-enforcement.arrest',
  'law-enforcement.charge',
  'law-enforcement.takedown',
  'sanction',
  'advisory',
  'legal.action',
];

type GoldItem = { readonly id: string; readonly split: 'dev' | 'test'; readonly types: readonly string[] };

/** The gold files, each read as one slice (see GUIDELINES.md); the test split lives in the first only. */
const SLICES = [
  { name: 'first', file: 'headlines.jsonl' },
  { name: 'second', file: 'headlines-second200.jsonl' },
  { name: 'third', file: 'headlines-third200.jsonl' },
  { name: 'fourth', file: 'headlines-fourth200.jsonl' },
] as const;

function readGold(file: string): GoldItem[] {
  return readFileSync(path.resolve(import.meta.dirname, 'gold', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldItem);
}

/** Scores the headline event types; prints per-type rows per split and slice and a final micro-F1 line; returns 0. */
export async function run(args: string[]): Promise<number> {
  const splitArg = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'all';
  if (!['dev', 'test', 'all'].includes(splitArg ?? '')) {
    process.stderr.write('usage: npm run eval -- events [--split dev|test|all] [--verbose]\n');
    return 2;
  }
  const verbose = args.includes('--verbose');
  const csv = sharedPath('newsdatahub-cybersecurity-news', 'cybersecurity-news-en-3000.train.csv');
  const byId = new Map(parseCsvRecords(readFileSync(csv, 'utf8')).map((r) => [r.id!, r]));
  const kb = compileKb(loadBuiltinKb());
  const groups = SLICES.flatMap((slice) => {
    const gold = readGold(slice.file);
    return (['dev', 'test'] as const)
      .filter((split) => splitArg === 'all' || splitArg === split)
      .map((split) => ({
        split,
        label: `${split}, ${slice.name} slice`,
        items: gold.filter((g) => g.split === split),
      }))
      .filter((group) => group.items.length > 0);
  });
  // Dev slices first, the held-out test last (its line is the summary).
  groups.sort((a, b) => (a.split === b.split ? 0 : a.split === 'dev' ? -1 : 1));
  let last = '';
  for (const { split, label, items } of groups) {
    const perType = new Map<string, Counts>(SCORED.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
    const micro: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const item of items) {
      const record = byId.get(item.id);
      if (!record) throw new Error(`eval/events: item ${item.id} not in ${csv}`);
      const text = `${record.title ?? ''}\n\n${record.description ?? ''}`;
      const analysis = analyzeText({ title: null, text }, kb);
      const events = extractEvents({
        text,
        sentences: splitSentences(text),
        entities: analysis.entities,
        boilerplate: analysis.boilerplate,
      });
      const predicted = new Set(events.filter((e) => e.stance !== 'denied').map((e) => e.type as string));
      for (const type of SCORED) {
        const p = new Set(predicted.has(type) ? [item.id] : []);
        const g = new Set(item.types.includes(type) ? [item.id] : []);
        addCounts(perType.get(type)!, p, g);
        addCounts(micro, p, g);
        if (verbose && p.size !== g.size)
          process.stdout.write(`  ${p.size ? 'FP' : 'FN'} ${type} ${item.id.slice(0, 8)} ${record.title}\n`);
      }
    }
    process.stdout.write(`events (${label}, ${items.length} items):\n`);
    for (const [type, counts] of perType) process.stdout.write(`  ${formatRow(type, counts)}\n`);
    process.stdout.write(`  ${formatRow('micro', micro)}\n`);
    last = `events ${split} ${label.split(', ')[1]} micro_f1=${prf(micro).f.toFixed(3)}`;
    process.stdout.write(`${last}\n`);
  }
  return 0;
}
