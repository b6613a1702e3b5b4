import type { Analysis, AnalysisEvent } from '../../domain/analysis.ts';
import type { DigestSignal } from './digest-model.ts';

/** What earlier days mentioned, so today's story can be scored for novelty. */
export type DigestMemory = {
  readonly entityIds: ReadonlySet<string>;
  /** `accuser>accused` keys of earlier attributions. */
  readonly attributionKeys: ReadonlySet<string>;
};

const EXPLOITED =
  /\b(actively exploited|exploited in the wild|under (active )?exploitation|zero-day|0-day|known exploited)\b/i;
const STATE =
  /\b(state[- ]sponsored|state[- ]backed|nation[- ]state|government[- ]backed|intelligence service|military intelligence)\b/i;
const BIG_NUMBER =
  /\b(\d{1,3}(?:[.,]\d+)?)\s*(million|billion|m|bn)\b[^.]{0,40}?\b(records|customers|users|people|patients|accounts|individuals)\b/i;
const LONG_NUMBER =
  /\b(\d{1,3}(?:,\d{3}){2,})\s+(records|customers|users|people|patients|accounts|individuals)\b/i;

/** Events of an analysis, tolerating stored analyses from before events existed. */
export function eventsOf(analysis: Analysis | undefined): readonly AnalysisEvent[] {
  return Array.isArray(analysis?.events) ? analysis.events : [];
}

function isLargeBreach(text: string, events: readonly AnalysisEvent[]): boolean {
  const counts = events
    .filter((e) => e.type === 'attack.databreach')
    .flatMap((e) => e.arguments.filter((a) => a.role === 'count').map((a) => a.text));
  for (const candidate of [...counts, text]) {
    const big = BIG_NUMBER.exec(candidate);
    if (big) return true;
    const long = LONG_NUMBER.exec(candidate);
    if (long && Number((long[1] ?? '').replaceAll(',', '')) >= 1_000_000) return true;
  }
  return false;
}

/**
 * Severity and novelty signals of a story from its analysis (events when present, entity kinds and a few
 * cue phrases of its text otherwise): exploited CVEs, state attribution, large breaches, ransomware, and a
 * CVE not mentioned in `memory`.
 */
export function storySignals(
  text: string,
  analysis: Analysis | undefined,
  memory: DigestMemory | undefined,
): DigestSignal[] {
  const events = eventsOf(analysis);
  const entities = analysis?.entities ?? [];
  const kindOf = new Map(entities.map((e) => [e.id, e.kind]));
  const hasCve = entities.some((e) => e.kind === 'vulnerability');
  const signals: DigestSignal[] = [];
  if (events.some((e) => e.type === 'vulnerability.exploitation') || (hasCve && EXPLOITED.test(text)))
    signals.push('exploited');
  const accusesState = events.some(
    (e) =>
      e.type === 'attribution' &&
      e.stance !== 'denied' &&
      e.arguments.some(
        (a) =>
          a.role === 'accused' &&
          a.entity &&
          ['country', 'threat-actor'].includes(kindOf.get(a.entity) ?? ''),
      ),
  );
  if (accusesState || (entities.some((e) => e.kind === 'country') && STATE.test(text)))
    signals.push('state-attribution');
  if (isLargeBreach(text, events)) signals.push('large-breach');
  if (events.some((e) => e.type === 'attack.ransomware') || /\bransomware\b/i.test(text))
    signals.push('ransomware');
  if (memory && entities.some((e) => e.id.startsWith('cve:') && !memory.entityIds.has(e.id)))
    signals.push('new-cve');
  return signals;
}

const WEIGHTS: Readonly<Record<DigestSignal, number>> = {
  exploited: 3,
  'state-attribution': 3,
  'large-breach': 2,
  ransomware: 1,
  'new-cve': 1,
};

/** Ranking score: two points per outlet carrying the story plus the weight of each signal. */
export function scoreStory(outletCount: number, signals: readonly DigestSignal[]): number {
  return outletCount * 2 + signals.reduce((sum, s) => sum + WEIGHTS[s], 0);
}

/** The memory of a set of earlier analyses (e.g. the previous day's stories). */
export function rememberAnalyses(analyses: ReadonlyArray<Analysis | undefined>): DigestMemory {
  const entityIds = new Set<string>();
  const attributionKeys = new Set<string>();
  for (const analysis of analyses) {
    for (const e of analysis?.entities ?? []) entityIds.add(e.id);
    for (const key of attributionPairs(analysis).map((p) => p.key)) attributionKeys.add(key);
  }
  return { entityIds, attributionKeys };
}

/** One accuser→accused pair of an analysis. */
export type AttributionPair = {
  readonly key: string;
  readonly accuser: { id: string | null; text: string };
  readonly accused: { id: string | null; text: string };
  readonly stance: string;
};

/**
 * True when an entity can be the accused of an attribution: a state, a threat actor, or a state body
 * (the GRU). An unresolved phrase ("intrusions") or a company is a mis-assigned incident or victim.
 */
function isAccusable(entity: { kind: string; type?: string | undefined } | undefined): boolean {
  if (!entity) return false;
  return (
    entity.kind === 'country' ||
    entity.kind === 'threat-actor' ||
    (entity.kind === 'organization' && entity.type === 'government-agency')
  );
}

/**
 * Accuser→accused pairs of the analysis's non-denied `attribution` events (none when events are absent),
 * keeping only accused that resolve to a country, a threat actor or a government agency.
 */
export function attributionPairs(analysis: Analysis | undefined): AttributionPair[] {
  const pairs: AttributionPair[] = [];
  const entityOf = new Map((analysis?.entities ?? []).map((e) => [e.id, e]));
  for (const event of eventsOf(analysis)) {
    if (event.type !== 'attribution' || event.stance === 'denied') continue;
    const args = Array.isArray(event.arguments) ? event.arguments : [];
    const accusers = args.filter((a) => a.role === 'accuser');
    for (const accused of args.filter((a) => a.role === 'accused')) {
      if (!isAccusable(accused.entity ? entityOf.get(accused.entity) : undefined)) continue;
      for (const accuser of accusers.length > 0 ? accusers : [undefined]) {
        const from = { id: accuser?.entity ?? null, text: accuser?.text ?? 'Unnamed source' };
        const to = { id: accused.entity ?? null, text: accused.text };
        pairs.push({
          key: `${from.id ?? from.text.toLowerCase()}>${to.id ?? to.text.toLowerCase()}`,
          accuser: from,
          accused: to,
          stance: event.stance,
        });
      }
    }
  }
  return pairs;
}
