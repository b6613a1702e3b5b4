import { addDays, zonedDayRange } from '../lib/time.ts';
import type { DigestInput } from '../publish/digest/build-digest-model.ts';
import { rememberAnalyses } from '../publish/digest/score-story.ts';
import type { Db } from '../store/database.ts';
import { findArticleAnalysis, listStoryArticles } from '../store/repositories/articles.ts';
import { listStoriesBetween } from '../store/repositories/stories.ts';

async function storiesWithAnalysis(db: Db, date: string, timeZone: string, withArticles: boolean) {
  const { from, to } = zonedDayRange(date, timeZone);
  const stories = await listStoriesBetween(db, from, to);
  return Promise.all(
    stories.map(async (story) => ({
      story,
      articles: withArticles ? await listStoryArticles(db, story.id) : [],
      analysis:
        story.representativeArticleId === null
          ? undefined
          : await findArticleAnalysis(db, story.representativeArticleId),
    })),
  );
}

/**
 * Everything `buildDigestModel` needs for one local date: that day's stories with their articles and
 * representative analyses, the previous day's count, and the previous day's entities and attributions
 * (so novelty and "new" mean new since yesterday). Throws when the database fails.
 */
export async function loadDigestInput(
  db: Db,
  options: { date: string; timeZone: string; publicUrl: string; now: Date },
): Promise<DigestInput> {
  const today = await storiesWithAnalysis(db, options.date, options.timeZone, true);
  const previous = await storiesWithAnalysis(db, addDays(options.date, -1), options.timeZone, false);
  return {
    date: options.date,
    timeZone: options.timeZone,
    publicUrl: options.publicUrl,
    generatedAt: options.now.toISOString(),
    stories: today,
    previousDayCount: previous.length,
    memory: rememberAnalyses(previous.map((p) => p.analysis)),
  };
}
