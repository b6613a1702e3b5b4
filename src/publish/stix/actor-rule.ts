import type { AnalysisEvent } from '../../domain/analysis.ts';

/**
 * The threat-actor vs intrusion-set rule (STIX 2.1 §4.16 intrusion-set, §4.17 threat-actor):
 * - a named, tracked activity cluster (APT28, Lazarus Group, Volt Typhoon, an ATT&CK group or MISP
 *   threat-actor cluster) is an **intrusion-set**: it is what vendors and governments name, and ATT&CK,
 *   MISP's STIX export and OpenCTI model it so;
 * - a group that speaks for itself and claims an attack (the claimant of a responsibility-claim event:
 *   hacktivists, ransomware crews) is a **threat-actor**: the actual people behind the activity;
 * - states and their agencies (Russia, the GRU, the MSS) are never actors here: a state is a location plus
 *   a government identity, an agency an identity; attributions point at them with `attributed-to`;
 * - people (defendants, suspects, spokespeople) are identities with identity_class "individual".
 * Decided once per export, so one entity maps to one object whatever story it appears in.
 */
export function selfDeclaredActors(events: readonly AnalysisEvent[]): Set<string> {
  const ids = new Set<string>();
  for (const event of events) {
    if (event.type !== 'responsibility-claim' || event.stance === 'denied') continue;
    for (const argument of event.arguments)
      if (argument.role === 'claimant' && argument.entity?.startsWith('actor:')) ids.add(argument.entity);
  }
  return ids;
}
