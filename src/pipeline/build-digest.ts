import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/schema.ts';
import type { Digest } from '../domain/digest.ts';
import { isIsoDate, localDate } from '../lib/time.ts';
import { buildDigestModel } from '../publish/digest/build-digest-model.ts';
import type { DigestModel } from '../publish/digest/digest-model.ts';
import { type RenderedDigest, renderDigest } from '../publish/digest/render-digest.tsx';
import type { Db } from '../store/database.ts';
import { hasDigest, saveDigest } from '../store/repositories/digests.ts';
import { loadDigestInput } from './load-digest-input.ts';

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
  /** The model the public copy was rendered from (the send step personalises it). */
  model: DigestModel;
};

/** The digest model of one local date from the store (that day's stories, novelty against the day before). */
async function loadDigestModel(
  db: Db,
  config: Pick<Config, 'timezone' | 'publicUrl'>,
  date: string,
  now: Date,
): Promise<DigestModel> {
  return buildDigestModel(
    await loadDigestInput(db, { date, timeZone: config.timezone, publicUrl: config.publicUrl, now }),
  );
}

/**
 * The model to mail for a date. The mails link the public copy, so it is rendered and saved when none is
 * stored yet; when one is, only the model is built (no rendering). Throws when `date` is malformed.
 */
export async function digestModelForSending(
  db: Db,
  config: Pick<Config, 'timezone' | 'publicUrl'>,
  options: { date: string; now: Date },
): Promise<DigestModel> {
  if (!isIsoDate(options.date))
    throw new Error(`pipeline/build-digest: date must be YYYY-MM-DD, got ${JSON.stringify(options.date)}`);
  if (await hasDigest(db, options.date)) return loadDigestModel(db, config, options.date, options.now);
  return (await buildStoredDigest(db, config, options)).model;
}

/** A digest built from the store: the model (for personalised copies), its public rendering and the row. */
export type StoredDigest = { model: DigestModel; rendered: RenderedDigest; digest: Digest };

/**
 * Builds the digest model of one local date from the store (that day's stories, novelty against the day
 * before), renders the public copy (the web page, the archive, the feeds) and saves it. Throws when `date`
 * is malformed or the database fails.
 */
export async function buildStoredDigest(
  db: Db,
  config: Pick<Config, 'timezone' | 'publicUrl'>,
  options: { date: string; now: Date },
): Promise<StoredDigest> {
  const { date } = options;
  if (!isIsoDate(date))
    throw new Error(`pipeline/build-digest: date must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
  const model = await loadDigestModel(db, config, date, options.now);
  const rendered = renderDigest(model);
  const digest: Digest = {
    date,
    timezone: config.timezone,
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    storyCount: model.storyCount,
    createdAt: model.generatedAt,
  };
  await saveDigest(db, digest);
  return { model, rendered, digest };
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
  const { model, rendered, digest } = await buildStoredDigest(db, config, { date, now: options.now });
  const outDir = options.outDir ?? path.join(config.dataDir, 'digests');
  await mkdir(outDir, { recursive: true });
  const htmlPath = path.join(outDir, `${date}.html`);
  const textPath = path.join(outDir, `${date}.txt`);
  await writeFile(htmlPath, rendered.html, 'utf8');
  await writeFile(textPath, rendered.text, 'utf8');
  return { date, htmlPath, textPath, storyCount: digest.storyCount, digest, model };
}
