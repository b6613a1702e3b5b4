import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { analyzeText } from '../../analysis/analyze.ts';
import { type CompiledKb, compileKb, loadBuiltinKb } from '../../analysis/kb/index.ts';
import type { Analysis } from '../../domain/analysis.ts';
import { decodeHtml, extractArticle } from '../../ingest/article/index.ts';
import { loadKnowledgeBase } from '../../pipeline/load-kb.ts';
import { isPostgresUrl, openStore } from '../../store/connect.ts';
import { configFrom, type GlobalOptions, printJson, UsageError } from '../context.ts';
import { readInput } from '../read-input.ts';

/** `analyze <file|url|->` and `analyze --jsonl`: the analysis contract for one or many documents. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze [input]')
    .description(
      'analyse one document (file, URL or - for stdin), or JSON Lines {"id","title","text"} with --jsonl',
    )
    .option('--json', 'print the analysis contract as JSON')
    .option('--jsonl', 'read JSON Lines on stdin, write one analysis per line with the same id')
    .action(async (input: string | undefined, options: { json?: boolean; jsonl?: boolean }) => {
      const kb = await knowledgeBaseFor(program.opts<GlobalOptions>());
      if (options.jsonl) return analyzeJsonLines(kb);
      if (!input) throw new UsageError('analyze needs a file, a URL or - (stdin); or use --jsonl');
      const document = await readDocument(input, program.opts<GlobalOptions>());
      const analysis = analyzeText(
        { title: document.title, text: document.text, ...(document.url ? { url: document.url } : {}) },
        kb,
      );
      if (options.json) printJson(analysis);
      else printHuman(analysis, document.text);
    });
}

/**
 * The knowledge base of the configured database (built-in tables plus `kb import`s) when that database
 * exists; the built-in tables alone otherwise, so `analyze` never creates a database as a side effect.
 */
async function knowledgeBaseFor(global: GlobalOptions): Promise<CompiledKb> {
  const config = configFrom(global);
  if (!isPostgresUrl(config.databaseUrl) && !existsSync(config.databaseUrl))
    return compileKb(loadBuiltinKb());
  const store = await openStore(config.databaseUrl);
  try {
    return (await loadKnowledgeBase(store.db)).kb;
  } finally {
    await store.close();
  }
}

type Document = { title: string | null; text: string; url?: string };

async function readDocument(input: string, global: GlobalOptions): Promise<Document> {
  const { bytes, url, contentType } = await readInput(input, configFrom(global));
  const isWebPage = /^https?:\/\//i.test(input);
  const raw = isWebPage ? decodeHtml(bytes, contentType) : new TextDecoder().decode(bytes);
  if (isWebPage || (/^\s*</.test(raw) && /<(html|body|article|p)[\s>]/i.test(raw))) {
    const article = extractArticle(raw, url);
    if (!article.ok)
      throw new Error(`cannot extract an article from ${input}: ${article.code} ${article.message}`);
    return { title: article.value.title, text: article.value.text, ...(isWebPage ? { url } : {}) };
  }
  return { title: titleOf(raw), text: raw };
}

/** A plain-text document's title: its first line, when short and followed by a blank line. */
function titleOf(text: string): string | null {
  const match = /^\s*([^\n]{1,200})\n\s*\n/.exec(text);
  return match?.[1]?.trim() ?? null;
}

async function analyzeJsonLines(kb: CompiledKb): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  let failures = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (!line.trim()) continue;
    let record: { id?: unknown; title?: unknown; text?: unknown };
    try {
      record = JSON.parse(line) as typeof record;
    } catch {
      failures += 1;
      process.stderr.write(`line ${lineNumber}: not valid JSON; skipped\n`);
      continue;
    }
    if (typeof record.text !== 'string') {
      failures += 1;
      process.stderr.write(`line ${lineNumber}: "text" must be a string; skipped\n`);
      continue;
    }
    const title = typeof record.title === 'string' ? record.title : null;
    const analysis = analyzeText({ title, text: record.text }, kb);
    process.stdout.write(`${JSON.stringify({ id: record.id ?? null, ...analysis })}\n`);
  }
  if (failures > 0) process.exitCode = 1;
}

function printHuman(analysis: Analysis, text: string): void {
  process.stdout.write(
    `${analysis.title ?? '(untitled)'} — ${analysis.text_length} chars, language ${analysis.language}\n`,
  );
  process.stdout.write(`\nEntities (${analysis.entities.length}):\n`);
  for (const entity of analysis.entities) {
    const first = entity.mentions[0];
    process.stdout.write(
      `  ${entity.id.padEnd(40)} ${entity.name} ×${entity.mentions.length}${first ? `  e.g. "${text.slice(first.start, first.end)}" @${first.start} (${first.rule})` : ''}\n`,
    );
  }
  if (analysis.events.length) {
    process.stdout.write(`\nEvents (${analysis.events.length}):\n`);
    for (const event of analysis.events) {
      const args = event.arguments.map((a) => `${a.role}=${a.entity ?? JSON.stringify(a.text)}`).join(' ');
      process.stdout.write(`  ${event.type} [${event.stance}] "${event.trigger.text}" ${args}\n`);
    }
  }
  if (analysis.quotes.length) {
    process.stdout.write(`\nQuotes (${analysis.quotes.length}):\n`);
    for (const quote of analysis.quotes)
      process.stdout.write(`  ${quote.speaker ?? '?'}: ${quote.text.slice(0, 90)}…\n`);
  }
  if (analysis.boilerplate.length)
    process.stdout.write(`\nBoilerplate spans: ${analysis.boilerplate.length}\n`);
}
