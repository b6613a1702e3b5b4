import type { Command } from 'commander';
import type { Config } from '../../config/schema.ts';
import { ensureSecret } from '../../config/secret.ts';
import { smtpOptions } from '../../pipeline/mail-settings.ts';
import { signUp } from '../../pipeline/sign-up.ts';
import { createSmtpMailer } from '../../publish/mail/smtp-mailer.ts';
import { normaliseEmail } from '../../publish/subscriptions/normalise-email.ts';
import type { Subscriber } from '../../publish/subscriptions/subscriber.ts';
import {
  ALL_TOPICS,
  formatTopics,
  parseTopics,
  type TopicFilter,
} from '../../publish/subscriptions/topic-filter.ts';
import { openStore } from '../../store/connect.ts';
import type { Db } from '../../store/database.ts';
import {
  addSubscriber,
  findSubscriberByEmail,
  listSubscribers,
  removeSubscriber,
  setSubscriberTopics,
} from '../../store/repositories/subscribers.ts';
import { configFrom, createLogger, type GlobalOptions, printJson, UsageError } from '../context.ts';

function emailArg(raw: string): string {
  const email = normaliseEmail(raw);
  if (!email) throw new UsageError(`"${raw}" is not an email address`);
  return email;
}

function toJson(s: Subscriber) {
  return {
    id: s.id,
    email: s.email,
    status: s.status,
    topics: s.topics,
    created_at: s.createdAt,
    confirmed_at: s.confirmedAt,
    unsubscribed_at: s.unsubscribedAt,
    bounce_count: s.bounceCount,
  };
}

type AddResult = { subscriber: Subscriber; note: string; failed?: string };

/** `add --confirmed`: insert or update as confirmed (topics kept when none are given). */
async function addConfirmed(db: Db, email: string, topics: TopicFilter | undefined): Promise<AddResult> {
  const existing = await findSubscriberByEmail(db, email);
  const subscriber = await addSubscriber(db, {
    email,
    topics: topics ?? existing?.topics ?? ALL_TOPICS,
    confirmed: true,
    now: new Date().toISOString(),
  });
  return { subscriber, note: 'confirmed by the operator, no opt-in mail' };
}

/**
 * `add` without --confirmed: the web sign-up's double opt-in (pending row, signed expiring confirm link
 * mailed over SMTP). A confirmed subscriber only gets its topics updated, and no mail.
 */
async function addWithOptIn(
  db: Db,
  config: Config,
  email: string,
  topics: TopicFilter | undefined,
): Promise<AddResult> {
  const existing = await findSubscriberByEmail(db, email);
  const now = new Date();
  if (existing?.status === 'confirmed') {
    const subscriber = topics
      ? ((await setSubscriberTopics(db, existing.id, topics, now.toISOString())) ?? existing)
      : existing;
    return { subscriber, note: 'already confirmed, no opt-in mail' };
  }
  const mailer = createSmtpMailer(smtpOptions(config));
  try {
    const outcome = await signUp(
      { db, config, mailer, secret: ensureSecret(config), now: () => now, logger: createLogger(config) },
      { email, topics: topics ?? existing?.topics ?? ALL_TOPICS },
    );
    if (outcome.kind === 'invalid_email') throw new UsageError(`"${email}" is not an email address`);
    if (outcome.kind === 'already_confirmed')
      return { subscriber: outcome.subscriber, note: 'already confirmed, no opt-in mail' };
    if (outcome.kind === 'mail_failed')
      return {
        subscriber: outcome.subscriber,
        note: 'opt-in mail not sent',
        failed: `the confirmation mail could not be sent (${outcome.code})`,
      };
    return { subscriber: outcome.subscriber, note: 'confirmation link mailed' };
  } finally {
    await mailer.close();
  }
}

/** `subscribers add|list|remove`: the operator's view of the digest's mailing list. */
export function registerSubscribers(program: Command): void {
  const subscribers = program
    .command('subscribers')
    .description('manage who receives the daily brief by email');
  const withStore = async <T>(config: Config, run: (db: Db) => Promise<T>) => {
    const store = await openStore(config.databaseUrl);
    try {
      return await run(store.db);
    } finally {
      await store.close();
    }
  };
  const withDefaultStore = <T>(run: (db: Db) => Promise<T>) =>
    withStore(configFrom(program.opts<GlobalOptions>()), run);
  subscribers
    .command('add <email>')
    .description(
      'add a subscriber: mails the double opt-in link (pending until confirmed), or with --confirmed adds it active',
    )
    .option(
      '--topics <list>',
      'sections, entity ids, CVEs or keywords, e.g. "breaches,actor:apt28,country:CN,vendor:microsoft,CVE-2026-1234"',
    )
    .option('--confirmed', 'skip the double opt-in (the operator vouches for the address)')
    .option(
      '--smtp <url>',
      'SMTP server for the opt-in mail, smtp://[user:pass@]host:port (overrides config)',
    )
    .option('--json', 'print the subscriber as JSON')
    .action(
      async (
        raw: string,
        options: { topics?: string; confirmed?: boolean; smtp?: string; json?: boolean },
      ) => {
        const email = emailArg(raw);
        const parsed = options.topics === undefined ? undefined : parseTopics(options.topics);
        if (parsed && !parsed.ok) throw new UsageError(`--topics: ${parsed.message}`);
        const topics = parsed?.ok ? parsed.value : undefined;
        const config = configFrom(
          program.opts<GlobalOptions>(),
          options.smtp ? { smtpUrl: options.smtp } : {},
        );
        const result = await withStore(config, (db) =>
          options.confirmed ? addConfirmed(db, email, topics) : addWithOptIn(db, config, email, topics),
        );
        if (options.json) printJson({ ...toJson(result.subscriber), note: result.note });
        else
          process.stdout.write(
            `subscriber ${result.subscriber.id} ${result.subscriber.email}: ${result.subscriber.status} (${result.note})\n`,
          );
        if (result.failed) {
          process.stderr.write(
            `error: ${result.failed}; the subscriber stays pending: fix the SMTP settings (--smtp) and run the command again\n`,
          );
          process.exitCode = 1;
        }
      },
    );
  subscribers
    .command('list')
    .description('list subscribers with status and topics')
    .option('--status <status>', 'only pending|confirmed|unsubscribed|bouncing')
    .option('--json', 'print as JSON')
    .action(async (options: { status?: string; json?: boolean }) => {
      const statuses = ['pending', 'confirmed', 'unsubscribed', 'bouncing'] as const;
      const status = statuses.find((s) => s === options.status);
      if (options.status !== undefined && !status)
        throw new UsageError(`--status must be one of ${statuses.join(', ')}`);
      const list = await withDefaultStore((db) => listSubscribers(db, status ? { status } : {}));
      if (options.json) return printJson(list.map(toJson));
      if (list.length === 0) process.stdout.write('no subscribers\n');
      for (const s of list)
        process.stdout.write(
          `${String(s.id).padStart(5)}  ${s.status.padEnd(12)} ${s.email}${formatTopics(s.topics) ? `  [${formatTopics(s.topics)}]` : ''}\n`,
        );
    });
  subscribers
    .command('remove <email>')
    .description('delete a subscriber and its delivery records')
    .action(async (raw: string) => {
      const email = emailArg(raw);
      const removed = await withDefaultStore((db) => removeSubscriber(db, email));
      if (!removed) {
        process.stderr.write(`error: no subscriber ${email}\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`removed ${email}\n`);
    });
}
