import type { Db } from '../database.ts';

/** A stored knowledge-base entry: its id, kind and source, and the entry itself as parsed JSON. */
export type StoredKbEntry = { id: string; kind: string; name: string; source: string; entry: unknown };

/**
 * Replaces every entry of one source (`misp`, `attack`) with the given ones, in their order, in one
 * transaction, so a re-import never leaves a half-updated knowledge base. Ids may repeat: the knowledge-base
 * build merges them, as it does when built from the files. Returns how many were stored.
 */
export async function replaceKbEntries(
  db: Db,
  source: string,
  entries: ReadonlyArray<{ id: string; kind: string; name: string }>,
  now: string,
): Promise<number> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('kb_entries').where('source', '=', source).execute();
    for (let i = 0; i < entries.length; i += 500) {
      const rows = entries.slice(i, i + 500).map((e, k) => ({
        source,
        ordinal: i + k,
        id: e.id,
        kind: e.kind,
        name: e.name,
        entry_json: JSON.stringify(e),
        imported_at: now,
      }));
      await trx.insertInto('kb_entries').values(rows).execute();
    }
  });
  return entries.length;
}

/** Every imported entry, parsed, by source and then in import order. */
export async function listKbEntries(db: Db): Promise<StoredKbEntry[]> {
  const rows = await db.selectFrom('kb_entries').selectAll().orderBy('source').orderBy('ordinal').execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    name: r.name,
    source: r.source,
    entry: JSON.parse(r.entry_json) as unknown,
  }));
}

/** Counts of imported entries by source and kind. */
export async function countKbEntries(
  db: Db,
): Promise<Array<{ source: string; kind: string; count: number }>> {
  const rows = await db
    .selectFrom('kb_entries')
    .select((eb) => ['source', 'kind', eb.fn.countAll<string>().as('count')])
    .groupBy(['source', 'kind'])
    .orderBy('source')
    .orderBy('kind')
    .execute();
  return rows.map((r) => ({ source: r.source, kind: r.kind, count: Number(r.count) }));
}
