/** A sanity bound on Retry-After (a week): a hostile or broken server cannot park a source for ever. */
export const MAX_RETRY_AFTER_SECONDS = 7 * 24 * 60 * 60;

/**
 * Seconds to wait from a Retry-After header (RFC 9110 section 10.2.3: delay-seconds or an HTTP-date,
 * measured against `now`), capped at {@link MAX_RETRY_AFTER_SECONDS}; null when absent or unparseable.
 * Never throws.
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed), MAX_RETRY_AFTER_SECONDS);
  // HTTP-date forms (IMF-fixdate, RFC 850, asctime) all name the month; Date.parse alone takes "-1".
  if (!/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(trimmed)) return null;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.min(Math.max(0, Math.ceil((date - now) / 1000)), MAX_RETRY_AFTER_SECONDS);
}
