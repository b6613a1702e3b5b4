import type { Command } from 'commander';
import { EVENT_TYPES } from '../../domain/analysis.ts';
import { snippetRuns } from '../../publish/present/search-snippet.ts';
import { runSearch } from '../../server/routes/api/search-results.ts';
import { openStore } from '../../store/connect.ts';
import { configFrom, type GlobalOptions, printJson, UsageError } from '../context.ts';

/** `search "<query>" [--entity <id>] [--type <event type>] [--limit n] [--json]`: full-text search over stories. */
export function registerSearch(program: Command): void {
  program
    .command('search <query>')
    .description('search stories: words, prefix* and "phrases", filtered by entity or event type')
    .option('--entity <id>', 'only stories mentioning this entity (e.g. country:CN)')
    .option('--type <type>', `only stories with this event type (${EVENT_TYPES.slice(0, 3).join(', ')}, …)`)
    .option('--limit <n>', 'number of stories (1-50)', '10')
    .option('--json', 'print the results as JSON')
    .action(
      async (query: string, options: { entity?: string; type?: string; limit: string; json?: boolean }) => {
        if (options.entity !== undefined && !/^[a-z][a-z-]*:\S/.test(options.entity))
          throw new UsageError(`--entity must be an entity id like country:CN, got "${options.entity}"`);
        if (options.type !== undefined && !(EVENT_TYPES as readonly string[]).includes(options.type))
          throw new UsageError(`--type must be one of ${EVENT_TYPES.join(', ')}`);
        const limit = Number(options.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 50)
          throw new UsageError('--limit must be 1 to 50');
        const store = await openStore(configFrom(program.opts<GlobalOptions>()).databaseUrl);
        try {
          const result = await runSearch(
            store.db,
            {
              text: query,
              ...(options.entity ? { entityIds: [options.entity] } : {}),
              ...(options.type ? { eventTypes: [options.type] } : {}),
            },
            { offset: 0, limit },
          );
          if (options.json) return printJson(result);
          const tty = process.stdout.isTTY;
          process.stdout.write(
            `${result.story_count} stories (${result.total_articles} matching articles)\n`,
          );
          for (const hit of result.data) {
            const snippet = snippetRuns(hit.snippet)
              .map((r) => (r.hit ? (tty ? `\x1b[1m${r.text}\x1b[0m` : `[${r.text}]`) : r.text))
              .join('');
            process.stdout.write(
              `\n#${hit.story.id} ${hit.story.title}\n  ${hit.story.section_title} · ${hit.story.outlet_count} outlets\n  ${snippet}\n`,
            );
          }
        } finally {
          await store.close();
        }
      },
    );
}
