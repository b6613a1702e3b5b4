import type { Analysis } from '../../domain/analysis.ts';
import type { EventRecord } from '../../domain/event-record.ts';
import type { Db } from '../database.ts';
import { eventRowsOf } from './events-from-analysis.ts';

/** A stored event with its arguments, newest first in listings. */
export type StoredEvent = EventRecord;

/**
 * Replaces the stored events of an article with those of its analysis (none when the analysis has no
 * `events`); call it after the article is attached to its story, inside the same transaction.
 */
export async function saveArticleEvents(
  db: Db,
  articleId: number,
  storyId: number | null,
  analysis: Analysis,
): Promise<void> {
  await db.deleteFrom('events').where('article_id', '=', articleId).execute();
  const article = await db
    .selectFrom('articles')
    .select(['title', 'text', 'published_at'])
    .where('id', '=', articleId)
    .executeTakeFirst();
  if (!article) throw new Error(`store: saveArticleEvents: no article ${articleId}`);
  for (const event of eventRowsOf(analysis, article)) {
    const { id } = await db
      .insertInto('events')
      .values({
        article_id: articleId,
        story_id: storyId,
        ordinal: event.ordinal,
        type: event.type,
        stance: event.stance,
        realis: event.realis,
        trigger_text: event.triggerText,
        sentence_text: event.sentenceText,
        confidence: event.confidence,
        rule: event.rule,
        published_at: article.published_at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (event.arguments.length === 0) continue;
    await db
      .insertInto('event_arguments')
      .values(
        event.arguments.map((a, ordinal) => ({
          event_id: Number(id),
          event_type: event.type,
          ordinal,
          role: a.role,
          entity_id: a.entity,
          text: a.text,
        })),
      )
      .execute();
  }
}

/** Filters for event listings; every field is optional and they combine with AND. */
export type EventFilter = {
  readonly types?: readonly string[];
  /** Every listed argument must be present (an entity, optionally in a given role). */
  readonly arguments?: ReadonlyArray<{ readonly entityId: string; readonly role?: string }>;
  readonly storyId?: number;
  readonly stance?: string;
  readonly from?: string;
  readonly to?: string;
  readonly beforeId?: number;
};

/** Events matching the filter, newest id first, `limit` at most, each with its arguments. */
export async function listEvents(db: Db, filter: EventFilter, limit: number): Promise<StoredEvent[]> {
  let query = db.selectFrom('events').selectAll();
  if (filter.types && filter.types.length > 0) query = query.where('type', 'in', [...filter.types]);
  if (filter.storyId !== undefined) query = query.where('story_id', '=', filter.storyId);
  if (filter.stance) query = query.where('stance', '=', filter.stance);
  if (filter.from) query = query.where('published_at', '>=', filter.from);
  if (filter.to) query = query.where('published_at', '<', filter.to);
  if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId);
  for (const { entityId, role } of filter.arguments ?? []) {
    query = query.where('id', 'in', (eb) => {
      let sub = eb.selectFrom('event_arguments').select('event_id').where('entity_id', '=', entityId);
      if (role) sub = sub.where('role', '=', role);
      return sub;
    });
  }
  const rows = await query.orderBy('id', 'desc').limit(limit).execute();
  return withArguments(db, rows);
}

type EventRow = {
  id: number;
  article_id: number;
  story_id: number | null;
  type: string;
  stance: string;
  realis: string;
  trigger_text: string;
  sentence_text: string;
  confidence: number;
  rule: string | null;
  published_at: string;
};

async function withArguments(db: Db, rows: readonly EventRow[]): Promise<StoredEvent[]> {
  if (rows.length === 0) return [];
  const args = await db
    .selectFrom('event_arguments')
    .selectAll()
    .where(
      'event_id',
      'in',
      rows.map((r) => Number(r.id)),
    )
    .orderBy('event_id')
    .orderBy('ordinal')
    .execute();
  const byEvent = new Map<number, Array<{ role: string; entityId: string | null; text: string }>>();
  for (const a of args) {
    const list = byEvent.get(Number(a.event_id)) ?? [];
    list.push({ role: a.role, entityId: a.entity_id, text: a.text });
    byEvent.set(Number(a.event_id), list);
  }
  return rows.map((r) => ({
    id: Number(r.id),
    articleId: Number(r.article_id),
    storyId: r.story_id === null ? null : Number(r.story_id),
    type: r.type,
    stance: r.stance,
    realis: r.realis,
    triggerText: r.trigger_text,
    sentenceText: r.sentence_text,
    confidence: Number(r.confidence),
    rule: r.rule,
    publishedAt: r.published_at,
    arguments: byEvent.get(Number(r.id)) ?? [],
  }));
}

/** Re-derives every article's events from its stored analysis (for databases filled before events were saved). */
export async function rebuildAllEvents(db: Db): Promise<number> {
  const rows = await db
    .selectFrom('articles')
    .select(['id', 'story_id', 'analysis_json'])
    .where('analysis_json', 'is not', null)
    .execute();
  for (const row of rows) {
    await saveArticleEvents(
      db,
      Number(row.id),
      row.story_id === null ? null : Number(row.story_id),
      JSON.parse(row.analysis_json as string) as Analysis,
    );
  }
  return rows.length;
}
