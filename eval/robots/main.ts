import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeRobotsBytes, isAllowedByRobots } from '../../src/ingest/fetch/robots.ts';
import { sharedPath } from '../shared-data.ts';

type Expectation = { url: string; userAgent: string; expected: string; testType?: string };
type Document = { robotstxt: string | null; robotstxtBase64: string | null; expectations: Expectation[] };

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
}

/**
 * `npm run eval -- robots [--dir <path>] [--verbose]`: runs the robots.txt conformance cases (cases.json)
 * through our robots matcher; prints counts per file and ends with `robots: N passed, M failed`.
 */
export async function run(args: string[]): Promise<number> {
  const dir = path.resolve(option(args, '--dir') ?? sharedPath('robotstxt-conformance'));
  const parsed = JSON.parse(readFileSync(path.join(dir, 'cases.json'), 'utf8')) as {
    cases: Record<string, Document[]>;
  };
  let passed = 0;
  let failed = 0;
  for (const [file, documents] of Object.entries(parsed.cases)) {
    let filePassed = 0;
    let fileTotal = 0;
    for (const doc of documents) {
      // As the fetcher reads it: bytes off the wire, decoded by decodeRobotsBytes.
      const text = decodeRobotsBytes(
        doc.robotstxt !== null
          ? Buffer.from(doc.robotstxt, 'utf8')
          : Buffer.from(doc.robotstxtBase64 ?? '', 'base64'),
      );
      for (const e of doc.expectations) {
        let allowed: boolean | string;
        try {
          allowed = isAllowedByRobots(text, e.url, e.userAgent);
        } catch (error) {
          allowed = `threw ${String(error)}`;
        }
        const ok = (e.expected === 'ALLOWED') === allowed;
        fileTotal++;
        if (ok) filePassed++;
        else if (args.includes('--verbose'))
          process.stdout.write(`  FAIL ${file} ${e.userAgent} ${e.url} expected ${e.expected}\n`);
      }
    }
    passed += filePassed;
    failed += fileTotal - filePassed;
    process.stdout.write(`  ${file}: ${filePassed}/${fileTotal}\n`);
  }
  process.stdout.write(`robots: ${passed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}
