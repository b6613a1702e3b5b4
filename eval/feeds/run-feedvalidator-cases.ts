import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readFeed } from '../../src/ingest/feeds/parse-feed.ts';
import { caseText, listFiles, Tally } from './case-files.ts';

type Expectation = { negated: boolean; eventClass: string; ancestors: readonly string[] };

const FEED_FOLDERS = new Set(['atom', 'rss', 'rss20', 'rss11', 'ext', 'xml', 'gbase']);

/** Expectations from expectations.json when present, else from each file's comment (upstream's regex). */
function expectationsFor(dir: string, files: readonly string[]): Map<string, Expectation> {
  const out = new Map<string, Expectation>();
  const classes = new Map<string, readonly string[]>();
  const hierarchy = path.join(dir, 'message-classes.json');
  if (existsSync(hierarchy)) {
    const parsed = JSON.parse(readFileSync(hierarchy, 'utf8')) as Record<
      string,
      { ancestors?: string[] } | string[]
    >;
    for (const [name, v] of Object.entries(parsed))
      classes.set(name, Array.isArray(v) ? v : (v.ancestors ?? []));
  }
  for (const file of files) {
    const m = /<!--\s*Description:\s*(.*?)\s*Expect:\s*(!?)(\w*)(?:{(.*?)})?\s*-->/s.exec(
      caseText(readFileSync(file)),
    );
    if (!m) continue;
    const eventClass = m[3] ?? '';
    out.set(file, { negated: m[2] === '!', eventClass, ancestors: classes.get(eventClass) ?? [] });
  }
  return out;
}

/**
 * Runs the feedvalidator cases as a parser (not a validator) can: nothing may throw; feeds a validator
 * accepts (`!Error`, `!Message`, `Success`) must parse; not-well-formed ones (SAXError) must be flagged.
 */
export function runFeedvalidatorCases(dir: string) {
  const tally = new Tally();
  const failures: { file: string; why: string }[] = [];
  const files = listFiles(dir, ['.xml', '.opml']);
  const expectations = expectationsFor(dir, files);
  for (const file of files) {
    const expectation = expectations.get(file);
    if (!expectation) continue;
    const rel = path.relative(dir, file).split(path.sep).join('/');
    const parts = rel.split('/');
    const folder = parts[parts.indexOf('testcases') + 1] ?? '.';
    const accepted =
      (expectation.negated && ['Error', 'Message'].includes(expectation.eventClass)) ||
      (!expectation.negated && expectation.eventClass === 'Success');
    const saxError =
      !expectation.negated &&
      (expectation.eventClass === 'SAXError' || expectation.ancestors.includes('SAXError'));
    let why = '';
    try {
      const bytes = readFileSync(file);
      const product = readFeed(bytes);
      if (accepted && FEED_FOLDERS.has(folder) && !product.ok) why = `valid feed refused: ${product.message}`;
      if (saxError && product.ok && !product.value.detailed.bozo && product.value.feed.warnings.length === 0)
        why = 'not well-formed but not flagged';
    } catch (error) {
      why = `threw: ${error instanceof Error ? error.message : String(error)}`;
    }
    tally.add(folder, why === '');
    if (why) failures.push({ file: rel, why });
  }
  return { tally, failures };
}
