import { existsSync } from 'node:fs';
import path from 'node:path';
import { sharedPath } from '../shared-data.ts';
import type { Tally } from './case-files.ts';
import { runFeedparserCases } from './run-feedparser-cases.ts';
import { runFeedvalidatorCases } from './run-feedvalidator-cases.ts';
import { runJsonFeedExamples } from './run-jsonfeed-examples.ts';

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
}

/** Which suites a directory holds: the feed-conformance root, or one suite laid out like it. */
function suites(dir: string) {
  const sub = (name: string): string | undefined =>
    existsSync(path.join(dir, name)) ? path.join(dir, name) : undefined;
  const feedparser = sub('feedparser');
  const feedvalidator = sub('feedvalidator');
  const jsonfeed = sub('jsonfeed-spec');
  if (feedparser || feedvalidator || jsonfeed) return { feedparser, feedvalidator, jsonfeed };
  const base = path.basename(dir);
  if (base === 'feedvalidator' || existsSync(path.join(dir, 'testcases'))) return { feedvalidator: dir };
  if (base === 'jsonfeed-spec') return { jsonfeed: dir };
  return { feedparser: dir };
}

function report(name: string, tally: Tally): void {
  const total = tally.passed + tally.failed;
  const pct = total ? ((100 * tally.passed) / total).toFixed(1) : '0.0';
  process.stdout.write(`${name}: ${tally.passed}/${total} (${pct}%)\n${tally.lines().join('\n')}\n`);
}

/**
 * `npm run eval -- feeds [--dir <path>] [--verbose]`: runs the feed conformance cases (feedparser
 * Expect comments, feedvalidator accept/reject, JSON Feed spec examples); exit 0 when all pass.
 */
export async function run(args: string[]): Promise<number> {
  const dir = path.resolve(option(args, '--dir') ?? sharedPath('feed-conformance'));
  if (!existsSync(dir)) {
    process.stderr.write(`eval feeds: ${dir} does not exist\n`);
    return 2;
  }
  const verbose = args.includes('--verbose');
  const found = suites(dir);
  let passed = 0;
  let failed = 0;
  const add = (
    name: string,
    result: { tally: Tally; failures: readonly { file: string; why: string; expect?: string }[] },
  ): void => {
    report(name, result.tally);
    if (verbose)
      for (const f of result.failures)
        process.stdout.write(`  FAIL ${f.file}: ${f.why}${f.expect ? `\n       expect: ${f.expect}` : ''}\n`);
    passed += result.tally.passed;
    failed += result.tally.failed;
  };
  if (found.feedparser) add('feedparser', runFeedparserCases(found.feedparser));
  if (found.feedvalidator) add('feedvalidator', runFeedvalidatorCases(found.feedvalidator));
  if (found.jsonfeed) add('jsonfeed-spec', runJsonFeedExamples(found.jsonfeed));
  process.stdout.write(`feeds: ${passed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}
