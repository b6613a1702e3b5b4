import type { KbEntry, KbSource } from './kb-types.ts';

/** The order imported sources are merged in: the build merges repeated ids first come, first kept. */
const SOURCE_ORDER: readonly KbSource[] = ['misp', 'attack'];

/**
 * Imported entries in the canonical merge order (MISP galaxy, then ATT&CK, each in its import order), so the
 * knowledge base is the same whichever source was imported first and whether it comes from files or the
 * database. Stable; pure.
 */
export function inImportOrder(entries: readonly KbEntry[]): KbEntry[] {
  const rank = (source: KbSource) => {
    const at = SOURCE_ORDER.indexOf(source);
    return at < 0 ? SOURCE_ORDER.length : at;
  };
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => rank(a.entry.source) - rank(b.entry.source) || a.index - b.index)
    .map(({ entry }) => entry);
}
