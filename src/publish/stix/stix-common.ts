import type { Stance } from '../../domain/analysis.ts';
import { sdoId } from './stix-ids.ts';
import type { StixObject } from './stix-types.ts';

/** `spec_version` of every object we write. */
export const SPEC_VERSION = '2.1';

/**
 * `created` = `modified` of knowledge-base facts (identities, locations, actors, malware, CVEs, techniques):
 * their content does not depend on any article, so they have one version whatever the export's scope.
 */
export const REFERENCE_TIME = '2020-01-01T00:00:00.000Z';

/** The Threatbrief identity: `created_by_ref` of everything we assert ourselves. */
export const PRODUCER_ID = sdoId('identity', 'threatbrief');

/** The producer identity object. */
export function producerIdentity(): StixObject {
  return {
    type: 'identity',
    spec_version: SPEC_VERSION,
    id: PRODUCER_ID,
    created: REFERENCE_TIME,
    modified: REFERENCE_TIME,
    name: 'Threatbrief',
    identity_class: 'system',
    description:
      'Open-source cyber threat intelligence news: structured, evidenced intelligence from news reports.',
  };
}

/** An instant as a STIX timestamp (RFC 3339, UTC, millisecond precision); throws on an unparseable date. */
export function stixTime(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new Error(`publish/stix: not a timestamp: ${JSON.stringify(instant)}`);
  return new Date(ms).toISOString();
}

/**
 * Our 0..1 confidence on STIX's 0..100 integer scale (§3.2; Appendix A "None/Low/Med/High"): a hedged,
 * second-hand claim caps at Med (69) and a merely possible one at Low (29).
 */
export function stixConfidence(confidence: number, stance: Stance = 'asserted'): number {
  const base = Math.max(0, Math.min(100, Math.round((Number.isFinite(confidence) ? confidence : 0) * 100)));
  if (stance === 'possible') return Math.min(base, 29);
  if (stance === 'reported') return Math.min(base, 69);
  return base;
}
