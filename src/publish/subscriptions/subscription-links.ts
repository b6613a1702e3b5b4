import { signToken } from './sign-token.ts';

/** How long a double opt-in link stays valid. */
export const CONFIRM_TTL_HOURS = 48;

/** Absolute links a subscriber's messages carry. */
export type SubscriptionLinks = {
  readonly confirmUrl: string;
  readonly preferencesUrl: string;
  readonly unsubscribeUrl: string;
  /** The signed manage token (also used as the mailto unsubscribe subject). */
  readonly manageToken: string;
};

/**
 * Signed links for one subscriber: a confirm link expiring CONFIRM_TTL_HOURS after `now`, and
 * preferences/unsubscribe links that do not expire (an old digest's unsubscribe link must keep working;
 * rotating the secret revokes them all).
 */
export function subscriptionLinks(
  publicUrl: string,
  secret: string,
  subscriberId: number,
  now: Date,
): SubscriptionLinks {
  const base = publicUrl.replace(/\/+$/, '');
  const confirm = signToken(secret, {
    purpose: 'confirm',
    subscriberId,
    expiresAt: Math.floor(now.getTime() / 1000) + CONFIRM_TTL_HOURS * 3600,
  });
  const manage = signToken(secret, { purpose: 'manage', subscriberId, expiresAt: 0 });
  return {
    confirmUrl: `${base}/confirm/${confirm}`,
    preferencesUrl: `${base}/preferences/${manage}`,
    unsubscribeUrl: `${base}/unsubscribe/${manage}`,
    manageToken: manage,
  };
}

/** The mailto unsubscribe address for `List-Unsubscribe`, carrying the manage token in its subject. */
export function unsubscribeMailto(address: string, manageToken: string): string {
  return `mailto:${address}?subject=${encodeURIComponent(`unsubscribe ${manageToken}`)}`;
}
