import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/schema.ts';
import type { Digest } from '../domain/digest.ts';
import { addDays, isIsoDate, localDate, zonedDayRange } from '../lib/time.ts';
import { buildDigestModel } from '../publish/digest/build-digest-model.ts';
import { renderDigest } from '../publish/digest/render-digest.tsx';
import type { Db } from '../store/database.ts';
import { findArticleAnalysis, listStoryArticles } from '../store/repositories/articles.ts';
import { saveDigest } from '../store/repositories/digests.ts';
import { listStoriesBetween } from '../store/repositories/stories.ts';

/** What building a digest needs from the world. */
export type BuildDigestDeps = {
  readonly db: Db;
  readonly config: Pick<Config, 'timezone' | 'publicUrl' | 'dataDir'>;
};

/** Where a built digest went. */
export type BuiltDigest = {
  date: string;
  htmlPath: string;
  textPath: string;
  storyCount: number;
  digest: Digest;
};

async function storiesOf(db: Db, date: string, timeZone: string) {
  const { from, to } = zonedDayRange(date, timeZone);
  return listStoriesBetween(db, from, to);
}

/**
 * Builds the digest of one local date (default: today in the configured zone) from the stories first seen
 * that day, stores it (replacing an earlier build) and writes `<date>.html` and `<date>.txt` into `outDir`
 * (default `<dataDir>/digests`). A day without stories gives a short "quiet day" digest. Throws when
 * `date` is malformed or the database or file system fails.
 */
export async function buildDailyDigest(
  deps: BuildDigestDeps,
  options: { date?: string; outDir?: string; now: Date },
): Promise<BuiltDigest> {
  const { db, config } = deps;
  const date = options.date ?? localDate(options.now, config.timezone);
  if (!isIsoDate(date))
    throw new Error(`pipeline/build-digest: date must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
  const stories = await storiesOf(db, date, config.timezone);
  const previous = await storiesOf(db, addDays(date, -1), config.timezone);
  const entries = await Promise.all(
    stories.map(async (story) => ({
      story,
      articles: await listStoryArticles(db, story.id),
      analysis:
        story.representativeArticleId === null
          ? undefined
          : await findArticleAnalysis(db, story.representativeArticleId),
    })),
  );
  const generatedAt = options.now.toISOString();
  const model = buildDigestModel({
    date,
    timeZone: config.timezone,
    publicUrl: config.publicUrl,
    generatedAt,
    stories: entries,
    previousDayCount: previous.length,
  });
  const rendered = renderDigest(model);
  const digest: Digest = {
    date,
    timezone: config.timezone,
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    storyCount: model.storyCount,
    createdAt: generatedAt,
  };
  await saveDigest(db, digest);
  const outDir = options.outDir ?? path.join(config.dataDir, 'digests');
  await mkdir(outDir, { recursive: true });
  const htmlPath = path.join(outDir, `${date}.html`);
  const textPath = path.join(outDir, `${date}.txt`);
  await writeFile(htmlPath, rendered.html, 'utf8');
  await writeFile(textPath, rendered.text, 'utf8');
  return { date, htmlPath, textPath, storyCount: model.storyCount, digest };
}
