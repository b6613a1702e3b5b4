import type { Insertable, Selectable } from 'kysely';
import type { Analysis } from '../../domain/analysis.ts';
import type { Article } from '../../domain/article.ts';
import type { ArticleTable, Db } from '../database.ts';
import { prepareQuery } from '../prepared-query.ts';

type ArticleRow = Selectable<ArticleTable>;
export type NewArticle = Omit<Insertable<ArticleTable>, 'id' | 'analysis_json'>;

/** An article row as the domain type (the stored analysis is read separately). */
export function toArticle(row: Omit<ArticleRow, 'analysis_json'>): Article {
  return {
    id: Number(row.id),
    sourceId: row.source_id === null ? null : Number(row.source_id),
    storyId: row.story_id === null ? null : Number(row.story_id),
    url: row.url,
    canonicalUrl: row.canonical_url,
    originalUrl: row.original_url,
    guid: row.guid,
    title: row.title,
    author: row.author,
    text: row.text,
    html: row.html,
    outlet: row.outlet,
    language: row.language,
    contentHash: row.content_hash,
    publishedAt: row.published_at,
    fetchedAt: row.fetched_at,
  };
}

/** Inserts an article and returns it with its id. */
export async function insertArticle(db: Db, values: NewArticle): Promise<Article> {
  const row = await db.insertInto('articles').values(values).returningAll().executeTakeFirstOrThrow();
  return toArticle(row);
}

/** The article with this canonical URL, or undefined. */
export async function findArticleByCanonicalUrl(db: Db, canonicalUrl: string): Promise<Article | undefined> {
  const row = await db
    .selectFrom('articles')
    .selectAll()
    .where('canonical_url', '=', canonicalUrl)
    .executeTakeFirst();
  return row ? toArticle(row) : undefined;
}

/** The article a source already delivered under this feed GUID, or undefined. */
export async function findArticleByGuid(
  db: Db,
  sourceId: number,
  guid: string,
): Promise<Article | undefined> {
  const row = await db
    .selectFrom('articles')
    .selectAll()
    .where('source_id', '=', sourceId)
    .where('guid', '=', guid)
    .executeTakeFirst();
  return row ? toArticle(row) : undefined;
}

/** The article with this id, or undefined. */
export async function findArticle(db: Db, id: number): Promise<Article | undefined> {
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toArticle(row) : undefined;
}

/** The rows of a story's articles, earliest first (ties by id). */
const storyArticleRows = prepareQuery((db, storyId: number) =>
  db.selectFrom('articles').selectAll().where('story_id', '=', storyId).orderBy('published_at').orderBy('id'),
);

/** Articles of a story, earliest first. */
export async function listStoryArticles(db: Db, storyId: number): Promise<Article[]> {
  return (await storyArticleRows(db, storyId)).map(toArticle);
}

/** A story's article as its detail page reads it: everything but the fetched page's HTML, which it never shows. */
export type StoryArticle = Omit<Article, 'html'>;

/**
 * A story's rows without `html` and with `analysis_json` only for `analysedId`: a story syndicated by dozens
 * of outlets would otherwise read every copy's page HTML and analysis to show one text.
 */
const storyDetailRows = prepareQuery((db, storyId: number, analysedId: number | null) =>
  db
    .selectFrom('articles')
    .select((eb) => [
      'id',
      'source_id',
      'story_id',
      'url',
      'canonical_url',
      'original_url',
      'guid',
      'title',
      'author',
      'text',
      'outlet',
      'language',
      'content_hash',
      'published_at',
      'fetched_at',
      eb.case().when('id', '=', analysedId).then(eb.ref('analysis_json')).end().as('analysis_json'),
    ])
    .where('story_id', '=', storyId)
    .orderBy('published_at')
    .orderBy('id'),
);

/**
 * A story's articles, earliest first (ties by id), with the stored analysis of one of them (the story's
 * representative: undefined when absent or not analysed), in one query instead of two.
 */
export async function listStoryArticlesWithAnalysis(
  db: Db,
  storyId: number,
  analysedId: number | null,
): Promise<{ articles: StoryArticle[]; analysis: Analysis | undefined }> {
  const rows = await storyDetailRows(db, storyId, analysedId);
  const analysed = rows.find((row) => Number(row.id) === analysedId)?.analysis_json;
  return {
    articles: rows.map((row) => {
      const { html: _, ...article } = toArticle({ ...row, html: null });
      return article;
    }),
    analysis: analysed ? (JSON.parse(analysed) as Analysis) : undefined,
  };
}

/** Stores an article's analysis (the contract JSON). */
export async function saveArticleAnalysis(db: Db, articleId: number, analysis: Analysis): Promise<void> {
  await db
    .updateTable('articles')
    .set({ analysis_json: JSON.stringify(analysis) })
    .where('id', '=', articleId)
    .execute();
}

/** The stored analysis of an article, or undefined when not analysed yet. */
export async function findArticleAnalysis(db: Db, articleId: number): Promise<Analysis | undefined> {
  const row = await db
    .selectFrom('articles')
    .select('analysis_json')
    .where('id', '=', articleId)
    .executeTakeFirst();
  return row?.analysis_json ? (JSON.parse(row.analysis_json) as Analysis) : undefined;
}
