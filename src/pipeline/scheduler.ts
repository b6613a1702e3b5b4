import { Cron } from 'croner';
import type { Config } from '../config/schema.ts';
import { addDays, localDate } from '../lib/time.ts';
import { buildDailyDigest } from './build-digest.ts';
import type { PipelineDeps } from './deps.ts';
import { runOnce } from './run-once.ts';
import type { SendSummary } from './send-digest.ts';
import { type DigestJobDeps, sendScheduledDigest } from './send-scheduled-digest.ts';

/** A running schedule; `stop()` cancels the jobs and waits for a pass in progress to finish. */
export type Schedule = { stop(): Promise<void> };

/**
 * The cron job of the daily digest: fires `task` at `config.digestTime` (HH:MM) on the wall clock of `config.timezone`
 * (croner follows daylight-saving changes), never overlapping itself. Stop it on shutdown.
 */
export function digestCron(
  config: Pick<Config, 'digestTime' | 'timezone'>,
  task: () => Promise<void>,
  options: { paused?: boolean } = {},
): Cron {
  const [hour, minute] = config.digestTime.split(':');
  return new Cron(
    `0 ${Number(minute)} ${Number(hour)} * * *`,
    { timezone: config.timezone, protect: true, paused: options.paused ?? false },
    task,
  );
}

/**
 * The local date whose digest the daily job mails at `now`: the day before, whole. A digest holds the stories
 * first seen on its date, so today's, built at `digestTime`, would hold only the hours since midnight, and what
 * came after would never be mailed.
 */
export function dailyDigestDate(now: Date, timeZone: string): string {
  return addDays(localDate(now, timeZone), -1);
}

/**
 * The daily digest job: builds the digest of the local date before the job's own (in `config.timezone`), a
 * whole day (`dailyDigestDate`), stores and writes it, then mails it over the configured SMTP server to
 * confirmed subscribers. Throws when the database or file system fails; mail failures are recorded per
 * delivery and retried by the next run.
 */
export async function runDailyDigest(
  deps: DigestJobDeps,
  options: { onDigest?: (path: string) => void } = {},
): Promise<SendSummary> {
  const now = deps.now();
  const date = dailyDigestDate(now, deps.config.timezone);
  const result = await buildDailyDigest({ db: deps.db, config: deps.config }, { date, now });
  deps.logger.info(
    { date: result.date, story_count: result.storyCount, path: result.htmlPath },
    'digest built',
  );
  options.onDigest?.(result.htmlPath);
  return sendScheduledDigest(deps, result.date, result.model);
}

/**
 * Starts the main job's schedule: every minute, an ingest pass over the sources that are due (each
 * source's next poll time carries its interval and backoff); daily at `config.digestTime` in
 * `config.timezone`, the digest of the day before. Passes never overlap.
 */
export function startSchedule(
  deps: PipelineDeps,
  options: { onDigest?: (path: string) => void } = {},
): Schedule {
  let running: Promise<unknown> = Promise.resolve();
  const serial = async (label: string, task: () => Promise<unknown>): Promise<void> => {
    running = running
      .then(task)
      .catch((cause: unknown) => deps.logger.error({ err: cause, job: label }, 'scheduled job failed'));
    await running;
  };
  const poll = new Cron('0 * * * * *', { protect: true }, () => serial('poll', () => runOnce(deps)));
  const digest = digestCron(deps.config, () => serial('digest', () => runDailyDigest(deps, options)));
  void serial('initial-poll', () => runOnce(deps));
  return {
    async stop() {
      poll.stop();
      digest.stop();
      await running;
    },
  };
}
