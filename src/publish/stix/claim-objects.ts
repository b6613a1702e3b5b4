import type { AnalysisEvent } from '../../domain/analysis.ts';
import type { ArticleScope } from './article-scope.ts';
import { argumentRefs, type Claim, incidentRef } from './event-objects.ts';
import { SPEC_VERSION, stixConfidence } from './stix-common.ts';
import { sdoId } from './stix-ids.ts';

/**
 * An attribution claim (`attribution`, not denied): for every accuser and accused, the story's incident is
 * `attributed-to` the accused (a state: its government identity) in a relationship whose created_by_ref is
 * the accusing identity (the outlet's report, i.e. Threatbrief, when no accuser is named), with the evidence
 * sentence as description. Each supporter's agreement is an opinion ("agree") on those relationships.
 * Returns the claims made, so that denials can answer them.
 */
export function mapAttribution(scope: ArticleScope, event: AnalysisEvent): Claim[] {
  if (event.type !== 'attribution' || event.stance === 'denied' || event.realis === 'generic') return [];
  const accused = argumentRefs(scope, event, 'accused');
  if (accused.length === 0) return [];
  const accusers = argumentRefs(scope, event, 'accuser').filter((id) => id.startsWith('identity--'));
  const description = scope.evidence(event.sentence);
  const confidence = stixConfidence(event.confidence, event.stance);
  const incident = incidentRef(scope, event);
  const claims: Claim[] = [];
  for (const accuser of accusers.length > 0 ? accusers : [undefined])
    for (const target of accused) {
      if (target === accuser) continue;
      const options = { confidence, description, ...(accuser ? { createdBy: accuser } : {}) };
      claims.push({ relationship: scope.relate(incident, 'attributed-to', target, options), target });
    }
  const supporters = argumentRefs(scope, event, 'supporter').filter(
    (id) => id.startsWith('identity--') && !accusers.includes(id),
  );
  for (const supporter of supporters)
    addOpinion(
      scope,
      supporter,
      'agree',
      claims.map((claim) => claim.relationship),
      description,
    );
  return claims;
}

/**
 * A responsibility claim: the story's incident is `attributed-to` the claimant (a threat-actor, see
 * actor-rule.ts), asserted by Threatbrief on the outlet's report of the claim.
 */
export function mapResponsibilityClaim(scope: ArticleScope, event: AnalysisEvent): void {
  if (event.type !== 'responsibility-claim' || event.stance === 'denied') return;
  const claimants = argumentRefs(scope, event, 'claimant');
  if (claimants.length === 0) return;
  const incident = incidentRef(scope, event);
  const options = {
    confidence: stixConfidence(event.confidence, event.stance),
    description: scope.evidence(event.sentence),
  };
  for (const claimant of claimants) scope.relate(incident, 'attributed-to', claimant, options);
}

/** A denial: the denier (an identity) "strongly-disagree"s with the story's attributions that target it. */
export function mapDenial(scope: ArticleScope, event: AnalysisEvent, claims: readonly Claim[]): void {
  if (event.type !== 'denial' || event.stance === 'denied') return;
  for (const denier of argumentRefs(scope, event, 'denier')) {
    if (!denier.startsWith('identity--')) continue;
    const answered = claims.filter((claim) => claim.target === denier).map((claim) => claim.relationship);
    if (answered.length > 0)
      addOpinion(scope, denier, 'strongly-disagree', answered, scope.evidence(event.sentence));
  }
}

function addOpinion(
  scope: ArticleScope,
  author: string,
  opinion: 'agree' | 'strongly-disagree',
  relationships: readonly string[],
  explanation: string,
): void {
  const objectRefs = [...new Set(relationships)].sort();
  if (objectRefs.length === 0) return;
  scope.add(
    {
      type: 'opinion',
      spec_version: SPEC_VERSION,
      id: sdoId('opinion', `${author}|${opinion}|${objectRefs.join(',')}`),
      created_by_ref: author,
      created: scope.published,
      modified: scope.published,
      opinion,
      object_refs: objectRefs,
      ...(explanation ? { explanation } : {}),
    },
    true,
  );
}
