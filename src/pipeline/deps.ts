import type { Logger } from 'pino';
import type { CompiledKb } from '../analysis/kb/index.ts';
import type { Config } from '../config/schema.ts';
import type { HttpGet } from '../ingest/fetch/index.ts';
import type { Db } from '../store/database.ts';

/** Everything a pipeline step needs, built once by the CLI or server and passed down. */
export type PipelineDeps = {
  readonly db: Db;
  readonly httpGet: HttpGet;
  readonly kb: CompiledKb;
  /** Texts the user marked as false positives (`kb ignore`). */
  readonly ignore: readonly string[];
  readonly config: Config;
  readonly logger: Pick<Logger, 'info' | 'warn' | 'error' | 'debug'>;
  readonly now: () => Date;
};
