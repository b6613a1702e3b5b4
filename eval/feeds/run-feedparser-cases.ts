import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readFeed } from '../../src/ingest/feeds/parse-feed.ts';
import { caseText, listFiles, Tally } from './case-files.ts';
import { resultScope } from './feedparser-view.ts';
import { evaluateExpectation } from './python-expr.ts';

/** One case that did not hold, for the verbose listing. */
export type Failure = { readonly file: string; readonly expect: string; readonly why: string };

/** Case metadata read from the comment, with upstream's regexes (tests/helpers.py). */
function readCase(text: string) {
  const m = /Description:\s*(.*?)\s*Expect:\s*(.*)\s*-->/s.exec(text);
  if (!m) return null;
  const headers = [...text.matchAll(/^Header:\s+([^:]+):(.*)$/gm)].map(
    (h) => [(h[1] ?? '').trim(), (h[2] ?? '').trim()] as [string, string],
  );
  return { description: m[1] ?? '', expect: (m[2] ?? '').split('\n')[0]?.trim() ?? '', headers };
}

/**
 * Runs every feedparser-style case under `dir` (files with Description/Expect comments) through the
 * product's own parse (`readFeed`, which `parseFeed` is built on) and judges the detailed result it
 * produced; the suite rules on bozo are applied by folder (wellformed, illformed/http).
 */
export function runFeedparserCases(dir: string): { tally: Tally; failures: Failure[] } {
  const tally = new Tally();
  const failures: Failure[] = [];
  for (const file of listFiles(dir, ['.xml', '.rdf', '.atom', '.rss'])) {
    const bytes = readFileSync(file);
    const meta = readCase(caseText(bytes));
    if (!meta) continue;
    const rel = path.relative(dir, file).split(path.sep).join('/');
    const parts = rel.split('/');
    const at = parts.indexOf('tests');
    const inner = at === -1 ? parts : parts.slice(at + 1);
    const folder = inner.slice(0, Math.min(2, inner.length - 1)).join('/') || '.';
    const http = rel.includes('http');
    const headers: [string, string][] =
      http && !meta.headers.some(([k]) => k.toLowerCase() === 'content-type')
        ? [['Content-type', 'text/xml'], ...meta.headers]
        : meta.headers;
    const header = (name: string): string | undefined => headers.find(([k]) => k.toLowerCase() === name)?.[1];
    const href = `http://127.0.0.1:8097/${inner.join('/')}`;
    let why = '';
    try {
      const read = readFeed(
        bytes,
        http
          ? {
              baseUrl: href,
              contentType: header('content-type'),
              contentLocation: header('content-location'),
              contentLanguage: header('content-language'),
            }
          : {},
      );
      if (!read.ok) throw new Error(`refused (${read.code}): ${read.message}`);
      const result = read.value.detailed;
      const outcome = evaluateExpectation(meta.expect, resultScope(result, http ? { headers, href } : null));
      if (!outcome.ok) why = outcome.error ?? 'expectation false';
      if (inner[0] === 'wellformed' && result.bozo) why ||= `bozo: ${result.bozoMessages[0]}`;
      if (inner[0] === 'illformed' && http && !result.bozo) why ||= 'expected bozo';
      if (why && result.bozo) why += ` [bozo: ${result.bozoMessages[0]}]`;
    } catch (error) {
      why =
        error instanceof Error && error.message.startsWith('refused')
          ? error.message
          : `threw: ${error instanceof Error ? error.stack : String(error)}`;
    }
    tally.add(folder, why === '');
    if (why) failures.push({ file: rel, expect: meta.expect, why });
  }
  return { tally, failures };
}
