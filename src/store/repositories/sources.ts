import type { Selectable } from 'kysely';
import type { Source } from '../../domain/source.ts';
import type { Db, SourceTable } from '../database.ts';

type SourceRow = Selectable<SourceTable>;

function toSource(row: SourceRow): Source {
  return {
    id: Number(row.id),
    url: row.url,
    name: row.name,
    etag: row.etag,
    lastModified: row.last_modified,
    lastFetchedAt: row.last_fetched_at,
    lastSuccessAt: row.last_success_at,
    lastErrorCode: row.last_error_code,
    lastErrorMessage: row.last_error_message,
    consecutiveFailures: Number(row.consecutive_failures),
    nextPollAt: row.next_poll_at,
    createdAt: row.created_at,
  };
}

/** Adds a source, or returns the existing one with the same URL (`created: false`). */
export async function addSource(
  db: Db,
  input: { url: string; name: string; now: string },
): Promise<{ source: Source; created: boolean }> {
  const existing = await findSourceByUrl(db, input.url);
  if (existing) return { source: existing, created: false };
  const row = await db
    .insertInto('sources')
    .values({ url: input.url, name: input.name, consecutive_failures: 0, created_at: input.now })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { source: toSource(row), created: true };
}

/** All sources by id. */
export async function listSources(db: Db): Promise<Source[]> {
  const rows = await db.selectFrom('sources').selectAll().orderBy('id').execute();
  return rows.map(toSource);
}

/** Sources whose next poll time has come (or was never set). */
export async function listDueSources(db: Db, now: string): Promise<Source[]> {
  const rows = await db
    .selectFrom('sources')
    .selectAll()
    .where((eb) => eb.or([eb('next_poll_at', 'is', null), eb('next_poll_at', '<=', now)]))
    .orderBy('id')
    .execute();
  return rows.map(toSource);
}

/** The source with this id, or undefined. */
export async function findSource(db: Db, id: number): Promise<Source | undefined> {
  const row = await db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toSource(row) : undefined;
}

/** The source with this URL, or undefined. */
export async function findSourceByUrl(db: Db, url: string): Promise<Source | undefined> {
  const row = await db.selectFrom('sources').selectAll().where('url', '=', url).executeTakeFirst();
  return row ? toSource(row) : undefined;
}

/** Deletes a source (its articles stay, detached); returns whether it existed. */
export async function removeSource(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom('sources').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Records a successful poll: new validators, cleared error, next poll time; a permanent redirect updates the URL. */
export async function recordFetchSuccess(
  db: Db,
  id: number,
  input: { now: string; nextPollAt: string; etag: string | null; lastModified: string | null; url?: string },
): Promise<void> {
  await db
    .updateTable('sources')
    .set({
      etag: input.etag,
      last_modified: input.lastModified,
      last_fetched_at: input.now,
      last_success_at: input.now,
      last_error_code: null,
      last_error_message: null,
      consecutive_failures: 0,
      next_poll_at: input.nextPollAt,
      ...(input.url ? { url: input.url } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** Records a failed poll with its stable error code and message, and when to try again. */
export async function recordFetchFailure(
  db: Db,
  id: number,
  input: { now: string; nextPollAt: string; code: string; message: string },
): Promise<void> {
  await db
    .updateTable('sources')
    .set((eb) => ({
      last_fetched_at: input.now,
      last_error_code: input.code,
      last_error_message: input.message.slice(0, 1000),
      consecutive_failures: eb('consecutive_failures', '+', 1),
      next_poll_at: input.nextPollAt,
    }))
    .where('id', '=', id)
    .execute();
}
