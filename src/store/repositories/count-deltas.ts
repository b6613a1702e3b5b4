import { type Kysely, sql } from 'kysely';
import type { Database, Db } from '../database.ts';

/** The totals kept on write: rows keyed by an entity and more, with one count; rows at zero are removed. */
type CountTables = {
  entity_days: { key: 'entity_id' | 'day'; count: 'story_count' };
  entity_event_roles: { key: 'entity_id' | 'role' | 'event_type'; count: 'event_count' };
  entity_pairs: { key: 'entity_id' | 'other_id'; count: 'story_count' };
};

/** Rows per upsert: a few parameters each stay far below SQLite's and PostgreSQL's limits per statement. */
const CHUNK = 500;

/**
 * Adds signed changes to a totals table (upsert: count = count + change) and deletes the rows they bring to
 * zero, for the entities they touch. `changes` must hold each key once (PostgreSQL refuses to update a row
 * twice in one statement); zero changes are skipped. Call it inside the transaction of the write it follows.
 */
export async function addCountDeltas<T extends keyof CountTables>(
  db: Db,
  table: T,
  spec: { readonly keys: readonly CountTables[T]['key'][]; readonly count: CountTables[T]['count'] },
  changes: ReadonlyArray<Database[T]>,
): Promise<void> {
  const rows = changes.filter((c) => (c as Record<string, unknown>)[spec.count] !== 0);
  if (rows.length === 0) return;
  // One body for three tables: Kysely cannot type a table chosen at run time, so the names are checked by
  // `CountTables` above and the query is built untyped.
  const untyped = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  const name: string = table;
  const count: string = spec.count;
  for (let i = 0; i < rows.length; i += CHUNK) {
    await untyped
      .insertInto(name)
      .values(rows.slice(i, i + CHUNK) as Record<string, unknown>[])
      .onConflict((oc) =>
        oc
          .columns([...spec.keys])
          .doUpdateSet({ [count]: sql`${sql.ref(`${name}.${count}`)} + ${sql.ref(`excluded.${count}`)}` }),
      )
      .execute();
  }
  const entities = [...new Set(rows.map((r) => r.entity_id))];
  for (let i = 0; i < entities.length; i += CHUNK) {
    await untyped
      .deleteFrom(name)
      .where('entity_id', 'in', entities.slice(i, i + CHUNK))
      .where(count, '<=', 0)
      .execute();
  }
}
