const MAX_BACKOFF_MINUTES = 24 * 60;

/** Next poll after a success: the regular interval. */
export function nextPollAfterSuccess(now: Date, intervalMinutes: number): string {
  return new Date(now.getTime() + intervalMinutes * 60_000).toISOString();
}

/**
 * Next poll after the n-th consecutive failure: exponential backoff (interval × 2^(n-1)) capped at a day,
 * and never earlier than a server's Retry-After.
 */
export function nextPollAfterFailure(
  now: Date,
  intervalMinutes: number,
  consecutiveFailures: number,
  retryAfterSeconds?: number | null,
): string {
  const exponent = Math.min(Math.max(consecutiveFailures - 1, 0), 16);
  const minutes = Math.min(intervalMinutes * 2 ** exponent, MAX_BACKOFF_MINUTES);
  const delayMs = Math.max(minutes * 60_000, (retryAfterSeconds ?? 0) * 1000);
  return new Date(now.getTime() + delayMs).toISOString();
}
