import type { Context } from 'hono';
import { type AttributionDto, eventEntityIds, toAttributionDto } from '../../../publish/present/event-dto.ts';
import { LEDGER_TYPES } from '../../../store/repositories/attributions.ts';
import { findEntityNames } from '../../../store/repositories/browse.ts';
import { listEvents } from '../../../store/repositories/events.ts';
import type { AppDeps } from '../../deps.ts';
import { BadParam, many, readDateRange, readEntity, readIdCursor, readLimit, readStance } from './query.ts';

/** The ledger filters from the query: accuser, accused, type, stance, date range, cursor and limit. */
export type LedgerQuery = {
  readonly accuser?: string;
  readonly accused?: string;
  /** An entity taking part in any role (the entity page's denials). */
  readonly party?: string;
  readonly types: string[];
  readonly stance?: string;
  readonly from?: string;
  readonly to?: string;
  readonly cursor?: number;
  readonly limit: number;
};

/** Reads and validates the ledger's query parameters; throws BadParam (400) when malformed. */
export function readLedgerQuery(c: Context, fallbackLimit: number): LedgerQuery {
  const types = many(c, 'type');
  for (const t of types) {
    if (!(LEDGER_TYPES as readonly string[]).includes(t))
      throw new BadParam('invalid_type', `type must be one of ${LEDGER_TYPES.join(', ')}`);
  }
  const accuser = readEntity(c, 'accuser');
  const accused = readEntity(c, 'accused');
  const stance = readStance(c);
  const cursor = readIdCursor(c);
  return {
    types: types.length > 0 ? types : [...LEDGER_TYPES],
    limit: readLimit(c, fallbackLimit, 200),
    ...(accuser ? { accuser } : {}),
    ...(accused ? { accused } : {}),
    ...(stance ? { stance } : {}),
    ...(cursor ? { cursor } : {}),
    ...readDateRange(c),
  };
}

/** One page of the ledger with the cursor of the next page (null at the end). */
export async function loadLedger(
  deps: AppDeps,
  q: LedgerQuery,
): Promise<{ data: AttributionDto[]; next_cursor: string | null }> {
  const args = [
    ...(q.accuser ? [{ entityId: q.accuser, role: 'accuser' }] : []),
    ...(q.accused ? [{ entityId: q.accused, role: 'accused' }] : []),
    ...(q.party ? [{ entityId: q.party }] : []),
  ];
  const rows = await listEvents(
    deps.db,
    {
      types: q.types,
      arguments: args,
      ...(q.stance ? { stance: q.stance } : {}),
      ...(q.from ? { from: q.from } : {}),
      ...(q.to ? { to: q.to } : {}),
      ...(q.cursor ? { beforeId: q.cursor } : {}),
    },
    q.limit + 1,
  );
  const page = rows.slice(0, q.limit);
  const names = await findEntityNames(deps.db, eventEntityIds(page));
  const last = page.at(-1);
  return {
    data: page.map((e) => toAttributionDto(e, names)),
    next_cursor: rows.length > q.limit && last ? String(last.id) : null,
  };
}
