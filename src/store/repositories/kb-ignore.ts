import type { Db } from '../database.ts';

/** Adds a text to the persistent false-positive list (idempotent). */
export async function addKbIgnore(db: Db, text: string, now: string): Promise<void> {
  await db
    .insertInto('kb_ignore')
    .values({ text, created_at: now })
    .onConflict((oc) => oc.column('text').doNothing())
    .execute();
}

/** Every ignored text, alphabetically. */
export async function listKbIgnore(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('kb_ignore').select('text').orderBy('text').execute();
  return rows.map((r) => r.text);
}
