import type { AnalysisEntity } from '../../domain/analysis.ts';
import { attackReference, provenanceReferences } from './provenance-references.ts';
import { stixSector } from './sector-vocabulary.ts';
import { PRODUCER_ID, REFERENCE_TIME, SPEC_VERSION } from './stix-common.ts';
import { scoId, sdoId } from './stix-ids.ts';
import type { EntityProvenance, JsonValue, StixObject } from './stix-types.ts';

type Properties = { readonly [key: string]: JsonValue };

/** The facts of an entity the mapping reads (its mentions are not needed). */
export type EntityFacts = Pick<AnalysisEntity, 'id' | 'kind' | 'name' | 'type' | 'country'>;

/** The STIX id of the government identity that acts for a country (`country:RU` as accuser or accused). */
export function governmentId(countryId: string): string {
  return sdoId('identity', countryId);
}

/** The government identity of a country: who accuses, is accused, sanctions or is targeted as a state. */
export function governmentIdentity(country: EntityFacts): StixObject {
  return reference('identity', governmentId(country.id), {
    name: `Government of ${country.name}`,
    identity_class: 'organization',
    sectors: ['government-national'],
  });
}

/**
 * The STIX object for an entity (see actor-rule.ts for threat-actor vs intrusion-set), or undefined for
 * kinds mapped elsewhere (indicators: indicator-objects.ts) or not exported. Countries map to a location;
 * their government identity comes from `governmentIdentity`. Pure; never throws.
 */
export function entityObject(
  entity: EntityFacts,
  provenance: EntityProvenance | undefined,
  selfDeclared: ReadonlySet<string>,
): StixObject | undefined {
  const name = entity.name || entity.id;
  const refs = provenanceReferences(name, provenance);
  const extra: Properties = {
    ...(provenance?.description ? { description: provenance.description } : {}),
    ...(refs.length > 0 ? { external_references: refs } : {}),
  };
  const aliases = (provenance?.aliases ?? []).filter((alias) => alias !== name);
  const withAliases: Properties = aliases.length > 0 ? { aliases } : {};
  switch (entity.kind) {
    case 'country': {
      const code = entity.id.slice('country:'.length);
      return reference('location', sdoId('location', entity.id), { name, country: code, ...extra });
    }
    case 'organization':
    case 'vendor':
      return reference('identity', sdoId('identity', entity.id), {
        name,
        identity_class: 'organization',
        ...organisationSectors(entity),
        ...extra,
      });
    case 'person':
      return reference('identity', sdoId('identity', entity.id), {
        name,
        identity_class: 'individual',
        ...extra,
      });
    case 'sector':
      return reference('identity', sdoId('identity', entity.id), {
        name: `${name} sector`,
        identity_class: 'class',
        sectors: [stixSector(entity.id)],
      });
    case 'threat-actor': {
      const type = selfDeclared.has(entity.id) ? 'threat-actor' : 'intrusion-set';
      return reference(type, sdoId(type, entity.id), { name, ...withAliases, ...extra });
    }
    case 'malware':
      return reference('malware', sdoId('malware', entity.id), {
        name,
        is_family: true,
        ...(provenance?.type === 'ransomware' ? { malware_types: ['ransomware'] } : {}),
        ...withAliases,
        ...extra,
      });
    case 'tool':
      return reference('tool', sdoId('tool', entity.id), { name, ...withAliases, ...extra });
    case 'vulnerability':
      return vulnerabilityObject(entity, provenance);
    case 'technique': {
      const attackId = entity.id.slice('technique:'.length);
      return reference('attack-pattern', sdoId('attack-pattern', entity.id), {
        name,
        external_references: [attackReference(attackId)],
      });
    }
    case 'product':
      // STIX 2.1 has no product SDO: the software SCO (§6.14, id from its name) is the closest fit.
      return { type: 'software', spec_version: SPEC_VERSION, id: scoId('software', { name }), name };
    default:
      return undefined;
  }
}

function organisationSectors(entity: EntityFacts): Properties {
  if (entity.type === 'government-agency') return { sectors: ['government-national'] };
  if (entity.kind === 'vendor' || entity.type === 'company') return { sectors: ['technology'] };
  return {};
}

function vulnerabilityObject(entity: EntityFacts, provenance: EntityProvenance | undefined): StixObject {
  const cves = new Set<string>();
  if (entity.id.startsWith('cve:')) cves.add(entity.id.slice('cve:'.length).toUpperCase());
  for (const match of (provenance?.description ?? '').matchAll(/CVE-\d{4}-\d{4,}/gi))
    cves.add(match[0].toUpperCase());
  // §4.19: a CVE is referenced with source_name "cve" and the CVE id as external_id.
  const refs = [...cves].map((cve) => ({
    source_name: 'cve',
    external_id: cve,
    url: `https://www.cve.org/CVERecord?id=${cve}`,
  }));
  const name = entity.id.startsWith('cve:') ? entity.id.slice(4).toUpperCase() : entity.name || entity.id;
  return reference('vulnerability', sdoId('vulnerability', entity.id), {
    name,
    ...(refs.length > 0 ? { external_references: refs } : {}),
  });
}

function reference(type: string, id: string, properties: Properties): StixObject {
  return {
    type,
    spec_version: SPEC_VERSION,
    id,
    created_by_ref: PRODUCER_ID,
    created: REFERENCE_TIME,
    modified: REFERENCE_TIME,
    ...properties,
  };
}
