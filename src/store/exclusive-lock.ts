import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { sql } from 'kysely';
import { type Db, dialectOf } from './database.ts';

/** What `withExclusiveLock` did: ran `fn` holding the lock, or found it held by someone else. */
export type LockOutcome<T> =
  | { readonly ran: true; readonly value: T }
  | { readonly ran: false; readonly holder: string };

/**
 * Runs `fn` while holding the named lock across processes that share the database: a PostgreSQL session
 * advisory lock on one pinned connection, or a lock file beside the SQLite file (`<db>.<name>.lock`, holding
 * the owner's pid and host; a file left by a process that died on this host is taken over). Returns without
 * running `fn` when another process holds the lock. The lock is released when `fn` settles.
 */
export async function withExclusiveLock<T>(
  db: Db,
  name: string,
  fn: () => Promise<T>,
): Promise<LockOutcome<T>> {
  if (dialectOf(db) === 'postgres') return postgresLock(db, name, fn);
  return sqliteLock(db, name, fn);
}

async function postgresLock<T>(db: Db, name: string, fn: () => Promise<T>): Promise<LockOutcome<T>> {
  return db.connection().execute(async (connection) => {
    const key = sql`hashtextextended(${`threatbrief:${name}`}, 0)`;
    const { rows } = await sql<{ ok: boolean }>`select pg_try_advisory_lock(${key}) as ok`.execute(
      connection,
    );
    if (!rows[0]?.ok) return { ran: false, holder: 'another PostgreSQL session' };
    try {
      return { ran: true, value: await fn() };
    } finally {
      await sql`select pg_advisory_unlock(${key})`.execute(connection);
    }
  });
}

type LockFile = { readonly pid: number; readonly host: string; readonly since: string };

async function sqliteLock<T>(db: Db, name: string, fn: () => Promise<T>): Promise<LockOutcome<T>> {
  const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(db);
  const file = rows.find((row) => row.name === 'main')?.file;
  // An in-memory database lives in one process: nobody else can hold the lock.
  if (!file) return { ran: true, value: await fn() };
  const lockPath = `${file}.${name}.lock`;
  const mine: LockFile = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(lockPath, JSON.stringify(mine), { flag: 'wx', mode: 0o600 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(lockPath);
      if (attempt === 0 && holder && isDead(holder)) {
        unlinkSync(lockPath);
        continue;
      }
      return {
        ran: false,
        holder: holder ? `process ${holder.pid} on ${holder.host} since ${holder.since}` : lockPath,
      };
    }
  }
  try {
    return { ran: true, value: await fn() };
  } finally {
    unlinkSync(lockPath);
  }
}

function readHolder(lockPath: string): LockFile | undefined {
  try {
    const value = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockFile>;
    if (typeof value.pid === 'number' && typeof value.host === 'string')
      return { pid: value.pid, host: value.host, since: String(value.since ?? '') };
  } catch {}
  return undefined;
}

/** Whether the holder was a process on this host that no longer runs (its lock is stale). */
function isDead(holder: LockFile): boolean {
  if (holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
