// `npm run bench -- linearity [--runs 20] [--seed 1]`: parse time must grow linearly with input size, on
// more generated cases than the property test runs (both measure with test/support/feed-linearity.ts).
// A benchmark as well as a test: timings depend on the machine's load; the seed makes a run repeatable.
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  BOUND,
  type FeedFormat,
  field,
  format,
  itemsRatio,
  lengthRatio,
  warmUp,
} from '../test/support/feed-linearity.ts';

interface Case {
  readonly kind: 'items' | 'length';
  readonly format: FeedFormat;
  readonly ratio: number;
}

function option(args: readonly string[], name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

export async function run(args: string[]): Promise<number> {
  const runs = option(args, 'runs', 20);
  const seed = option(args, 'seed', 1);
  const items = fc.sample(fc.tuple(format, field, field), { numRuns: runs, seed });
  const lengths = fc.sample(fc.tuple(format, field), { numRuns: runs, seed: seed + 1 });
  warmUp();
  const cases = [
    ...items.map(
      ([f, title, body]): Case => ({ kind: 'items', format: f, ratio: itemsRatio(f, title, body) }),
    ),
    ...lengths.map(([f, body]): Case => ({ kind: 'length', format: f, ratio: lengthRatio(f, body) })),
  ];
  const worst = (kind: Case['kind']) => Math.max(...cases.filter((c) => c.kind === kind).map((c) => c.ratio));
  const result = {
    at: new Date().toISOString(),
    runs,
    seed,
    bound: BOUND,
    worstItemsRatio: Number(worst('items').toFixed(2)),
    worstLengthRatio: Number(worst('length').toFixed(2)),
  };
  process.stdout.write(
    `linearity: 4x the items took at worst ${result.worstItemsRatio}x the time, 4x the text ${result.worstLengthRatio}x (linear ~4x, quadratic ~16x, bound ${BOUND}x)\n`,
  );
  const dir = path.join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  appendFileSync(path.join(dir, 'linearity.jsonl'), `${JSON.stringify(result)}\n`);
  return result.worstItemsRatio < BOUND && result.worstLengthRatio < BOUND ? 0 : 1;
}
