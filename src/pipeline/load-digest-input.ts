import { addDays, zonedDayRange } from '../lib/time.ts';
import type { DigestInput } from '../publish/digest/build-digest-model.ts';
import { rememberAnalyses } from '../publish/digest/score-story.ts';
import type { Db } from '../store/database.ts';
import {
  countDayStoriesBySection,
  listDayAnalyses,
  listDayStories,
} from '../store/repositories/digest-day.ts';

/**
 * Everything `buildDigestModel` needs for one local date: that day's stories with their articles and
 * representative analyses, the previous day's counts (in all and per section), and the previous day's entities and attributions
 * (so novelty and "new" mean new since yesterday). Throws when the database fails.
 */
export async function loadDigestInput(
  db: Db,
  options: { date: string; timeZone: string; publicUrl: string; now: Date },
): Promise<DigestInput> {
  const today = zonedDayRange(options.date, options.timeZone);
  const yesterday = zonedDayRange(addDays(options.date, -1), options.timeZone);
  const stories = await listDayStories(db, today.from, today.to);
  const previousSections = await countDayStoriesBySection(db, yesterday.from, yesterday.to);
  const previous = await listDayAnalyses(db, yesterday.from, yesterday.to);
  return {
    date: options.date,
    timeZone: options.timeZone,
    publicUrl: options.publicUrl,
    generatedAt: options.now.toISOString(),
    stories,
    previousDayCount: Object.values(previousSections).reduce((sum, n) => sum + n, 0),
    previousSectionCounts: previousSections,
    memory: rememberAnalyses([...previous.values()]),
  };
}
