import type { Db } from '../database.ts';

/** A stored knowledge-base entry: its id, kind and source, and the entry itself as parsed JSON. */
export type StoredKbEntry = { id: string; kind: string; name: string; source: string; entry: unknown };

/**
 * Replaces every entry of one source (`misp`, `attack`) with the given ones in one transaction, so a
 * re-import never leaves a half-updated knowledge base. Returns how many were stored.
 */
export async function replaceKbEntries(
  db: Db,
  source: string,
  entries: ReadonlyArray<{ id: string; kind: string; name: string }>,
  now: string,
): Promise<number> {
  const unique = [...new Map(entries.map((e) => [e.id, e])).values()];
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('kb_entries').where('source', '=', source).execute();
    for (let i = 0; i < unique.length; i += 500) {
      const rows = unique.slice(i, i + 500).map((e) => ({
        id: e.id,
        kind: e.kind,
        name: e.name,
        source,
        entry_json: JSON.stringify(e),
        imported_at: now,
      }));
      await trx
        .insertInto('kb_entries')
        .values(rows)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            kind: eb.ref('excluded.kind'),
            name: eb.ref('excluded.name'),
            source: eb.ref('excluded.source'),
            entry_json: eb.ref('excluded.entry_json'),
            imported_at: eb.ref('excluded.imported_at'),
          })),
        )
        .execute();
    }
  });
  return unique.length;
}

/** Every imported entry, parsed. */
export async function listKbEntries(db: Db): Promise<StoredKbEntry[]> {
  const rows = await db.selectFrom('kb_entries').selectAll().orderBy('id').execute();
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
