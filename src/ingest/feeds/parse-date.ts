/** A parsed date: UTC ISO 8601 or null, and why it needed care (null when it was clean). */
export type ParsedDate = { readonly iso: string | null; readonly problem: string | null };

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Zone abbreviations seen in feeds, in minutes east of UTC (RFC 822 section 5 plus common extras). */
const ZONES: Readonly<Record<string, number>> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  wet: 0,
  bst: 60,
  ist: 330,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
  sgt: 480,
  hkt: 480,
};

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function daysInMonth(year: number, mo: number): number {
  const y = year >= 0 && year < 100 ? year + 1900 : year; // As Date.UTC reads years 0-99.
  if (mo === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
}

function build(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  offset: number,
) {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return null;
  // Reject 31 February and friends instead of rolling over into the next month.
  if (d > 28 && d > daysInMonth(y, mo)) return null;
  // The common case (a UTC time of a four-digit year) needs no Date: write what toISOString would.
  if (offset === 0 && h < 24 && s < 60 && ms < 1000 && y >= 1000 && y <= 9999)
    return `${y}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(ms, 3)}Z`;
  const time = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms) - offset * 60_000;
  // Years 1000-9999 only: -30610224000000 is 1000-01-01, 253402300800000 is 10000-01-01.
  if (Number.isNaN(time) || time < -30_610_224_000_000 || time >= 253_402_300_800_000) return null;
  return new Date(time).toISOString();
}

function zoneOffset(raw: string | undefined): number | null {
  if (!raw) return null;
  // "-0500 (EST)": the parenthesised name is a comment (RFC 2822 section 3.2.2). `[^()]` rather than
  // `[^)]`, so that a run of "(" with no ")" is not rescanned from each "(" (quadratic).
  const z =
    raw
      .replace(/\([^()]*\)/g, '')
      .trim()
      .toLowerCase()
      .split(/\s+/)[0] ?? '';
  const numeric = /^(?:(?:gmt|utc|ut)\s*)?([+-])(\d{1,2}):?(\d{2})?$/.exec(z);
  if (numeric) {
    const sign = numeric[1] === '-' ? -1 : 1;
    const hh = Number(numeric[2]);
    const mm = Number(numeric[3] ?? '0');
    // "+530" style: the hours and minutes were run together.
    return hh > 14 ? null : sign * (hh * 60 + mm);
  }
  return ZONES[z.replace(/[()]/g, '')] ?? null;
}

/** W3CDTF / ISO 8601 / RFC 3339, with a space instead of T, missing seconds or zone tolerated. */
function parseIso(s: string): ParsedDate | null {
  const m =
    /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?|[A-Za-z]{1,5})?)?)?)?$/i.exec(
      s,
    );
  if (!m) return null;
  const [, y, mo = '1', d = '1', h, mi, sec = '0', frac = '0', zone] = m;
  const offset = h === undefined ? 0 : zone ? zoneOffset(zone) : 0;
  if (offset === null) return { iso: null, problem: `unknown time zone in "${s}"` };
  const ms = Math.round(Number(`0.${frac}`) * 1000);
  const iso = build(
    Number(y),
    Number(mo),
    Number(d),
    Number(h ?? 0),
    Number(mi ?? 0),
    Number(sec),
    ms,
    offset,
  );
  if (!iso) return { iso: null, problem: `impossible date "${s}"` };
  const problem = h !== undefined && !zone ? `no time zone in "${s}"; assumed UTC` : null;
  return { iso, problem };
}

const RFC_1123 =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) (GMT|UTC|UT|[+-]\d{4})$/;

/** RFC 822 / RFC 2822 / RFC 1123 and the usual deviations (no day name, two-digit year, odd zones). */
function parseRfc822(s: string): ParsedDate | null {
  // The form nearly every RSS feed writes ("Tue, 02 Jan 2024 10:00:00 GMT") skips the clean-up below.
  const exact = RFC_1123.exec(s);
  const exactMonth = exact ? MONTHS[(exact[2] ?? '').toLowerCase()] : undefined;
  if (exact && exactMonth) {
    const [, d, , y, h, mi, sec, zone] = exact;
    const offset = zoneOffset(zone);
    const iso =
      offset === null
        ? null
        : build(Number(y), exactMonth, Number(d), Number(h), Number(mi), Number(sec), 0, offset);
    if (iso) return { iso, problem: null };
  }
  const cleaned = s
    .replace(/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*/i, '')
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const m =
    /^(\d{1,2})[\s-]([A-Za-z]{3,9})\.?[\s-](\d{2,4})(?:\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\.\d+)?)?(?:\s*(.+))?$/.exec(
      cleaned,
    ) ?? swapMonthFirst(cleaned);
  if (!m) return null;
  const [, d, monthName = '', yRaw = '', h = '0', mi = '0', sec = '0', zone] = m;
  const month = MONTHS[monthName.toLowerCase().slice(0, monthName.toLowerCase().startsWith('sept') ? 4 : 3)];
  if (!month) return null;
  let year = Number(yRaw);
  if (yRaw.length === 2) year += year < 50 ? 2000 : 1900; // RFC 2822 section 4.3
  const offset = zone ? zoneOffset(zone) : 0;
  if (offset === null) return { iso: null, problem: `unknown time zone in "${s}"` };
  const iso = build(year, month, Number(d), Number(h), Number(mi), Number(sec), 0, offset);
  if (!iso) return { iso: null, problem: `impossible date "${s}"` };
  return { iso, problem: zone ? null : `no time zone in "${s}"; assumed UTC` };
}

/** "Jan 2, 2024 10:00 GMT" style: reorder to the RFC 822 day-month-year shape. */
function swapMonthFirst(s: string): RegExpExecArray | null {
  const m = /^([A-Za-z]{3,9})\.? (\d{1,2}) (\d{2,4})(.*)$/.exec(s);
  if (!m) return null;
  return /^(\d{1,2})[\s-]([A-Za-z]{3,9})\.?[\s-](\d{2,4})(?:\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\.\d+)?)?(?:\s*(.+))?$/.exec(
    `${m[2]} ${m[1]} ${m[3]}${m[4]}`,
  );
}

/**
 * Normalises a feed date (RFC 822 with odd zones, W3CDTF, ISO 8601 with missing parts) to UTC ISO 8601;
 * returns `{iso: null, problem}` when it cannot, and never throws.
 */
export function parseDate(raw: unknown): ParsedDate {
  if (typeof raw !== 'string' || raw.trim() === '') return { iso: null, problem: null };
  const s = raw.trim();
  const parsed = parseIso(s) ?? parseRfc822(s);
  if (parsed) return parsed;
  if (/^\d{9,13}$/.test(s)) {
    const n = Number(s);
    const iso = new Date(s.length > 11 ? n : n * 1000).toISOString();
    return { iso, problem: `epoch timestamp "${s}"` };
  }
  return { iso: null, problem: `unparseable date "${s}"` };
}
