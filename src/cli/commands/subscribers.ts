import type { Command } from 'commander';
import { normaliseEmail } from '../../publish/subscriptions/normalise-email.ts';
import type { Subscriber } from '../../publish/subscriptions/subscriber.ts';
import { ALL_TOPICS, formatTopics, parseTopics } from '../../publish/subscriptions/topic-filter.ts';
import { openStore } from '../../store/connect.ts';
import { addSubscriber, listSubscribers, removeSubscriber } from '../../store/repositories/subscribers.ts';
import { configFrom, type GlobalOptions, printJson, UsageError } from '../context.ts';

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

/** `subscribers add|list|remove`: the operator's view of the digest's mailing list. */
export function registerSubscribers(program: Command): void {
  const subscribers = program
    .command('subscribers')
    .description('manage who receives the daily brief by email');
  const withStore = async <T>(run: (db: Awaited<ReturnType<typeof openStore>>['db']) => Promise<T>) => {
    const config = configFrom(program.opts<GlobalOptions>());
    const store = await openStore(config.databaseUrl);
    try {
      return await run(store.db);
    } finally {
      await store.close();
    }
  };
  subscribers
    .command('add <email>')
    .description('add (or update) a subscriber; without --confirmed it waits for opt-in via the web sign-up')
    .option(
      '--topics <list>',
      'sections, entity ids, CVEs or keywords, e.g. "breaches,actor:apt28,country:CN,CVE-2026-1234"',
    )
    .option('--confirmed', 'skip the double opt-in (the operator vouches for the address)')
    .option('--json', 'print the subscriber as JSON')
    .action(async (raw: string, options: { topics?: string; confirmed?: boolean; json?: boolean }) => {
      const email = emailArg(raw);
      const parsed = options.topics === undefined ? undefined : parseTopics(options.topics);
      if (parsed && !parsed.ok) throw new UsageError(`--topics: ${parsed.message}`);
      const subscriber = await withStore((db) =>
        addSubscriber(db, {
          email,
          topics: parsed?.ok ? parsed.value : ALL_TOPICS,
          confirmed: options.confirmed === true,
          now: new Date().toISOString(),
        }),
      );
      if (options.json) printJson(toJson(subscriber));
      else process.stdout.write(`subscriber ${subscriber.id} ${subscriber.email}: ${subscriber.status}\n`);
    });
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
      const list = await withStore((db) => listSubscribers(db, status ? { status } : {}));
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
      const removed = await withStore((db) => removeSubscriber(db, email));
      if (!removed) {
        process.stderr.write(`error: no subscriber ${email}\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`removed ${email}\n`);
    });
}
