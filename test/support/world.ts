import pino from 'pino';
import { compileKb, loadBuiltinKb } from '../../src/analysis/kb/index.ts';
import { type Config, loadConfig } from '../../src/config/index.ts';
import { createHttpGet } from '../../src/ingest/fetch/index.ts';
import type { PipelineDeps } from '../../src/pipeline/deps.ts';
import type { Db } from '../../src/store/database.ts';

let compiled: ReturnType<typeof compileKb> | undefined;

/** Config for tests: a given database, loopback allowed, silent logs; HTTP timeouts generous, since the
 * newsroom shares the event loop with analysis and a loaded CI machine slows both (tests of timeouts set
 * their own). */
export function testConfig(databaseUrl: string, overrides: Partial<Config> = {}): Config {
  const base = loadConfig(process.cwd(), {}, { database: databaseUrl, allowHosts: ['127.0.0.1'] });
  return {
    ...base,
    logLevel: 'silent',
    publicUrl: 'https://brief.example',
    ...overrides,
    http: { ...base.http, timeoutMs: 30_000, ...overrides.http },
  };
}

/** Real pipeline dependencies over a test database (built-in knowledge base compiled once per process). */
export function testDeps(db: Db, config: Config, now: () => Date = () => new Date()): PipelineDeps {
  compiled ??= compileKb(loadBuiltinKb());
  return {
    db,
    httpGet: createHttpGet({
      userAgent: 'Threatbrief-test',
      timeoutMs: config.http.timeoutMs,
      maxBytes: config.http.maxBytes,
      allowHosts: config.http.allowHosts,
    }),
    kb: compiled,
    ignore: [],
    config,
    logger: pino({ level: 'silent' }),
    now,
  };
}
