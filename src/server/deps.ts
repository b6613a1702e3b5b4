import type { KnowledgeBase } from '../analysis/kb/kb-types.ts';
import type { Config } from '../config/schema.ts';
import type { Mailer } from '../publish/mail/mailer.ts';
import type { Db } from '../store/database.ts';
import type { ResponseCacheOptions } from './response-cache.ts';

/** Where unexpected errors are reported (a pino logger fits). */
export type ErrorLogger = { error(fields: object, message: string): void };

/** What the HTTP app needs: the database, the configuration and, optionally, a clock and a logger. */
export type AppDeps = {
  readonly db: Db;
  readonly config: Config;
  readonly now?: () => Date;
  readonly logger?: ErrorLogger;
  /** Knowledge base for entity facts (aliases, country, description); the built-in one is loaded when absent. */
  readonly kb?: KnowledgeBase;
  /** Sends sign-up confirmations; an SMTP mailer from `config.smtp` is made on first use when absent. */
  readonly mailer?: Mailer;
  /** Signs subscription links; `config.secret` or `<dataDir>/secret` when absent. */
  readonly secret?: string;
  /** The in-process cache of public GET answers (see response-cache.ts); on with defaults unless `false`. */
  readonly responseCache?: ResponseCacheOptions | false;
};

/** The current time from the injected clock, or the system clock. */
export function nowOf(deps: AppDeps): Date {
  return deps.now ? deps.now() : new Date();
}
