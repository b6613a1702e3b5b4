/**
 * Calendar dates in IANA time zones, computed with Intl only (no tables of our own), so DST follows the
 * platform's tz database. Dates are ISO 8601 calendar dates (YYYY-MM-DD); instants are UTC ISO strings.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** True when `s` is a real calendar date written YYYY-MM-DD (so `2026-02-30` is false). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m.map(Number) as [number, number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const DATE_PARTS = { year: 'numeric', month: '2-digit', day: '2-digit' } as const;
const DATE_TIME_PARTS = { ...DATE_PARTS, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The formatter for these parts in a zone, made once per zone and kind (building an Intl.DateTimeFormat per
 * call dominated page rendering); the cache is bounded.
 */
function formatter(kind: 'date' | 'date-time', timeZone: string): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      ...(kind === 'date' ? DATE_PARTS : DATE_TIME_PARTS),
    });
    if (formatters.size > 128) formatters.clear();
    formatters.set(key, format);
  }
  return format;
}

function formatDate(format: Intl.DateTimeFormat, instant: number): string {
  const parts = format.formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone; throws a RangeError for an unknown zone. */
export function localDate(instant: Date, timeZone: string): string {
  return formatDate(formatter('date', timeZone), instant.getTime());
}

/** The date `days` days after an ISO date (negative goes back); throws when `date` is not an ISO date. */
export function addDays(date: string, days: number): string {
  if (!isIsoDate(date)) throw new Error(`time: not an ISO date: ${JSON.stringify(date)}`);
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The `count` consecutive dates starting at `first` (an ISO date; throws otherwise): a chart's x axis, built
 * with one check and one parse instead of one `addDays` per day.
 */
export function dayRange(first: string, count: number): string[] {
  if (!isIsoDate(first)) throw new Error(`time: not an ISO date: ${JSON.stringify(first)}`);
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: Math.max(0, count) }, (_, i) =>
    new Date(start + i * DAY_MS).toISOString().slice(0, 10),
  );
}

/**
 * The first instant whose local date is `date` or later. Offsets lie within -12h..+14h, so the answer is
 * within 15h of UTC midnight; a binary search to the millisecond is exact for any rule, including zones
 * whose midnight falls in a DST gap (the day then starts at the transition).
 */
function startOfDay(format: Intl.DateTimeFormat, date: string): number {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  let lo = utcMidnight - 15 * HOUR_MS;
  let hi = utcMidnight + 15 * HOUR_MS;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (formatDate(format, mid) >= date) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * UTC ISO instants of local midnight of `date` and of the next local midnight in `timeZone` (a half-open
 * range; 23 or 25 hours long on DST days). Throws when `date` is not an ISO date or the zone is unknown.
 */
export function zonedDayRange(date: string, timeZone: string): { from: string; to: string } {
  if (!isIsoDate(date)) throw new Error(`time: not an ISO date: ${JSON.stringify(date)}`);
  const format = formatter('date', timeZone);
  return {
    from: new Date(startOfDay(format, date)).toISOString(),
    to: new Date(startOfDay(format, addDays(date, 1))).toISOString(),
  };
}

/**
 * Local wall-clock date and time of an instant (a Date or epoch milliseconds), `YYYY-MM-DD HH:MM`; throws a
 * RangeError for an unknown zone.
 */
export function localDateTime(instant: Date | number, timeZone: string): string {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') {
    const iso = new Date(instant).toISOString();
    if (iso.length === 24) return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  }
  const parts = formatter('date-time', timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}
