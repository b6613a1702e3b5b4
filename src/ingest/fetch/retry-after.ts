/**
 * Seconds to wait from a Retry-After header (RFC 9110 section 10.2.3: delay-seconds or an HTTP-date,
 * measured against `now`); null when absent or unparseable. Never throws.
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
