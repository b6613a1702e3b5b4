import type { FC } from 'hono/jsx';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * `YYYY-MM-DD HH:MM` wall-clock time of an instant in a zone, as lib/time's localDateTime, with the
 * formatter made once per zone (building an Intl.DateTimeFormat per call dominated page rendering).
 * Throws a RangeError for an unknown zone.
 */
export function wallClock(instant: number, timeZone: string): string {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') {
    const iso = new Date(instant).toISOString();
    if (iso.length === 24) return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  }
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    if (formats.size > 64) formats.clear();
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** A `<time>` element showing an ISO instant as local wall-clock time in the zone (raw text if unparseable). */
export const TimeView: FC<{ iso: string; timeZone: string }> = ({ iso, timeZone }) => {
  const t = Date.parse(iso);
  return <time datetime={iso}>{Number.isNaN(t) ? iso : wallClock(t, timeZone)}</time>;
};

/** The local calendar date (YYYY-MM-DD) of an instant in a zone, as lib/time's localDate, via the cached formatter. */
export function wallDate(instant: Date, timeZone: string): string {
  return wallClock(instant.getTime(), timeZone).slice(0, 10);
}
