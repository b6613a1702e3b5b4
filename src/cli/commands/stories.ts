import type { Command } from 'commander';
import { z } from 'zod';
import { analyzeText } from '../../analysis/analyze.ts';
import { compileKb, loadBuiltinKb } from '../../analysis/kb/index.ts';
import { analysisTextOf } from '../../domain/article-text.ts';
import { clusterStream, type StreamItem } from '../../stories/cluster-stream.ts';
import { InMemoryStoryIndex } from '../../stories/in-memory-story-index.ts';
import { storyInputOf } from '../../stories/story-input.ts';
import { UsageError } from '../context.ts';

const LineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  title: z.string().default(''),
  text: z.string().default(''),
  url: z.string().nullish(),
  source: z.string().nullish(),
  published: z.string(),
});

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses JSON Lines into stream items; throws a UsageError naming the first bad line. */
export function parseStoryLines(input: string, withEntities: boolean): StreamItem[] {
  const kb = withEntities ? compileKb(loadBuiltinKb()) : undefined;
  const items: StreamItem[] = [];
  input.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new UsageError(`line ${i + 1} is not JSON`);
    }
    const parsed = LineSchema.safeParse(value);
    if (!parsed.success)
      throw new UsageError(
        `line ${i + 1} needs {"id","title","text","url","source","published"}: ${parsed.error.issues[0]?.message ?? ''}`,
      );
    const { id, title, text, url, source, published } = parsed.data;
    const article = { title, text, publishedAt: published, url: url ?? null, source: source ?? null };
    // With entities, the input is built exactly as the pipeline builds it (boilerplate removed, entity
    // ids and event types from the analysis of title + text).
    const input = kb
      ? storyInputOf(
          article,
          analyzeText({ title, text: analysisTextOf({ title, text }), ...(url ? { url } : {}) }, kb),
        )
      : article;
    items.push({ key: id, ...input });
  });
  return items;
}

/** `stories cluster --jsonl`: offline, deterministic story clustering with the pipeline's code. */
export function registerStories(program: Command): void {
  const stories = program.command('stories').description('merge articles into stories');
  stories
    .command('cluster')
    .description(
      'read JSON Lines {"id","title","text","url","source","published"} on stdin, write {"id","story"} lines',
    )
    .option('--jsonl', 'JSON Lines in and out (the only format)')
    .option('--no-entities', 'skip entity analysis (names come from capitalisation only)')
    .option('--related', 'also print related story ids')
    .action(async (options: { jsonl?: boolean; entities: boolean; related?: boolean }) => {
      if (!options.jsonl) throw new UsageError('stories cluster reads and writes JSON Lines: pass --jsonl');
      const items = parseStoryLines(await readStdin(), options.entities);
      const results = await clusterStream(items, new InMemoryStoryIndex());
      const out = results.map((r) =>
        JSON.stringify(
          options.related ? { id: r.key, story: r.story, related: r.related } : { id: r.key, story: r.story },
        ),
      );
      process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
    });
}
