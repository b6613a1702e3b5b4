import path from 'node:path';
import type { Command } from 'commander';
import { ensureSecret } from '../../config/secret.ts';
import { isIsoDate } from '../../lib/time.ts';
import { buildDailyDigest } from '../../pipeline/build-digest.ts';
import { smtpOptions } from '../../pipeline/mail-settings.ts';
import { dailyDigestDate } from '../../pipeline/scheduler.ts';
import { sendDigest } from '../../pipeline/send-digest.ts';
import { createSmtpMailer } from '../../publish/mail/smtp-mailer.ts';
import { openStore } from '../../store/connect.ts';
import { configFrom, createLogger, type GlobalOptions, printJson, UsageError } from '../context.ts';

/** `digest build` (the daily brief for a date, saved as HTML and text) and `digest send` (mail it to subscribers). */
export function registerDigest(program: Command): void {
  const digest = program
    .command('digest')
    .description('build the daily Cyber Security Analysis and Threat Intelligence brief');
  digest
    .command('build')
    .description('build the digest of a date (default: today in the configured timezone)')
    .option('--date <YYYY-MM-DD>', 'local date of the digest')
    .option('--out <dir>', 'folder for YYYY-MM-DD.html and .txt (default ./data/digests)')
    .option('--json', 'print the result as JSON')
    .action(async (options: { date?: string; out?: string; json?: boolean }) => {
      if (options.date !== undefined && !isIsoDate(options.date))
        throw new UsageError(`--date must be YYYY-MM-DD, got "${options.date}"`);
      const config = configFrom(program.opts<GlobalOptions>());
      const store = await openStore(config.databaseUrl);
      try {
        const result = await buildDailyDigest(
          { db: store.db, config },
          {
            now: new Date(),
            ...(options.date ? { date: options.date } : {}),
            ...(options.out ? { outDir: path.resolve(options.out) } : {}),
          },
        );
        if (options.json)
          printJson({
            date: result.date,
            story_count: result.storyCount,
            html: result.htmlPath,
            text: result.textPath,
            subject: result.digest.subject,
          });
        else
          process.stdout.write(
            `digest ${result.date}: ${result.storyCount} stories\n  ${result.htmlPath}\n  ${result.textPath}\n`,
          );
      } finally {
        await store.close();
      }
    });
  digest
    .command('send')
    .description('mail the digest of a date to confirmed subscribers; running it again sends nothing new')
    .option(
      '--date <YYYY-MM-DD>',
      "local date of the digest (default: yesterday in the configured timezone, the day `run`'s daily job mails)",
    )
    .option('--smtp <url>', 'SMTP server, smtp://[user:pass@]host:port or smtps://… (overrides config)')
    .option('--json', 'print the result as JSON')
    .action(async (options: { date?: string; smtp?: string; json?: boolean }) => {
      if (options.date !== undefined && !isIsoDate(options.date))
        throw new UsageError(`--date must be YYYY-MM-DD, got "${options.date}"`);
      const config = configFrom(program.opts<GlobalOptions>(), options.smtp ? { smtpUrl: options.smtp } : {});
      const store = await openStore(config.databaseUrl);
      const mailer = createSmtpMailer(smtpOptions(config));
      try {
        const summary = await sendDigest(
          {
            db: store.db,
            config,
            mailer,
            secret: ensureSecret(config),
            logger: createLogger(config),
            now: () => new Date(),
          },
          { date: options.date ?? dailyDigestDate(new Date(), config.timezone) },
        );
        if (options.json) printJson(summary);
        else
          process.stdout.write(
            `digest ${summary.date}: ${summary.sent} sent, ${summary.alreadyDone} already done, ` +
              `${summary.retryLater} to retry, ${summary.failed} failed (${summary.recipients} confirmed subscribers)\n`,
          );
        if (summary.aborted) {
          process.stderr.write(
            `error: sending stopped: ${summary.aborted.code}: ${summary.aborted.message}\n`,
          );
          process.exitCode = 1;
        } else if (summary.retryLater > 0) process.exitCode = 1;
      } finally {
        await mailer.close();
        await store.close();
      }
    });
}
