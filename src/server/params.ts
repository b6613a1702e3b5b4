import { isIsoDate } from '../lib/time.ts';

/** Largest id accepted in a URL: PostgreSQL `integer` would fail (500) on anything bigger. */
export const MAX_ID = 2_147_483_647;

/** A positive decimal integer within [min, max] (no sign, no leading zeros, no exponent), or undefined. */
export function parseIntParam(raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined || !/^(0|[1-9]\d{0,15})$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
}

/** A story id from a path or cursor, or undefined when malformed or out of range. */
export function parseId(raw: string | undefined): number | undefined {
  return parseIntParam(raw, 1, MAX_ID);
}

/** A `limit` query value: the default when absent, undefined when malformed or outside [1, max]. */
export function parseLimit(raw: string | undefined, fallback: number, max: number): number | undefined {
  return raw === undefined ? fallback : parseIntParam(raw, 1, max);
}

/** An entity id shaped `kind:key` (the analysis contract's ids), or undefined. */
export function parseEntityId(raw: string | undefined): string | undefined {
  return raw !== undefined && raw.length <= 500 && /^[a-z][a-z-]*:\S/.test(raw) ? raw : undefined;
}

/** A YYYY-MM-DD calendar date, or undefined. */
export function parseDate(raw: string | undefined): string | undefined {
  return raw !== undefined && isIsoDate(raw) ? raw : undefined;
}
