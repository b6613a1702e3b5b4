const MAX_BACKOFF_MINUTES = 24 * 60;

/**
 * Next poll after a success: the regular interval, or longer when the server said its response stays
 * fresh longer (Cache-Control max-age, RFC 9111 §5.2.2.1), capped at a day.
 */
export function nextPollAfterSuccess(
  now: Date,
  intervalMinutes: number,
  maxAgeSeconds?: number | null,
): string {
  const delayMs = Math.min(
    Math.max(intervalMinutes * 60_000, (maxAgeSeconds ?? 0) * 1000),
    MAX_BACKOFF_MINUTES * 60_000,
  );
  return new Date(now.getTime() + delayMs).toISOString();
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
