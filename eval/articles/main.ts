import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../../src/ingest/article/extract-article.ts';
import { htmlToText } from '../../src/ingest/article/html-to-text.ts';
import { sharedPath } from '../shared-data.ts';
import { tokenF1 } from './token-f1.ts';

const PAGE_URL = 'http://fakehost/test/page.html';
const FIELDS = ['title', 'byline', 'siteName', 'publishedTime', 'lang'] as const;

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
}

const norm = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() ? v.replace(/\s+/g, ' ').trim() : null;

/** Our value for an expected metadata field, in the expected form (dates compared as instants). */
function agrees(
  field: (typeof FIELDS)[number],
  expected: unknown,
  got: Record<string, string | null>,
): boolean {
  const want = norm(expected);
  const have = got[field] ?? null;
  if (field === 'publishedTime')
    return want === null ? true : have !== null && new Date(want).getTime() === new Date(have).getTime();
  if (field === 'lang')
    return want === null || (have !== null && want.toLowerCase().startsWith(have.toLowerCase().slice(0, 2)));
  return want === have;
}

/**
 * `npm run eval -- articles [--dir <path>] [--verbose]`: extracts every page of a readability-pages
 * directory and prints mean token F1 against expected.html and metadata agreement per field, ending
 * with `articles token_f1=0.xxx`.
 */
export async function run(args: string[]): Promise<number> {
  const root = path.resolve(option(args, '--dir') ?? sharedPath('readability-pages'));
  const dir = existsSync(path.join(root, 'test-pages')) ? path.join(root, 'test-pages') : root;
  const verbose = args.includes('--verbose');
  const scores: number[] = [];
  const agreement = new Map<string, { ok: number; total: number }>();
  for (const name of readdirSync(dir).sort()) {
    const folder = path.join(dir, name);
    if (!existsSync(path.join(folder, 'source.html'))) continue;
    const expectedText = htmlToText(readFileSync(path.join(folder, 'expected.html'), 'utf8'));
    const metaFile = path.join(folder, 'expected-metadata.json');
    const meta = existsSync(metaFile)
      ? (JSON.parse(readFileSync(metaFile, 'utf8')) as Record<string, unknown>)
      : {};
    const result = extractArticle(readFileSync(path.join(folder, 'source.html'), 'utf8'), PAGE_URL, {
      minTextLength: 1,
    });
    const text = result.ok ? result.value.text : '';
    const f1 = tokenF1(text, expectedText);
    scores.push(f1);
    const got: Record<string, string | null> = result.ok
      ? {
          title: result.value.title,
          byline: result.value.byline,
          siteName: result.value.siteName,
          publishedTime: result.value.publishedAt,
          lang: result.value.language,
        }
      : {};
    const misses: string[] = [];
    for (const field of FIELDS) {
      if (!(field in meta)) continue;
      const row = agreement.get(field) ?? { ok: 0, total: 0 };
      row.total++;
      if (agrees(field, meta[field], got)) row.ok++;
      else
        misses.push(
          `${field}: want ${JSON.stringify(meta[field])} got ${JSON.stringify(got[field] ?? null)}`,
        );
      agreement.set(field, row);
    }
    if (verbose && (f1 < 0.95 || misses.length > 0))
      process.stdout.write(`  ${name}: f1=${f1.toFixed(3)} ${misses.join('; ')}\n`);
  }
  for (const [field, row] of agreement) process.stdout.write(`  ${field}: ${row.ok}/${row.total}\n`);
  const mean = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 0;
  process.stdout.write(`articles pages=${scores.length}\narticles token_f1=${mean.toFixed(3)}\n`);
  return mean >= 0.95 ? 0 : 1;
}
