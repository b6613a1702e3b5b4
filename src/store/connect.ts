import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database, Db, Dialect } from './database.ts';

export type { Dialect } from './database.ts';

import { migrateToLatest } from './migrate.ts';

/** An open, migrated database with its dialect; `close()` releases connections. */
export type Store = { readonly db: Db; readonly dialect: Dialect; close(): Promise<void> };

/** True when the URL selects PostgreSQL. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/**
 * Opens SQLite (WAL, foreign keys on, a 64 MiB page cache; the file's folder is created) or PostgreSQL by URL and runs
 * pending migrations. Throws with the cause when the database cannot be opened or migrated.
 */
export async function openStore(url: string): Promise<Store> {
  if (isPostgresUrl(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle client whose connection the server closed (restart, failover, pg_terminate_backend) is
    // reported here; the pool discards it and the next query connects afresh. Without a listener the
    // 'error' event would crash the process. Errors of running queries still reject those queries.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return finishOpen(db, 'postgres', url);
  }
  if (url !== ':memory:') mkdirSync(path.dirname(url), { recursive: true });
  const sqlite = new SqliteDatabase(url);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // Up to 64 MiB of pages kept in process (the default is 2 MiB): browsing pages probe indexes at random
  // story ids, and each page fetched again from the OS costs a read system call. Memory is taken as used.
  sqlite.pragma('cache_size = -65536');
  // Reads map the file instead (up to 1 GiB of address space, not memory): a page missing from the cache
  // is then a memory access to the OS page cache, not a read system call.
  if (url !== ':memory:') sqlite.pragma('mmap_size = 1073741824');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return finishOpen(db, 'sqlite', url);
}

/**
 * Kysely's SQLite driver prepares every query anew, about a sixth of a web request's CPU; the queries come
 * from a small fixed set of builders, so their statements are kept (bounded). Statements are reused only
 * by synchronous calls: nothing here streams (`.stream()` would hold a statement busy while iterating).
 */
function withStatementCache(sqlite: SqliteDatabase.Database) {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    prepare(source: string) {
      let statement = statements.get(source);
      if (!statement) {
        if (statements.size >= 500) statements.clear();
        statement = sqlite.prepare(source);
        statements.set(source, statement);
      }
      return statement;
    },
    close() {
      sqlite.close();
    },
  };
}

async function finishOpen(db: Db, dialect: Dialect, url: string): Promise<Store> {
  try {
    await migrateToLatest(db, dialect);
  } catch (cause) {
    await db.destroy();
    throw new Error(`store: cannot open or migrate ${redact(url)}: ${(cause as Error).message}`, { cause });
  }
  return { db, dialect, close: () => db.destroy() };
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}
