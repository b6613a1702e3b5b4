import pino, { type Logger } from 'pino';
import { type Config, type ConfigOverrides, loadConfig } from '../config/index.ts';
import { createHttpGet } from '../ingest/fetch/index.ts';
import type { PipelineDeps } from '../pipeline/deps.ts';
import { loadKnowledgeBase } from '../pipeline/load-kb.ts';
import { openStore, type Store } from '../store/connect.ts';
import { listKbIgnore } from '../store/repositories/kb-ignore.ts';

/** Options every command accepts (declared on the root program). */
export type GlobalOptions = { database?: string; config?: string; logLevel?: string };

/** Thrown for a bad command line: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Builds the frozen config from the working directory, environment and global options. */
export function configFrom(
  options: GlobalOptions,
  extra: Omit<ConfigOverrides, 'database' | 'configFile'> = {},
): Config {
  const config = loadConfig(process.cwd(), process.env, {
    ...(options.database ? { database: options.database } : {}),
    ...(options.config ? { configFile: options.config } : {}),
    ...extra,
  });
  return options.logLevel ? { ...config, logLevel: options.logLevel as Config['logLevel'] } : config;
}

/** A logger writing JSON lines to stderr, so stdout carries only data. */
export function createLogger(config: Config): Logger {
  return pino({ level: config.logLevel, base: undefined }, pino.destination(2));
}

/** The world a pipeline command needs: store, HTTP client, knowledge base, logger. Close the store when done. */
export async function openWorld(
  config: Config,
  logger: Logger,
): Promise<{ store: Store; deps: PipelineDeps }> {
  const store = await openStore(config.databaseUrl);
  const { kb, skipped } = await loadKnowledgeBase(store.db);
  if (skipped > 0)
    logger.warn({ skipped }, 'knowledge base: stored entries that no longer validate were skipped');
  const deps: PipelineDeps = {
    db: store.db,
    httpGet: createHttpGet({
      userAgent: config.http.userAgent,
      timeoutMs: config.http.timeoutMs,
      maxBytes: config.http.maxBytes,
      allowHosts: config.http.allowHosts,
    }),
    kb,
    ignore: await listKbIgnore(store.db),
    config,
    logger,
    now: () => new Date(),
  };
  return { store, deps };
}

/** Prints data as pretty JSON to stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Parses a positive integer id argument or throws a UsageError naming it. */
export function parseId(value: string, what: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${what} must be a positive integer, got "${value}"`);
  return Number(value);
}
