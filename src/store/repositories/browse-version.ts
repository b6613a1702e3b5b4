import { CompiledQuery } from 'kysely';
import type { Db } from '../database.ts';
import { dialectOf } from '../database.ts';

// Compiled once: this runs on every cacheable request, so it skips Kysely's query builder.
const SQLITE_VERSION = CompiledQuery.raw(
  'select (select data_version from pragma_data_version) as d, total_changes() as c',
);
const POSTGRES_VERSION = CompiledQuery.raw('select pg_current_snapshot()::text as d, 0 as c');

/**
 * A token that differs whenever data visible to `db` may have changed since it was last read, from any
 * process; equal tokens mean nothing was committed in between, so a page built after reading a token
 * shows at least the data of that token. Costs one tiny query. Throws only on database errors.
 *
 * SQLite: `data_version` changes when another connection (or process) commits, and `total_changes()`
 * counts this connection's own writes (https://sqlite.org/pragma.html#pragma_data_version).
 * PostgreSQL: the current snapshot (xmin:xmax:running xids) moves whenever a writing transaction
 * commits or aborts anywhere in the cluster, so the token over-invalidates but never misses a commit.
 */
export async function readDataVersion(db: Db): Promise<string> {
  const postgres = dialectOf(db) === 'postgres';
  const { rows } = await db.executeQuery<{ d: number | string; c: number }>(
    postgres ? POSTGRES_VERSION : SQLITE_VERSION,
  );
  return `${postgres ? 'pg' : 'sqlite'}:${rows[0]?.d ?? ''}:${rows[0]?.c ?? 0}`;
}
