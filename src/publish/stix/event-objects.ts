import type { AnalysisEvent } from '../../domain/analysis.ts';
import type { ArticleScope } from './article-scope.ts';
import { PRODUCER_ID, SPEC_VERSION, stixConfidence } from './stix-common.ts';
import { sdoId } from './stix-ids.ts';

/** An attribution made in a story: the relationship, its target and who made it (for denials, endorsements). */
export type Claim = { readonly relationship: string; readonly target: string; readonly by: string };

/** Roles whose entities act (a state in them is its government) rather than being a place. */
const AGENT_ROLES = new Set([
  'attacker',
  'accuser',
  'supporter',
  'accused',
  'claimant',
  'denier',
  'discoverer',
  'authority',
  'imposer',
  'issuer',
]);

/** The STIX ids of an event's arguments in a role, deduplicated, in order. */
export function argumentRefs(scope: ArticleScope, event: AnalysisEvent, role: string): string[] {
  const capacity = AGENT_ROLES.has(role) ? 'agent' : 'place';
  const ids = event.arguments
    .filter((argument) => argument.role === role)
    .map((argument) => scope.refOf(argument.entity, capacity))
    .filter((id): id is string => id !== undefined);
  return [...new Set(ids)];
}

/** Objects that act in an attack (source of targets / uses / exploits). */
const ACTOR_TYPES = /^(intrusion-set|threat-actor|malware|tool)--/;

/** What an attack can target (§4.16 intrusion-set "targets"): identities, locations, vulnerabilities. */
const TARGET_TYPES = /^(identity|location|vulnerability)--/;

/** Whether a STIX id is the identity of a sector (identity_class "class"), which cannot be blamed. */
export function isSector(scope: ArticleScope, id: string): boolean {
  return scope.objectOf(id)?.identity_class === 'class';
}

/** Whether an event is reported as happening (not denied, not a generic statement). */
export function isActual(event: AnalysisEvent): boolean {
  return event.stance !== 'denied' && event.realis === 'actual';
}

/** The story's incident (one per story: the development it reports), named by the story's title. */
export function incidentRef(scope: ArticleScope, event: AnalysisEvent): string {
  const incidentText = event.arguments.find((argument) => argument.role === 'incident')?.text;
  return scope.add(
    {
      type: 'incident',
      spec_version: SPEC_VERSION,
      id: sdoId('incident', `story:${scope.story.id}`),
      created_by_ref: PRODUCER_ID,
      created: scope.published,
      modified: scope.published,
      name: scope.story.title,
      ...(incidentText ? { description: incidentText } : {}),
    },
    true,
  );
}

/**
 * Attacks (attack.*) and exploitation: attacker `targets` victim, `uses` tool or malware, `exploits` a
 * vulnerability (malware) or `targets` it (actors, §4.16); the story's incident is `attributed-to` the attacker
 * and `targets` the victim. Only actual, undenied events count. Pure apart from adding to the scope.
 */
export function mapAttackEvent(scope: ArticleScope, event: AnalysisEvent): void {
  if (!isActual(event)) return;
  if (!event.type.startsWith('attack.') && event.type !== 'vulnerability.exploitation') return;
  const options = {
    confidence: stixConfidence(event.confidence, event.stance),
    description: scope.evidence(event.sentence),
  };
  const attackers = argumentRefs(scope, event, 'attacker');
  // STIX 2.1 §4 relationship tables: only actors and their software target, use and exploit; a state or
  // company named as attacker is blamed through the incident's attributed-to only, and a sector (a class of
  // identities) is never an attacker.
  const actors = attackers.filter((id) => ACTOR_TYPES.test(id));
  const victims = argumentRefs(scope, event, 'victim').filter((id) => TARGET_TYPES.test(id));
  const tools = argumentRefs(scope, event, 'tool').filter((id) => /^(malware|tool)--/.test(id));
  const vulnerabilities = [
    ...argumentRefs(scope, event, 'vulnerability'),
    ...argumentRefs(scope, event, 'cve'),
  ].filter((id) => id.startsWith('vulnerability--'));
  for (const attacker of actors) {
    for (const victim of victims) if (victim !== attacker) scope.relate(attacker, 'targets', victim, options);
    for (const tool of tools) if (tool !== attacker) scope.relate(attacker, 'uses', tool, options);
    for (const vulnerability of vulnerabilities)
      scope.relate(
        attacker,
        attacker.startsWith('malware--') ? 'exploits' : 'targets',
        vulnerability,
        options,
      );
  }
  for (const tool of tools)
    for (const vulnerability of vulnerabilities)
      if (tool.startsWith('malware--')) scope.relate(tool, 'exploits', vulnerability, options);
  if (!event.type.startsWith('attack.')) return;
  const blamed = attackers.filter((id) => !isSector(scope, id));
  const incident = incidentRef(scope, event);
  for (const attacker of blamed) scope.relate(incident, 'attributed-to', attacker, options);
  for (const victim of victims) scope.relate(incident, 'targets', victim, options);
}
