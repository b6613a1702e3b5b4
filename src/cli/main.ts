import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/index.ts';
import { registerAnalyze } from './commands/analyze.ts';
import { registerDemo } from './commands/demo.ts';
import { registerDigest } from './commands/digest.ts';
import { registerExport } from './commands/export.ts';
import { registerFetch } from './commands/fetch.ts';
import { registerKb } from './commands/kb.ts';
import { registerRun } from './commands/run.ts';
import { registerServe } from './commands/serve.ts';
import { registerSources } from './commands/sources.ts';
import { registerStories } from './commands/stories.ts';
import { UsageError } from './context.ts';

/** Builds the command tree; each command lives in its own file under commands/. */
export function buildProgram(): Command {
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
  registerSources(program);
  registerFetch(program);
  registerAnalyze(program);
  registerKb(program);
  registerDigest(program);
  registerExport(program);
  registerServe(program);
  registerRun(program);
  registerDemo(program);
  registerStories(program);
  for (const command of allCommands(program)) command.exitOverride();
  return program;
}

function allCommands(command: Command): Command[] {
  return command.commands.flatMap((c) => [c, ...allCommands(c)]);
}

/** Runs the CLI and returns the exit code: 0 ok, 1 failure, 2 usage error. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
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
