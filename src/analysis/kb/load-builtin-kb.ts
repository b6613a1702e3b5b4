import { buildKnowledgeBase } from './build-knowledge-base.ts';
import { actorEntries } from './builtin-actors.ts';
import { countryEntries } from './builtin-countries.ts';
import { organizationEntries } from './builtin-organizations.ts';
import { BLOCKER_PHRASES, sectorAndVulnerabilityEntries } from './builtin-sectors.ts';
import { vendorEntries } from './builtin-vendors.ts';
import { lexiconEntries, lexiconKinds } from './corpus-lexicon.ts';
import type { KbEntry, KnowledgeBase } from './kb-types.ts';

/** All built-in entries written by us: countries, alliances, agencies, companies, products, sectors, named bugs, actors. */
export function builtinEntries(): KbEntry[] {
  return [
    ...countryEntries(),
    ...organizationEntries(),
    ...vendorEntries(),
    ...sectorAndVulnerabilityEntries(),
    ...actorEntries(),
  ];
}

/**
 * The knowledge base from built-in tables, the corpus lexicon (names annotated in CTI training corpora) and any
 * imported entries (MISP, ATT&CK); a new object on every call.
 */
export function loadBuiltinKb(imported: readonly KbEntry[] = []): KnowledgeBase {
  return buildKnowledgeBase([...builtinEntries(), ...imported], BLOCKER_PHRASES, {
    entries: lexiconEntries(),
    kinds: lexiconKinds(),
  });
}
