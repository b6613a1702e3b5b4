/** Returns an RFC 822 date (RFC 1123 four-digit year, GMT) as RSS 2.0 `pubDate` requires. */
export function toRfc822(iso: string): string {
  return new Date(iso).toUTCString();
}

/** Returns an RFC 3339 timestamp in UTC without fractional seconds, as Atom 1.0 (RFC 4287 §3.3) requires. */
export function toRfc3339(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Returns the IMF-fixdate form used by HTTP `Last-Modified` (RFC 9110 §5.6.7). */
export function toHttpDate(date: Date): string {
  return date.toUTCString();
}

/** Returns a human-readable date such as `14 March 2026, 09:30 UTC` for bylines. */
export function toDisplayDate(iso: string): string {
  const date = new Date(iso);
  const day = date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  return `${day}, ${time} UTC`;
}
