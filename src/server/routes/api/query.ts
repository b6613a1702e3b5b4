import type { Context } from 'hono';
import { ENTITY_KINDS, EVENT_TYPES } from '../../../domain/analysis.ts';
import { SECTIONS } from '../../../domain/story.ts';
import { isIsoDate } from '../../../lib/time.ts';
import { parseEntityId, parseId, parseIntParam, parseLimit } from '../../params.ts';

/** A query-parameter problem: the stable code and message the 400 answer carries. */
export type ParamError = { readonly code: string; readonly message: string };

/** Thrown by the `read*` helpers and turned into a 400 by `withParams` (web) or `apiParams` (API). */
export class BadParam extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** One query value: undefined when absent or empty; 400 when repeated (a single value is expected). */
export function one(c: Context, name: string): string | undefined {
  const all = c.req.queries(name) ?? [];
  if (all.length > 1) throw new BadParam(`invalid_${name}`, `${name} may be given once`);
  const v = all[0];
  return v === undefined || v === '' ? undefined : v;
}

/** Every non-empty value of a repeatable query parameter (at most 20). */
export function many(c: Context, name: string): string[] {
  const all = (c.req.queries(name) ?? []).filter((v) => v !== '');
  if (all.length > 20) throw new BadParam(`invalid_${name}`, `${name} may be given at most 20 times`);
  return all;
}

/** `limit`, within [1, max]. */
export function readLimit(c: Context, fallback: number, max: number): number {
  const limit = parseLimit(one(c, 'limit'), fallback, max);
  if (limit === undefined)
    throw new BadParam('invalid_limit', `limit must be a whole number from 1 to ${max}`);
  return limit;
}

/** An id cursor (`next_cursor` of the previous page), or undefined on the first page. */
export function readIdCursor(c: Context): number | undefined {
  const raw = one(c, 'cursor');
  if (raw === undefined) return undefined;
  const id = parseId(raw);
  if (id === undefined)
    throw new BadParam('invalid_cursor', 'cursor must be the next_cursor value of a previous page');
  return id;
}

/** An offset cursor (`next_cursor` of the previous page), 0 on the first page. */
export function readOffsetCursor(c: Context, max: number): number {
  const raw = one(c, 'cursor');
  if (raw === undefined) return 0;
  const n = /^o\d{1,7}$/.test(raw) ? parseIntParam(raw.slice(1), 0, max) : undefined;
  if (n === undefined)
    throw new BadParam('invalid_cursor', 'cursor must be the next_cursor value of a previous page');
  return n;
}

/** The cursor string for an offset. */
export function offsetCursor(offset: number): string {
  return `o${offset}`;
}

/** `from`/`to` as YYYY-MM-DD (UTC days, both inclusive) turned into a half-open ISO range. */
export function readDateRange(c: Context): { from?: string; to?: string } {
  const from = one(c, 'from');
  const to = one(c, 'to');
  if (from !== undefined && !isIsoDate(from))
    throw new BadParam('invalid_from', 'from must be a date written YYYY-MM-DD');
  if (to !== undefined && !isIsoDate(to))
    throw new BadParam('invalid_to', 'to must be a date written YYYY-MM-DD');
  if (from && to && from > to) throw new BadParam('invalid_range', 'from must not be after to');
  return {
    ...(from ? { from: `${from}T00:00:00.000Z` } : {}),
    ...(to ? { to: nextDay(to) } : {}),
  };
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

/** An entity id parameter (`kind:key`). */
export function readEntity(c: Context, name = 'entity'): string | undefined {
  const raw = one(c, name);
  if (raw === undefined) return undefined;
  const id = parseEntityId(raw);
  if (id === undefined) throw new BadParam(`invalid_${name}`, `${name} must be an entity id like country:CN`);
  return id;
}

/** Repeated entity ids. */
export function readEntities(c: Context, name = 'entity'): string[] {
  return many(c, name).map((raw) => {
    const id = parseEntityId(raw);
    if (id === undefined)
      throw new BadParam(`invalid_${name}`, `${name} must be an entity id like country:CN`);
    return id;
  });
}

function oneOf(c: Context, name: string, allowed: readonly string[], repeat: boolean): string[] {
  const values = repeat ? many(c, name) : [one(c, name)].filter((v): v is string => v !== undefined);
  for (const v of values) {
    if (!allowed.includes(v))
      throw new BadParam(`invalid_${name}`, `${name} must be one of ${allowed.join(', ')}`);
  }
  return values;
}

/** Repeated event types (`type=attribution&type=sanction`). */
export function readEventTypes(c: Context): string[] {
  return oneOf(c, 'type', EVENT_TYPES, true);
}

/** Repeated entity kinds. */
export function readKinds(c: Context): string[] {
  return oneOf(c, 'kind', ENTITY_KINDS, true);
}

/** A digest section. */
export function readSection(c: Context): string | undefined {
  return oneOf(c, 'section', SECTIONS, false)[0];
}

/** An event stance. */
export function readStance(c: Context): string | undefined {
  return oneOf(c, 'stance', ['asserted', 'denied', 'possible', 'reported'], false)[0];
}
