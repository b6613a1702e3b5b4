import type { AnalysisEntity, AnalysisEvent, EventArgument, EventLink } from '../../domain/analysis.ts';

/** Roles whose party can be an alliance that speaks for its members. */
const PARTY_ROLES = new Set(['accuser', 'supporter', 'imposer', 'issuer']);

/** The claims a denial can answer, with the role that names the party the claim blames. */
const DENIABLE: Readonly<Partial<Record<AnalysisEvent['type'], string>>> = {
  attribution: 'accused',
  'law-enforcement.charge': 'defendant',
};

/**
 * Gives each event a document-local id (`ev1`, `ev2`, ... in order), links each denial to the claim it
 * answers (`links: [{relation: 'denies', event}]`), and resolves alliances among the parties to their member
 * states (`members` on the argument), so "NATO backed the accusation" counts every member as a supporter.
 * Pure; `membersOf` reads the knowledge base.
 */
export function linkEvents(
  events: readonly AnalysisEvent[],
  entities: readonly AnalysisEntity[],
  membersOf: (id: string) => readonly string[] | undefined,
): AnalysisEvent[] {
  const countryOf = new Map(entities.flatMap((e) => (e.country ? [[e.id, e.country] as const] : [])));
  const withIds = events.map((event, i) => ({ ...event, id: `ev${i + 1}` }));
  return withIds.map((event, i) => {
    const args = event.arguments.map((arg) => withMembers(arg, membersOf));
    const denied = event.type === 'denial' ? deniedClaim(withIds, i, countryOf) : undefined;
    const links: EventLink[] = denied ? [{ relation: 'denies', event: denied }] : [];
    return {
      ...event,
      arguments: args,
      ...(links.length > 0 ? { links } : {}),
    };
  });
}

function withMembers(arg: EventArgument, membersOf: (id: string) => readonly string[] | undefined) {
  if (!arg.entity || !PARTY_ROLES.has(arg.role)) return arg;
  const members = membersOf(arg.entity);
  return members && members.length > 0 ? { ...arg, members: [...members] } : arg;
}

/**
 * The claim a denial answers: the nearest claim (before the denial first, then after it) that blames the
 * denier or the denier's state ("Beijing denied" answers "the US accused China"); a denial that names no
 * denier answers the only claim of the document, if there is exactly one.
 */
function deniedClaim(
  events: readonly (AnalysisEvent & { id: string })[],
  at: number,
  countryOf: ReadonlyMap<string, string>,
): string | undefined {
  const denial = events[at];
  if (!denial) return undefined;
  const claims = events.filter((e) => DENIABLE[e.type] !== undefined);
  const deniers = partiesOf(denial, 'denier', countryOf);
  if (deniers.size === 0) return claims.length === 1 ? claims[0]?.id : undefined;
  const blames = (claim: AnalysisEvent) => {
    const blamed = partiesOf(claim, DENIABLE[claim.type] ?? '', countryOf);
    for (const id of deniers) if (blamed.has(id)) return true;
    return false;
  };
  const start = denial.trigger.start;
  const before = claims.filter((c) => c.trigger.start < start && blames(c));
  const after = claims.filter((c) => c.trigger.start > start && blames(c));
  return (before.at(-1) ?? after[0])?.id;
}

/** Entity ids in `role`, with the state each belongs to (a ministry speaks for its country). */
function partiesOf(event: AnalysisEvent, role: string, countryOf: ReadonlyMap<string, string>): Set<string> {
  const out = new Set<string>();
  for (const arg of event.arguments) {
    if (arg.role !== role || !arg.entity) continue;
    out.add(arg.entity);
    const country = countryOf.get(arg.entity);
    if (country) out.add(country);
  }
  return out;
}
