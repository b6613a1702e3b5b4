import { type RawBuilder, sql } from 'kysely';
import { type Db, type Dialect, dialectOf } from '../database.ts';
import { parseQuery, type QueryPart, toFts5Match, toTsQueries } from './parse-query.ts';

/** What to search for: text plus optional facet filters (all combine with AND; values within one facet with OR). */
export type SearchQuery = {
  readonly text: string;
  readonly entityIds?: readonly string[];
  readonly entityKinds?: readonly string[];
  readonly eventTypes?: readonly string[];
  readonly outlets?: readonly string[];
  /** Inclusive lower bound on publication time (ISO 8601). */
  readonly from?: string;
  /** Exclusive upper bound on publication time (ISO 8601). */
  readonly to?: string;
};

/** One matching story with its best-ranked article. */
export type StoryHit = { readonly storyId: number; readonly articleId: number; readonly score: number };

/** A facet value with how many matching stories carry it. */
export type FacetCount = { readonly value: string; readonly label: string; readonly count: number };

/** Facet counts over the best-ranked matches. */
export type SearchFacets = {
  readonly entityKinds: FacetCount[];
  readonly entities: FacetCount[];
  readonly eventTypes: FacetCount[];
  readonly outlets: FacetCount[];
};

/** A page of results: stories in rank order, how many articles match (capped), facets and the parsed query. */
export type SearchResult = {
  readonly parts: readonly QueryPart[];
  readonly hits: StoryHit[];
  readonly totalArticles: number;
  readonly totalCapped: boolean;
  /** Distinct stories among the best `RANK_WINDOW` articles (the depth paging can reach). */
  readonly storyCount: number;
  readonly facets: SearchFacets;
};

/** Ranking, facets and paging look at the best this many matching articles. */
export const RANK_WINDOW = 1000;
const COUNT_CAP = 10_000;
const FACET_ENTITIES = 15;

type Ranked = { id: number; story_id: number | null; outlet: string; score: number };

/** Filters as conditions on the matched article id, so ranking never reads article rows (they hold the text). */
function filters(id: RawBuilder<unknown>, query: SearchQuery): RawBuilder<unknown>[] {
  const out: RawBuilder<unknown>[] = [];
  const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`));
  for (const entity of query.entityIds ?? []) {
    out.push(sql`${id} in (select article_id from article_entities where entity_id = ${entity})`);
  }
  if (query.entityKinds?.length) {
    out.push(sql`${id} in (select ae.article_id from article_entities ae join entities en on en.id = ae.entity_id
      where en.kind in (${list(query.entityKinds)}))`);
  }
  if (query.eventTypes?.length) {
    out.push(sql`${id} in (select article_id from events where type in (${list(query.eventTypes)}))`);
  }
  const article: RawBuilder<unknown>[] = [];
  if (query.outlets?.length) article.push(sql`outlet in (${list(query.outlets)})`);
  if (query.from) article.push(sql`published_at >= ${query.from}`);
  if (query.to) article.push(sql`published_at < ${query.to}`);
  if (article.length > 0)
    out.push(sql`${id} in (select id from articles where ${sql.join(article, sql` and `)})`);
  return out;
}

/** The matching clause, the id column and the score of each dialect; undefined when the query is empty. */
function plan(dialect: Dialect, parts: readonly QueryPart[]) {
  if (dialect === 'sqlite') {
    const match = toFts5Match(parts);
    if (!match) return undefined;
    return {
      from: sql`articles_fts`,
      id: sql`articles_fts.rowid`,
      match: sql`articles_fts match ${match}`,
      // bm25 is lower-is-better; the title column weighs 4x the body.
      score: sql<number>`-bm25(articles_fts, 4.0, 1.0)`,
    };
  }
  if (parts.length === 0) return undefined;
  const q = sql`(${sql.join(
    toTsQueries(parts).map((t) =>
      t.fn === 'to_tsquery'
        ? sql`to_tsquery('english', ${t.input})`
        : sql`phraseto_tsquery('english', ${t.input})`,
    ),
    sql` && `,
  )})`;
  return {
    from: sql`article_search s`,
    id: sql`s.article_id`,
    match: sql`s.document @@ ${q}`,
    score: sql<number>`ts_rank(s.document, ${q})`,
  };
}

/**
 * Full-text search over articles (SQLite FTS5 with bm25, or PostgreSQL tsvector with ts_rank), grouped into
 * stories. Filters apply to every match; ranking, facets and paging cover the best RANK_WINDOW articles.
 * An empty or punctuation-only query matches nothing. Throws only on database errors.
 */
export async function searchStories(
  db: Db,
  query: SearchQuery,
  page: { offset: number; limit: number },
): Promise<SearchResult> {
  const parts = parseQuery(query.text);
  const empty: SearchFacets = { entityKinds: [], entities: [], eventTypes: [], outlets: [] };
  const p = plan(dialectOf(db), parts);
  if (!p) return { parts, hits: [], totalArticles: 0, totalCapped: false, storyCount: 0, facets: empty };
  const cond = sql.join([p.match, ...filters(p.id, query)], sql` and `);
  // Rank inside the index first, then read only the winners' rows.
  const ranked = (
    await sql<Ranked>`select a.id, a.story_id, a.outlet, r.score from (
      select ${p.id} as id, ${p.score} as score from ${p.from} where ${cond}
      order by score desc, ${p.id} desc limit ${RANK_WINDOW}) r
      join articles a on a.id = r.id order by r.score desc, a.id desc`.execute(db)
  ).rows;
  const total =
    ranked.length < RANK_WINDOW
      ? ranked.length
      : Number(
          (
            await sql<{ n: number | string }>`select count(*) as n from (select 1 from ${p.from} where ${cond}
              limit ${COUNT_CAP}) t`.execute(db)
          ).rows[0]?.n ?? 0,
        );
  const stories = new Map<number, StoryHit>();
  for (const r of ranked) {
    if (r.story_id === null || stories.has(Number(r.story_id))) continue;
    stories.set(Number(r.story_id), {
      storyId: Number(r.story_id),
      articleId: Number(r.id),
      score: Number(r.score),
    });
  }
  const all = [...stories.values()];
  return {
    parts,
    hits: all.slice(page.offset, page.offset + page.limit),
    totalArticles: total,
    totalCapped: total >= COUNT_CAP,
    storyCount: all.length,
    facets: await facetsOf(db, ranked),
  };
}

async function facetsOf(db: Db, ranked: readonly Ranked[]): Promise<SearchFacets> {
  const ids = ranked.map((r) => Number(r.id));
  if (ids.length === 0) return { entityKinds: [], entities: [], eventTypes: [], outlets: [] };
  const kinds = await db
    .selectFrom('article_entities as ae')
    .innerJoin('entities as en', 'en.id', 'ae.entity_id')
    .select((eb) => ['en.kind', eb.fn.count<string>('ae.story_id').distinct().as('n')])
    .where('ae.article_id', 'in', ids)
    .groupBy('en.kind')
    .orderBy('n', 'desc')
    .orderBy('en.kind')
    .execute();
  const entities = await db
    .selectFrom('article_entities as ae')
    .innerJoin('entities as en', 'en.id', 'ae.entity_id')
    .select((eb) => ['en.id', 'en.name', eb.fn.count<string>('ae.story_id').distinct().as('n')])
    .where('ae.article_id', 'in', ids)
    .groupBy(['en.id', 'en.name'])
    .orderBy('n', 'desc')
    .orderBy('en.id')
    .limit(FACET_ENTITIES)
    .execute();
  const types = await db
    .selectFrom('events')
    .select((eb) => ['type', eb.fn.count<string>('story_id').distinct().as('n')])
    .where('article_id', 'in', ids)
    .groupBy('type')
    .orderBy('n', 'desc')
    .orderBy('type')
    .execute();
  const outlets = new Map<string, Set<number>>();
  for (const r of ranked) {
    const set = outlets.get(r.outlet) ?? new Set<number>();
    set.add(Number(r.story_id ?? -r.id));
    outlets.set(r.outlet, set);
  }
  return {
    entityKinds: kinds.map((k) => ({ value: k.kind, label: k.kind, count: Number(k.n) })),
    entities: entities.map((e) => ({ value: e.id, label: e.name, count: Number(e.n) })),
    eventTypes: types.map((t) => ({ value: t.type, label: t.type, count: Number(t.n) })),
    outlets: [...outlets.entries()]
      .map(([value, set]) => ({ value, label: value, count: set.size }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
      .slice(0, FACET_ENTITIES),
  };
}
