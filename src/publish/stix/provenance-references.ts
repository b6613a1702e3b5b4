import type { EntityProvenance, JsonValue } from './stix-types.ts';

type Reference = { readonly [key: string]: JsonValue };

/** The ATT&CK page of a group (G…), software (S…), mitigation (M…) or technique (T…, T….001) id. */
export function attackUrl(attackId: string): string | undefined {
  const folder = { G: 'groups', S: 'software', M: 'mitigations', C: 'campaigns' }[attackId[0] ?? ''];
  if (folder && /^[GSMC]\d{4}$/.test(attackId)) return `https://attack.mitre.org/${folder}/${attackId}/`;
  const technique = /^(T\d{4})(?:\.(\d{3}))?$/.exec(attackId);
  if (!technique) return undefined;
  return `https://attack.mitre.org/techniques/${technique[1]}/${technique[2] ? `${technique[2]}/` : ''}`;
}

/** The ATT&CK external reference (source_name "mitre-attack", the STIX convention ATT&CK itself uses). */
export function attackReference(attackId: string): Reference {
  const url = attackUrl(attackId);
  return { source_name: 'mitre-attack', external_id: attackId, ...(url ? { url } : {}) };
}

/**
 * External references that say where an entity's facts came from: ATT&CK (with its id and page) or the MISP
 * galaxy; none for our own built-in tables. Never throws.
 */
export function provenanceReferences(name: string, provenance: EntityProvenance | undefined): Reference[] {
  if (!provenance) return [];
  if (provenance.source === 'attack' && provenance.attackId) return [attackReference(provenance.attackId)];
  if (provenance.source === 'attack')
    return [{ source_name: 'mitre-attack', description: `MITRE ATT&CK entry "${name}"` }];
  if (provenance.source === 'misp') {
    const refs: Reference[] = [
      {
        source_name: 'misp-galaxy',
        url: 'https://github.com/MISP/misp-galaxy',
        description: `MISP galaxy cluster "${name}"`,
      },
    ];
    if (provenance.attackId) refs.push(attackReference(provenance.attackId));
    return refs;
  }
  return [];
}
