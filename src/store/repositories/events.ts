import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Analysis } from '../../domain/analysis.ts';
import type { EventRecord } from '../../domain/event-record.ts';
import type { Database, Db, EventTable } from '../database.ts';
import { prepareQuery } from '../prepared-query.ts';
import { addCountDeltas } from './count-deltas.ts';
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
  const before = await db
    .selectFrom('event_arguments as a')
    .innerJoin('events as e', 'e.id', 'a.event_id')
    .select(['a.event_id', 'a.entity_id', 'a.role', 'e.type'])
    .distinct()
    .where('e.article_id', '=', articleId)
    .where('a.entity_id', 'is not', null)
    .execute();
  const roles = new RoleDeltas();
  for (const r of before) roles.add(r.entity_id as string, r.role, r.type, -1);
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
    const named = new Set<string>();
    for (const a of event.arguments) {
      if (a.entity === null || named.has(`${a.entity}\u0000${a.role}`)) continue;
      named.add(`${a.entity}\u0000${a.role}`);
      roles.add(a.entity, a.role, event.type, 1);
    }
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
  await roles.apply(db);
}

/** Net changes to `entity_event_roles` (events per entity, role and type) made by one write. */
class RoleDeltas {
  readonly #deltas = new Map<
    string,
    { entity_id: string; role: string; event_type: string; event_count: number }
  >();

  add(entityId: string, role: string, eventType: string, n: number): void {
    const key = `${entityId}\u0000${role}\u0000${eventType}`;
    const known = this.#deltas.get(key);
    this.#deltas.set(key, {
      entity_id: entityId,
      role,
      event_type: eventType,
      event_count: (known?.event_count ?? 0) + n,
    });
  }

  /** Adds the non-zero changes to the stored counts and drops rows left with no events. */
  async apply(db: Db): Promise<void> {
    await addCountDeltas(
      db,
      'entity_event_roles',
      { keys: ['entity_id', 'role', 'event_type'], count: 'event_count' },
      [...this.#deltas.values()],
    );
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
  const [first, ...others] = filter.arguments ?? [];
  // A stance narrows to few events (denials are rare): walk those newest first and test the arguments.
  // Otherwise walk the first argument's entity backwards (see listEventRowsByArgument).
  const rows =
    first && !filter.stance
      ? await listEventRowsByArgument(db, filter, first, others, limit)
      : await db
          .selectFrom('events as e')
          .selectAll('e')
          .where((eb) => eb.and(eventConditions(eb, filter, filter.arguments ?? [])))
          .orderBy('e.id', 'desc')
          .limit(limit)
          .execute();
  return withArguments(db, rows);
}

type Argument = { readonly entityId: string; readonly role?: string };

/** The filter's conditions on `events as e`, except the argument given separately (which drives the query). */
function eventConditions(
  eb: ExpressionBuilder<Database & { e: EventTable }, 'e'>,
  filter: EventFilter,
  args: readonly Argument[],
) {
  const out: Expression<SqlBool>[] = [];
  if (filter.types && filter.types.length > 0) out.push(eb('e.type', 'in', [...filter.types]));
  if (filter.storyId !== undefined) out.push(eb('e.story_id', '=', filter.storyId));
  if (filter.stance) out.push(eb('e.stance', '=', filter.stance));
  if (filter.from) out.push(eb('e.published_at', '>=', filter.from));
  if (filter.to) out.push(eb('e.published_at', '<', filter.to));
  if (filter.beforeId !== undefined) out.push(eb('e.id', '<', filter.beforeId));
  for (const { entityId, role } of args) {
    if (filter.stance) {
      // Probed per event: the stance already picks few events, and collecting every event of a common
      // entity first would cost thousands of rows.
      let probe = eb
        .selectFrom('event_arguments as x')
        .select('x.event_id')
        .whereRef('x.event_id', '=', 'e.id')
        .where('x.entity_id', '=', entityId);
      if (role) probe = probe.where('x.role', '=', role);
      out.push(eb.exists(probe));
      continue;
    }
    let sub = eb.selectFrom('event_arguments').select('event_id').where('entity_id', '=', entityId);
    if (role) sub = sub.where('role', '=', role);
    out.push(eb('e.id', 'in', sub));
  }
  return out;
}

/**
 * Events with an argument naming `first` (an entity, in a role when given), newest first: walks that
 * entity's arguments backwards by event id (an index range) and stops after `limit` events, instead of
 * collecting every event the entity ever took part in (thousands for a state) before sorting. An entity
 * named twice in one event yields two argument rows: those repeats are dropped, and the walk goes on
 * when they left the page short.
 */
async function listEventRowsByArgument(
  db: Db,
  filter: EventFilter,
  first: Argument,
  others: readonly Argument[],
  limit: number,
): Promise<EventRow[]> {
  const out: EventRow[] = [];
  const seen = new Set<number>();
  let before = filter.beforeId;
  for (;;) {
    const cursor = before;
    const batch = await db
      .selectFrom('event_arguments as a')
      .innerJoin('events as e', 'e.id', 'a.event_id')
      .selectAll('e')
      .where('a.entity_id', '=', first.entityId)
      .where((eb) => {
        const conditions = eventConditions(eb, { ...filter, beforeId: undefined }, others);
        if (first.role) conditions.push(eb('a.role', '=', first.role));
        if (cursor !== undefined) conditions.push(eb('a.event_id', '<', cursor));
        return eb.and(conditions);
      })
      .orderBy('a.event_id', 'desc')
      .limit(limit)
      .execute();
    for (const row of batch) {
      const id = Number(row.id);
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(row);
    }
    const last = batch.at(-1);
    if (batch.length < limit || out.length >= limit || !last) return out.slice(0, limit);
    before = Number(last.id);
  }
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

const argumentsOfEvents = prepareQuery((db, eventIds: readonly number[]) =>
  db
    .selectFrom('event_arguments')
    .selectAll()
    .where('event_id', 'in', eventIds)
    .orderBy('event_id')
    .orderBy('ordinal'),
);

async function withArguments(db: Db, rows: readonly EventRow[]): Promise<StoredEvent[]> {
  if (rows.length === 0) return [];
  const args = await argumentsOfEvents(
    db,
    rows.map((r) => Number(r.id)),
  );
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
