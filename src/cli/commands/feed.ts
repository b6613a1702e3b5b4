import type { Command } from 'commander';
import { parseFeed } from '../../ingest/feeds/index.ts';
import { configFrom, type GlobalOptions, printJson } from '../context.ts';
import { readInput } from '../read-input.ts';

/** `feed parse <file|url>`: our normalised feed and its warnings. */
export function registerFeed(program: Command): void {
  const feed = program.command('feed').description('feed tools');
  feed
    .command('parse <input>')
    .description(
      'parse an RSS, Atom, RDF or JSON feed (file, URL or -) and print the normalised feed and its warnings',
    )
    .option('--json', 'print the normalised feed as JSON')
    .action(async (input: string, options: { json?: boolean }) => {
      const { bytes, url, contentType } = await readInput(input, configFrom(program.opts<GlobalOptions>()));
      const result = parseFeed(bytes, { baseUrl: url, ...(contentType ? { contentType } : {}) });
      if (!result.ok) throw new Error(`${input}: ${result.code}: ${result.message}`);
      const parsed = result.value;
      if (options.json) return printJson(parsed);
      process.stdout.write(
        `${parsed.format} · ${parsed.title ?? '(untitled)'} · ${parsed.items.length} item(s)\n`,
      );
      for (const item of parsed.items)
        process.stdout.write(
          `  ${item.publishedAt ?? '-'}  ${item.title ?? '(untitled)'}  ${item.url ?? ''}\n`,
        );
      for (const w of parsed.warnings) process.stdout.write(`warning ${w.code}: ${w.message}\n`);
    });
}
