import type { TaxiiEntry } from './taxii-backend.ts';
import { encodeNext, instantKey, type PageKey, type TaxiiQuery } from './taxii-query.ts';

/** One page of matching entries, oldest date_added first. */
export type TaxiiPage = {
  readonly entries: readonly TaxiiEntry[];
  readonly more: boolean;
  readonly next?: string;
};

/** Which filters an endpoint honours (§5.3–§5.8: versions ignores match[version], type and id). */
export type FilterSet = { readonly typeAndId: boolean; readonly version: boolean };

const keyOf = (entry: TaxiiEntry): PageKey => [
  instantKey(entry.dateAdded) ?? entry.dateAdded,
  entry.object.id,
  instantKey(entry.version) ?? entry.version,
];

function compare(a: PageKey, b: PageKey): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

/**
 * Applies TAXII 2.1 filtering (§3.5) the way the reference server does: match[type] and match[id],
 * added_after (strictly later date_added), match[spec_version] (default: each object's latest spec version),
 * match[version] (default `last`; `first`, `all`, or exact timestamps), then sorts by date_added and cuts a page
 * of `limit` after the `next` key. Pure.
 */
export function selectEntries(
  entries: readonly TaxiiEntry[],
  query: TaxiiQuery,
  filters: FilterSet,
): TaxiiPage {
  let selected = [...entries];
  if (filters.typeAndId && query.types)
    selected = selected.filter((e) => query.types!.includes(e.object.type));
  if (filters.typeAndId && query.ids) selected = selected.filter((e) => query.ids!.includes(e.object.id));
  if (query.addedAfter) selected = selected.filter((e) => keyOf(e)[0] > query.addedAfter!);
  selected = bySpecVersion(selected, query.specVersions);
  if (filters.version) selected = byVersion(selected, query.versions);
  const sorted = selected
    .map((entry) => ({ entry, key: keyOf(entry) }))
    .sort((a, b) => compare(a.key, b.key));
  const start = query.next ? sorted.filter((item) => compare(item.key, query.next!) <= 0).length : 0;
  const page = sorted.slice(start, start + query.limit);
  const more = start + page.length < sorted.length;
  const last = page.at(-1);
  return {
    entries: page.map((item) => item.entry),
    more,
    ...(more && last ? { next: encodeNext(last.key) } : {}),
  };
}

function bySpecVersion(entries: TaxiiEntry[], wanted: readonly string[] | undefined): TaxiiEntry[] {
  if (wanted) return entries.filter((entry) => wanted.includes(entry.specVersion));
  const latest = new Map<string, string>();
  for (const entry of entries) {
    const seen = latest.get(entry.object.id);
    if (!seen || Number(entry.specVersion) > Number(seen)) latest.set(entry.object.id, entry.specVersion);
  }
  return entries.filter((entry) => latest.get(entry.object.id) === entry.specVersion);
}

function byVersion(entries: TaxiiEntry[], wanted: readonly string[]): TaxiiEntry[] {
  if (wanted.includes('all')) return entries;
  const chosen = new Set<TaxiiEntry>();
  const exact = new Set(wanted.filter((v) => v !== 'first' && v !== 'last'));
  for (const entry of entries) if (exact.has(instantKey(entry.version) ?? entry.version)) chosen.add(entry);
  for (const edge of ['first', 'last'] as const) {
    if (!wanted.includes(edge)) continue;
    const best = new Map<string, TaxiiEntry>();
    for (const entry of entries) {
      const current = best.get(entry.object.id);
      const key = instantKey(entry.version) ?? entry.version;
      const currentKey = current ? (instantKey(current.version) ?? current.version) : undefined;
      if (!currentKey || (edge === 'first' ? key < currentKey : key > currentKey))
        best.set(entry.object.id, entry);
    }
    for (const entry of best.values()) chosen.add(entry);
  }
  return entries.filter((entry) => chosen.has(entry));
}
