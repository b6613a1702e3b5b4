import type { KnowledgeBase } from '../../analysis/kb/kb-types.ts';
import type { EntityProvenance } from './stix-types.ts';

const ATTACK_ID = /^([GSCM]\d{4}|T\d{4}(\.\d{3})?)$/;

/**
 * A provenance lookup over a knowledge base: the entry's source (builtin, MISP galaxy, ATT&CK), aliases,
 * description, subtype and ATT&CK id (ATT&CK entries carry it among their aliases). Pure; never throws.
 */
export function provenanceFromKb(kb: KnowledgeBase): (entityId: string) => EntityProvenance | undefined {
  return (entityId) => {
    const entry = kb.byId.get(entityId);
    if (!entry) return undefined;
    const attackId = entry.aliases.find((alias) => ATTACK_ID.test(alias));
    const aliases = entry.aliases.filter((alias) => alias !== entry.name && !ATTACK_ID.test(alias));
    const exportAliases = ['threat-actor', 'malware', 'tool'].includes(entry.kind) && aliases.length > 0;
    // A built-in entry that an import also describes takes its provenance from the import.
    const imported = entry.sources?.find((source) => source !== 'builtin');
    return {
      source: imported ?? entry.source,
      ...(exportAliases ? { aliases } : {}),
      ...(entry.description ? { description: entry.description } : {}),
      ...(entry.type ? { type: entry.type } : {}),
      ...(attackId ? { attackId } : {}),
    };
  };
}
