import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/index.ts';
import { UsageError } from './context.ts';

type Register = (program: Command) => void;

/**
 * Every top-level command and the module that registers it. Modules load lazily: a command pulls in
 * only its own dependencies (the language detector, Readability, the SQL drivers…), so `threatbrief
 * sources list` does not pay for `analyze`; root help loads them all.
 */
const COMMANDS: ReadonlyArray<readonly [string, () => Promise<Register>]> = [
  ['sources', async () => (await import('./commands/sources.ts')).registerSources],
  ['fetch', async () => (await import('./commands/fetch.ts')).registerFetch],
  ['analyze', async () => (await import('./commands/analyze.ts')).registerAnalyze],
  ['feed', async () => (await import('./commands/feed.ts')).registerFeed],
  ['article', async () => (await import('./commands/article.ts')).registerArticle],
  ['kb', async () => (await import('./commands/kb.ts')).registerKb],
  ['digest', async () => (await import('./commands/digest.ts')).registerDigest],
  ['subscribers', async () => (await import('./commands/subscribers.ts')).registerSubscribers],
  ['export', async () => (await import('./commands/export.ts')).registerExport],
  ['search', async () => (await import('./commands/search.ts')).registerSearch],
  ['serve', async () => (await import('./commands/serve.ts')).registerServe],
  ['run', async () => (await import('./commands/run.ts')).registerRun],
  ['demo', async () => (await import('./commands/demo.ts')).registerDemo],
  ['stories', async () => (await import('./commands/stories.ts')).registerStories],
];

/** The first argument that is not an option (or an option's value): the command being run, if any. */
function commandNameOf(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (['--database', '--config', '--log-level'].includes(arg)) {
      i++;
      continue;
    }
    if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

/** Builds the command tree: every command when `only` is undefined or unknown, else just that one. */
export async function buildProgram(only?: string): Promise<Command> {
  const program = new Command('threatbrief')
    .description(
      'Cyber threat intelligence news: ingest feeds, merge stories, analyse, publish a daily brief.',
    )
    .version('0.1.0')
    .option(
      '--database <url>',
      'SQLite file or postgres:// URL (default ./data/threatbrief.db, or DATABASE_URL)',
    )
    .option('--config <file>', 'JSON config file (default ./threatbrief.config.json when present)')
    .option('--log-level <level>', 'fatal|error|warn|info|debug|trace|silent')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  program.configureOutput({ outputError: (text, write) => write(text) });
  const wanted = COMMANDS.filter(([name]) => name === only);
  for (const [, load] of wanted.length > 0 ? wanted : COMMANDS) (await load())(program);
  for (const command of allCommands(program)) command.exitOverride();
  return program;
}

function allCommands(command: Command): Command[] {
  return command.commands.flatMap((c) => [c, ...allCommands(c)]);
}

/** Runs the CLI and returns the exit code: 0 ok, 1 failure, 2 usage error. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = await buildProgram(commandNameOf(argv.slice(2)));
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.exitCode === 0
      )
        return 0;
      return 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n(run with --help for usage)\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`error: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`error: ${(error as Error).message ?? String(error)}\n`);
    if (process.env.THREATBRIEF_DEBUG) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return 1;
  }
}
