import type { AnalysisEvent } from '../../domain/analysis.ts';
import type { ArticleScope } from './article-scope.ts';
import { argumentRefs, type Claim, incidentRef, isSector } from './event-objects.ts';
import { PRODUCER_ID, SPEC_VERSION, stixConfidence } from './stix-common.ts';
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
  // A sector (a class of identities) is a victim, never the accused.
  const accused = argumentRefs(scope, event, 'accused').filter((id) => !isSector(scope, id));
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
      const relationship = scope.relate(incident, 'attributed-to', target, options);
      claims.push({ relationship, target, by: accuser ?? PRODUCER_ID });
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

/**
 * An endorsement: an attribution statement whose parties name no one accused ("The attribution was endorsed by
 * the United States, Germany and France") is those parties' agreement with the story's attribution claims (those of
 * named accusers when there are any); each endorsing identity that made no claim of its own in the story adds
 * an opinion "agree" on them. Runs once every claim of the story is known.
 */
export function mapEndorsement(scope: ArticleScope, event: AnalysisEvent, claims: readonly Claim[]): void {
  if (event.type !== 'attribution' || event.stance === 'denied' || event.realis === 'generic') return;
  if (argumentRefs(scope, event, 'accused').length > 0) return;
  const parties = [...argumentRefs(scope, event, 'accuser'), ...argumentRefs(scope, event, 'supporter')];
  // Allies endorse what a named accuser said; only when no accuser is named, the outlet's own report of it.
  const named = claims.filter((claim) => claim.by !== PRODUCER_ID);
  const candidates = named.length > 0 ? named : claims;
  for (const party of new Set(parties)) {
    // A party that made its own claim in the story is an accuser restating it, not an ally.
    if (!party.startsWith('identity--') || claims.some((claim) => claim.by === party)) continue;
    const endorsed = candidates.filter((claim) => claim.target !== party).map((claim) => claim.relationship);
    addOpinion(scope, party, 'agree', endorsed, scope.evidence(event.sentence));
  }
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
