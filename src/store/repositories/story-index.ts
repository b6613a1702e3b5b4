import type { Generated, Kysely } from 'kysely';
import { type ArticleProfile, recallKeys } from '../../stories/article-profile.ts';
import type { ArticleMatch, ExactMatches } from '../../stories/decide-story.ts';
import type {
  BandCandidate,
  ExactKeys,
  IndexEntry,
  IndexedArticle,
  StoryIndex,
} from '../../stories/story-index.ts';
import type { Database, Db } from '../database.ts';
import { prepareQuery } from '../prepared-query.ts';

/** Tables of migration 0002 (kept here until the lead folds them into database.ts). */
export type StoryIndexTables = {
  story_bands: { band: number; article_id: number; story_id: number };
  story_profiles: { article_id: number; story_id: number; published_at: string; profile_json: string };
  story_names: { name: string; article_id: number; story_id: number; published_at: string };
  story_relations: { story_id: number; related_story_id: number; score: number };
  article_versions: {
    id: Generated<number>;
    article_id: number;
    content_hash: string;
    title: string;
    text: string;
    seen_at: string;
  };
};

type IndexDb = Kysely<Database & StoryIndexTables>;

const iso = (ms: number) => new Date(ms).toISOString();
/** Band hashes are unsigned 32-bit; both dialects' `integer` is signed 32-bit. */
const signed = (band: number) => band | 0;

function withIndex(db: Db): IndexDb {
  return db.withTables<StoryIndexTables>();
}

/** The `StoryIndex` port on the database (SQLite or PostgreSQL); pass a transaction to place atomically. */
export function createStoryIndex(db: Db): StoryIndex {
  const idb = withIndex(db);
  return {
    async findExact(keys: ExactKeys): Promise<ExactMatches> {
      const byUrl = (url: string) =>
        idb
          .selectFrom('articles')
          .select(['id', 'story_id', 'content_hash'])
          .where('canonical_url', '=', url)
          .executeTakeFirst();
      const toMatch = (
        row: { id: number; story_id: number | null; content_hash: string } | undefined,
      ): ArticleMatch | undefined =>
        row && {
          articleId: Number(row.id),
          storyId: row.story_id === null ? null : Number(row.story_id),
          contentChanged: row.content_hash !== keys.contentHash,
        };
      const sameUrl = keys.canonicalUrl ? toMatch(await byUrl(keys.canonicalUrl)) : undefined;
      const sameOriginal = keys.originalUrl
        ? toMatch(await byUrl(keys.originalUrl))
        : keys.canonicalUrl
          ? toMatch(
              await idb
                .selectFrom('articles')
                .select(['id', 'story_id', 'content_hash'])
                .where('original_url', '=', keys.canonicalUrl)
                .orderBy('id')
                .executeTakeFirst(),
            )
          : undefined;
      const sameContent = toMatch(
        await idb
          .selectFrom('articles')
          .select(['id', 'story_id', 'content_hash'])
          .where('content_hash', '=', keys.contentHash)
          .orderBy('id')
          .executeTakeFirst(),
      );
      return {
        ...(sameUrl ? { sameUrl } : {}),
        ...(sameOriginal ? { sameOriginal } : {}),
        ...(sameContent ? { sameContent } : {}),
      };
    },

    async findNearDuplicates(bands: readonly number[] | Uint32Array): Promise<readonly BandCandidate[]> {
      if (bands.length === 0) return [];
      const rows = await idb
        .selectFrom('story_bands as b')
        .leftJoin('story_profiles as p', 'p.article_id', 'b.article_id')
        .select((eb) => [
          'b.article_id',
          'b.story_id',
          'p.profile_json',
          eb.fn.countAll<number | string>().as('shared'),
        ])
        .where('b.band', 'in', [...bands].map(signed))
        .groupBy(['b.article_id', 'b.story_id', 'p.profile_json'])
        .execute();
      return rows.map((r) => ({
        articleId: Number(r.article_id),
        storyId: Number(r.story_id),
        sharedBands: Number(r.shared),
        ...(r.profile_json ? { profile: JSON.parse(r.profile_json) as ArticleProfile } : {}),
      }));
    },

    async findRecent(
      names: readonly string[],
      fromMs: number,
      toMs: number,
      limit: number,
    ): Promise<readonly IndexedArticle[]> {
      if (names.length === 0) return [];
      const rows = await idb
        .selectFrom('story_profiles as p')
        .select(['p.article_id', 'p.story_id', 'p.profile_json'])
        .where('p.article_id', 'in', (eb) =>
          eb
            .selectFrom('story_names')
            .select('article_id')
            .where('name', 'in', [...names])
            .where('published_at', '>=', iso(fromMs))
            .where('published_at', '<=', iso(toMs)),
        )
        .orderBy('p.published_at', 'desc')
        .orderBy('p.article_id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        articleId: Number(r.article_id),
        storyId: Number(r.story_id),
        profile: JSON.parse(r.profile_json) as ArticleProfile,
      }));
    },

    async add(entry: IndexEntry): Promise<void> {
      const { articleId, storyId, profile } = entry;
      const publishedAt = iso(profile.t);
      if (entry.bands.length > 0) {
        await idb
          .insertInto('story_bands')
          .values(
            [...entry.bands].map((band) => ({
              band: signed(band),
              article_id: articleId,
              story_id: storyId,
            })),
          )
          .execute();
      }
      await idb
        .insertInto('story_profiles')
        .values({
          article_id: articleId,
          story_id: storyId,
          published_at: publishedAt,
          profile_json: JSON.stringify(profile),
        })
        .execute();
      const keys = entry.keys ?? recallKeys(profile);
      if (keys.length > 0) {
        await idb
          .insertInto('story_names')
          .values(
            keys.map((name) => ({
              name,
              article_id: articleId,
              story_id: storyId,
              published_at: publishedAt,
            })),
          )
          .execute();
      }
    },
  };
}

/** Links a story to related stories (both directions), keeping the higher score on conflict. */
export async function relateStories(
  db: Db,
  storyId: number,
  related: readonly { storyId: number; score: number }[],
): Promise<void> {
  const idb = withIndex(db);
  for (const r of related) {
    if (r.storyId === storyId) continue;
    for (const [a, b] of [
      [storyId, r.storyId],
      [r.storyId, storyId],
    ] as const) {
      await idb
        .insertInto('story_relations')
        .values({ story_id: a, related_story_id: b, score: r.score })
        .onConflict((oc) => oc.columns(['story_id', 'related_story_id']).doUpdateSet({ score: r.score }))
        .execute();
    }
  }
}

const relatedStoryIds = prepareQuery((db, storyId: number) =>
  withIndex(db)
    .selectFrom('story_relations')
    .select('related_story_id')
    .where('story_id', '=', storyId)
    .orderBy('score', 'desc')
    .orderBy('related_story_id'),
);

/** Ids of stories related to a story, best first. */
export async function listRelatedStoryIds(db: Db, storyId: number): Promise<number[]> {
  const rows = await relatedStoryIds(db, storyId);
  return rows.map((r) => Number(r.related_story_id));
}

/** Records an earlier text of an article whose page was edited (the article row keeps the newest). */
export async function addArticleVersion(
  db: Db,
  input: { articleId: number; contentHash: string; title: string; text: string; seenAt: string },
): Promise<void> {
  await withIndex(db)
    .insertInto('article_versions')
    .values({
      article_id: input.articleId,
      content_hash: input.contentHash,
      title: input.title,
      text: input.text,
      seen_at: input.seenAt,
    })
    .execute();
}

/** Number of stored versions of an article. */
export async function countArticleVersions(db: Db, articleId: number): Promise<number> {
  const row = await withIndex(db)
    .selectFrom('article_versions')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('article_id', '=', articleId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
