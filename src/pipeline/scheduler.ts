import { Cron } from 'croner';
import { buildDailyDigest } from './build-digest.ts';
import type { PipelineDeps } from './deps.ts';
import { runOnce } from './run-once.ts';
import { sendScheduledDigest } from './send-scheduled-digest.ts';

/** A running schedule; `stop()` cancels the jobs and waits for a pass in progress to finish. */
export type Schedule = { stop(): Promise<void> };

/**
 * Starts the main job's schedule: every minute, an ingest pass over the sources that are due (each
 * source's next poll time carries its interval and backoff); daily at `config.digestTime` in
 * `config.timezone`, the digest. Passes never overlap.
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
  const [hour, minute] = deps.config.digestTime.split(':');
  const poll = new Cron('0 * * * * *', { protect: true }, () => serial('poll', () => runOnce(deps)));
  const digest = new Cron(
    `0 ${Number(minute)} ${Number(hour)} * * *`,
    { timezone: deps.config.timezone, protect: true },
    () =>
      serial('digest', async () => {
        const result = await buildDailyDigest({ db: deps.db, config: deps.config }, { now: deps.now() });
        deps.logger.info(
          { date: result.date, story_count: result.storyCount, path: result.htmlPath },
          'digest built',
        );
        options.onDigest?.(result.htmlPath);
        await sendScheduledDigest(deps, result.date);
      }),
  );
  void serial('initial-poll', () => runOnce(deps));
  return {
    async stop() {
      poll.stop();
      digest.stop();
      await running;
    },
  };
}
