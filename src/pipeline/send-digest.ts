import type { Config } from '../config/schema.ts';
import { sha256Hex } from '../lib/hash.ts';
import { isIsoDate, localDate } from '../lib/time.ts';
import type { DigestModel } from '../publish/digest/digest-model.ts';
import { createPersonalRenderer } from '../publish/digest/render-personal.ts';
import type { Mailer, OutgoingMessage, SendOutcome } from '../publish/mail/mailer.ts';
import { listUnsubscribeHeaders } from '../publish/subscriptions/list-unsubscribe.ts';
import type { Subscriber } from '../publish/subscriptions/subscriber.ts';
import { subscriptionLinks, unsubscribeMailto } from '../publish/subscriptions/subscription-links.ts';
import type { Db } from '../store/database.ts';
import { withExclusiveLock } from '../store/exclusive-lock.ts';
import { claimDelivery, markDeliveryFailed, markDeliverySent } from '../store/repositories/deliveries.ts';
import { listSubscribers, recordBounce } from '../store/repositories/subscribers.ts';
import { digestModelForSending } from './build-digest.ts';
import { mailSettings } from './mail-settings.ts';

/** What sending needs from the world. */
export type SendDigestDeps = {
  readonly db: Db;
  readonly config: Pick<Config, 'timezone' | 'publicUrl' | 'smtp'>;
  readonly mailer: Mailer;
  /** Signs the preferences and unsubscribe links. */
  readonly secret: string;
  readonly logger: { info(o: object, m: string): void; warn(o: object, m: string): void };
  readonly now: () => Date;
  /** Waits between retries (injectable so tests do not sleep). */
  readonly sleep?: (ms: number) => Promise<void>;
};

/** What one run did. */
export type SendSummary = {
  date: string;
  recipients: number;
  sent: number;
  /** Already sent or permanently failed in an earlier run: left alone. */
  alreadyDone: number;
  retryLater: number;
  failed: number;
  /** Set when a configuration failure (auth, TLS, DNS) stopped the run; everything unsent stays for the next run. */
  aborted: { code: string; message: string } | null;
};

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends the digest of `date` (default today in the configured zone) to every confirmed subscriber, each
 * filtered by their topics and carrying their own unsubscribe links, and stores the public copy for the
 * web archive when none was built for the date. Idempotent: each (date, subscriber)
 * has one delivery record, claimed as `sending` before the SMTP submission and marked `sent` after the
 * server's 250, so a second run sends nothing new and a crashed run resumes where it stopped.
 *
 * Crash window: a crash after the server accepted a message but before the `sent` write (one UPDATE) leaves
 * the record `sending`; the next run sends that one message again, with the same Message-ID so clients
 * can fold the copy. We prefer that rare duplicate to silently losing a subscriber's digest. Runs never
 * overlap: a run that finds another one sending (an exclusive lock in the database) sends nothing and
 * reports `aborted: busy`; its records stay for the next run.
 *
 * Temporary failures are retried `maxRetries` times with exponential backoff, then left as `retry` for the
 * next run; permanent ones are `failed` and count towards the subscriber's bounce threshold.
 * Throws only when the database fails or `date` is malformed.
 */
export async function sendDigest(
  deps: SendDigestDeps,
  options: { date?: string; model?: DigestModel } = {},
): Promise<SendSummary> {
  const settings = mailSettings(deps.config);
  const date = options.model?.date ?? options.date ?? localDate(deps.now(), deps.config.timezone);
  if (!isIsoDate(date))
    throw new Error(`pipeline/send-digest: date must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
  // The mail's "View in your browser" link points at the stored digest: it is stored when nothing was
  // built for the date yet (a digest built earlier, e.g. by the schedule just before, is left as it is).
  // The schedule passes the model it has just built and stored.
  const model =
    options.model ?? (await digestModelForSending(deps.db, deps.config, { date, now: deps.now() }));
  if (!model.publicUrl.startsWith('https://'))
    deps.logger.warn(
      { public_url: model.publicUrl },
      'publicUrl is not https: mail clients will not offer one-click unsubscribe (RFC 8058)',
    );
  const render = createPersonalRenderer(model);
  const subscribers = await listSubscribers(deps.db, { status: 'confirmed' });
  const summary: SendSummary = {
    date,
    recipients: subscribers.length,
    sent: 0,
    alreadyDone: 0,
    retryLater: 0,
    failed: 0,
    aborted: null,
  };
  const sleep = deps.sleep ?? defaultSleep;
  const stamp = () => deps.now().toISOString();

  const compose = (subscriber: Subscriber): OutgoingMessage => {
    const links = subscriptionLinks(model.publicUrl, deps.secret, subscriber.id, deps.now());
    const rendered = render(subscriber.topics, links.manageToken);
    return {
      from: settings.from,
      to: subscriber.email,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      messageId: `<digest.${date}.${subscriber.id}.${sha256Hex(`${date}|${subscriber.email}`).slice(0, 12)}@${settings.domain}>`,
      headers: listUnsubscribeHeaders({
        unsubscribeUrl: links.unsubscribeUrl,
        mailto: unsubscribeMailto(settings.unsubscribeMailbox, links.manageToken),
        listId: settings.listId,
        archiveUrl: model.archiveUrl,
      }),
    };
  };

  const deliver = async (subscriber: Subscriber): Promise<void> => {
    const claimed = await claimDelivery(deps.db, date, subscriber.id, stamp());
    if (!claimed) {
      summary.alreadyDone += 1;
      return;
    }
    const message = compose(subscriber);
    let outcome: SendOutcome = await deps.mailer.send(message);
    for (
      let retry = 0;
      outcome.kind === 'temporary' && retry < settings.maxRetries && !summary.aborted;
      retry++
    ) {
      await sleep(settings.retryBaseMs * 2 ** retry);
      outcome = await deps.mailer.send(message);
    }
    const log = { subscriber_id: subscriber.id, digest_date: date };
    if (outcome.kind === 'sent') {
      await markDeliverySent(deps.db, date, subscriber.id, message.messageId, stamp());
      summary.sent += 1;
      return;
    }
    const error = `${outcome.code}: ${outcome.message}`;
    if (outcome.kind === 'permanent') {
      await markDeliveryFailed(deps.db, date, subscriber.id, 'failed', error, stamp());
      const after = await recordBounce(deps.db, subscriber.id, settings.bounceThreshold, stamp());
      summary.failed += 1;
      deps.logger.warn({ ...log, code: outcome.code, status: after?.status }, 'digest refused permanently');
      return;
    }
    await markDeliveryFailed(deps.db, date, subscriber.id, 'retry', error, stamp());
    summary.retryLater += 1;
    if (outcome.kind === 'fatal') summary.aborted ??= { code: outcome.code, message: outcome.message };
    deps.logger.warn(
      { ...log, code: outcome.code, kind: outcome.kind },
      'digest not sent; the next run retries',
    );
  };

  let next = 0;
  const worker = async () => {
    while (!summary.aborted) {
      const subscriber = subscribers[next++];
      if (!subscriber) return;
      await deliver(subscriber);
    }
  };
  // One send at a time across processes (`run` at the digest hour and an operator's `digest send`): a
  // second one would re-claim the first's in-flight records and send those twice.
  const locked = await withExclusiveLock(deps.db, 'digest-send', () =>
    Promise.all(Array.from({ length: settings.concurrency }, worker)),
  );
  if (!locked.ran)
    summary.aborted = { code: 'busy', message: `another digest send is running (${locked.holder})` };
  deps.logger.info({ ...summary, aborted: summary.aborted?.code ?? null }, 'digest send finished');
  return summary;
}
