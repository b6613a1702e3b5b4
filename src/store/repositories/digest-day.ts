import { sql } from 'kysely';
import type { Analysis } from '../../domain/analysis.ts';
import type { Article } from '../../domain/article.ts';
import type { Section, Story } from '../../domain/story.ts';
import { compareArticles } from '../../publish/present/analysed-text.ts';
import type { Db } from '../database.ts';
import { toArticle } from './articles.ts';
import { listStoriesBetween, storiesFirstSeenBetween } from './stories.ts';

/**
 * One story of a day with its articles (earliest first) and its representative article's analysis. Only
 * the representative article carries its text (every article does in a story with none set, which
 * `refreshStory` never leaves); the others, listed for their outlet, link and title, carry '' (a day's
 * texts are most of what reading it would cost).
 */
export type DayStory = {
  readonly story: Story;
  readonly articles: Article[];
  readonly analysis: Analysis | undefined;
};

/** How many stories with articles were first seen in [from, to), per section (empty sections absent). */
export async function countDayStoriesBySection(
  db: Db,
  from: string,
  to: string,
): Promise<Partial<Record<Section, number>>> {
  const rows = await storiesFirstSeenBetween(db, from, to)
    .select((eb) => ['stories.section', eb.fn.countAll<number | string>().as('n')])
    .groupBy('stories.section')
    .execute();
  // pg returns count(*) as a string.
  return Object.fromEntries(rows.map((r) => [r.section, Number(r.n)]));
}

/**
 * The stored analyses of the representative articles of the stories first seen in [from, to), by story
 * id (stories without one are absent). One query; throws when the database fails.
 */
export async function listDayAnalyses(db: Db, from: string, to: string): Promise<Map<number, Analysis>> {
  const rows = await storiesFirstSeenBetween(db, from, to)
    .innerJoin('articles', 'articles.id', 'stories.representative_article_id')
    .select(['stories.id as story_id', 'articles.analysis_json'])
    .where('articles.analysis_json', 'is not', null)
    .execute();
  const analyses = new Map<number, Analysis>();
  for (const row of rows)
    if (row.analysis_json) analyses.set(Number(row.story_id), JSON.parse(row.analysis_json) as Analysis);
  return analyses;
}

/**
 * Every story first seen in [from, to) with its articles and representative analysis (see `DayStory`),
 * in `listStoriesBetween` order, in three queries whatever the number of stories (a day of 5,000 stories
 * is read in a fraction of a second). Throws when the database fails.
 */
export async function listDayStories(db: Db, from: string, to: string): Promise<DayStory[]> {
  const stories = await listStoriesBetween(db, from, to);
  // Texts, HTML and analyses are the bulk of a row: only the representative's text is read here, and its
  // analysis by listDayAnalyses. Sorting
  // each story's few articles here is cheaper than SQLite sorting the day's rows in a temporary B-tree.
  const rows = await storiesFirstSeenBetween(db, from, to)
    .innerJoin('articles', 'articles.story_id', 'stories.id')
    .select([
      'articles.id',
      'articles.source_id',
      'articles.story_id',
      'articles.url',
      'articles.canonical_url',
      'articles.original_url',
      'articles.guid',
      'articles.title',
      'articles.author',
      'articles.outlet',
      'articles.language',
      'articles.content_hash',
      'articles.published_at',
      'articles.fetched_at',
      sql<string>`case when articles.id = stories.representative_article_id or stories.representative_article_id is null then articles.text else '' end`.as(
        'text',
      ),
      sql<null>`null`.as('html'),
      sql<null>`null`.as('analysis_json'),
    ])
    .execute();
  const articles = new Map<number, Article[]>();
  for (const row of rows) {
    const article = toArticle(row);
    const list = articles.get(article.storyId ?? 0);
    if (list) list.push(article);
    else articles.set(article.storyId ?? 0, [article]);
  }
  const analyses = await listDayAnalyses(db, from, to);
  return stories.map((story) => ({
    story,
    articles: (articles.get(story.id) ?? []).sort(compareArticles),
    analysis: analyses.get(story.id),
  }));
}
