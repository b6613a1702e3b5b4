import type { Selectable } from 'kysely';
import type { Digest } from '../../domain/digest.ts';
import type { Db, DigestTable } from '../database.ts';

function toDigest(row: Selectable<DigestTable>): Digest {
  return {
    date: row.date,
    timezone: row.timezone,
    subject: row.subject,
    html: row.html,
    text: row.text,
    storyCount: Number(row.story_count),
    createdAt: row.created_at,
  };
}

/** Stores (or replaces) the digest of a date. */
export async function saveDigest(db: Db, digest: Digest): Promise<void> {
  const values = {
    date: digest.date,
    timezone: digest.timezone,
    subject: digest.subject,
    html: digest.html,
    text: digest.text,
    story_count: digest.storyCount,
    created_at: digest.createdAt,
  };
  await db
    .insertInto('digests')
    .values(values)
    .onConflict((oc) => oc.column('date').doUpdateSet(values))
    .execute();
}

/** The digest of a date, or undefined. */
export async function findDigest(db: Db, date: string): Promise<Digest | undefined> {
  const row = await db.selectFrom('digests').selectAll().where('date', '=', date).executeTakeFirst();
  return row ? toDigest(row) : undefined;
}

/** Whether a digest is stored for the date (without reading its HTML and text). */
export async function hasDigest(db: Db, date: string): Promise<boolean> {
  const row = await db.selectFrom('digests').select('date').where('date', '=', date).executeTakeFirst();
  return row !== undefined;
}

/** Digest dates with subjects and counts, newest first. */
export async function listDigests(
  db: Db,
  limit = 365,
): Promise<Array<Pick<Digest, 'date' | 'subject' | 'storyCount'>>> {
  const rows = await db
    .selectFrom('digests')
    .select(['date', 'subject', 'story_count'])
    .orderBy('date', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ date: r.date, subject: r.subject, storyCount: Number(r.story_count) }));
}
