import type { Command } from 'commander';
import { decodeHtml, extractArticle } from '../../ingest/article/index.ts';
import { configFrom, type GlobalOptions, printJson } from '../context.ts';
import { readInput } from '../read-input.ts';

/** `article extract <file|url>`: the readable article of a web page. */
export function registerArticle(program: Command): void {
  const article = program.command('article').description('article tools');
  article
    .command('extract <input>')
    .description(
      'extract title, byline, time, site, language, text, sanitised HTML, canonical and original URL from a page',
    )
    .option('--json', 'print the extracted article as JSON')
    .option('--url <url>', "the page's URL, for relative links when reading a file")
    .action(async (input: string, options: { json?: boolean; url?: string }) => {
      const { bytes, url, contentType } = await readInput(input, configFrom(program.opts<GlobalOptions>()));
      const result = extractArticle(decodeHtml(bytes, contentType), options.url ?? url);
      if (!result.ok) throw new Error(`${input}: ${result.code}: ${result.message}`);
      const a = result.value;
      if (options.json) return printJson(a);
      process.stdout.write(
        `${a.title ?? '(untitled)'}\n${[a.byline, a.siteName, a.publishedAt, a.language].filter(Boolean).join(' · ')}\n` +
          `canonical: ${a.canonicalUrl ?? '-'}\n${a.originalUrl ? `original: ${a.originalUrl}\n` : ''}\n${a.text}\n`,
      );
    });
}
