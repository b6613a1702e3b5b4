import type { Db } from '../database.ts';
import { prepareQuery } from '../prepared-query.ts';

/** Event types the attribution ledger follows: blame, denials of it and claims of responsibility. */
export const LEDGER_TYPES = ['attribution', 'denial', 'responsibility-claim'] as const;

/** One accuser × accused cell: how many attribution events name the pair. */
export type AttributionPair = { readonly accuser: string; readonly accused: string; readonly count: number };

/** Accuser × accused counts over attribution events with resolved entities, largest first, `limit` at most. */
export async function countAttributionPairs(
  db: Db,
  options: { from?: string; to?: string; limit: number },
): Promise<AttributionPair[]> {
  let query = db
    .selectFrom('events as e')
    .innerJoin('event_arguments as a1', 'a1.event_id', 'e.id')
    .innerJoin('event_arguments as a2', 'a2.event_id', 'e.id')
    .select((eb) => [
      'a1.entity_id as accuser',
      'a2.entity_id as accused',
      eb.fn.count<string>('e.id').distinct().as('n'),
    ])
    .where('e.type', '=', 'attribution')
    .where('a1.role', '=', 'accuser')
    .where('a2.role', '=', 'accused')
    .where('a1.entity_id', 'is not', null)
    .where('a2.entity_id', 'is not', null);
  if (options.from) query = query.where('e.published_at', '>=', options.from);
  if (options.to) query = query.where('e.published_at', '<', options.to);
  const rows = await query
    .groupBy(['a1.entity_id', 'a2.entity_id'])
    .orderBy('n', 'desc')
    .orderBy('a1.entity_id')
    .orderBy('a2.entity_id')
    .limit(options.limit)
    .execute();
  return rows.map((r) => ({
    accuser: r.accuser as string,
    accused: r.accused as string,
    count: Number(r.n),
  }));
}

/** How an entity figures in the ledger: events where it accuses, is accused, supports or denies. */
export type EntityLedgerCounts = {
  readonly accuser: number;
  readonly accused: number;
  readonly supporter: number;
  readonly denier: number;
};

// Events per role and type are kept on write (`entity_event_roles`); an event has one type, so adding the
// ledger types' counts counts distinct events.
const ledgerRoles = prepareQuery((db, entityId: string) =>
  db
    .selectFrom('entity_event_roles')
    .select((eb) => ['role', eb.fn.sum<number | string>('event_count').as('n')])
    .where('entity_id', '=', entityId)
    .where('role', 'in', ['accuser', 'accused', 'supporter', 'denier', 'claimant'])
    .where('event_type', 'in', [...LEDGER_TYPES])
    .groupBy('role'),
);

/** Counts of ledger events by the role the entity plays in them. */
export async function countEntityLedgerRoles(db: Db, entityId: string): Promise<EntityLedgerCounts> {
  const rows = await ledgerRoles(db, entityId);
  const of = (role: string) => Number(rows.find((r) => r.role === role)?.n ?? 0);
  return {
    accuser: of('accuser'),
    accused: of('accused'),
    supporter: of('supporter'),
    denier: of('denier') + of('claimant'),
  };
}
