import type { EntityKind } from '../../domain/analysis.ts';
import { slugify } from '../../lib/slug.ts';
import { asRecord, asRecords, asString, asStrings, shortDescription } from './json-guards.ts';
import type { KbEntry } from './kb-types.ts';

/** One MISP galaxy cluster file as read by the caller (`clusters/threat-actor.json` and friends). */
export type MispClusterFile = { readonly fileName: string; readonly json: unknown };

type ClusterKind = { readonly kind: EntityKind; readonly prefix: string; readonly type?: string };

/** Cluster `type` (or file name) -> what its values become; clusters not listed are ignored. */
const CLUSTER_KINDS: Readonly<Record<string, ClusterKind>> = {
  'threat-actor': { kind: 'threat-actor', prefix: 'actor' },
  'microsoft-activity-group': { kind: 'threat-actor', prefix: 'actor' },
  malpedia: { kind: 'malware', prefix: 'malware' },
  ransomware: { kind: 'malware', prefix: 'malware', type: 'ransomware' },
  tool: { kind: 'tool', prefix: 'tool' },
  producer: { kind: 'organization', prefix: 'org', type: 'company' },
  'branded-vulnerability': { kind: 'vulnerability', prefix: 'vulnerability' },
};

const CLUSTER_ORDER = Object.keys(CLUSTER_KINDS);

/** MISP uses a few non-ISO country codes. */
const COUNTRY_FIXES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

/** Converts MISP galaxy cluster files into knowledge-base entries (actors, malware, tools, producers); pure, never throws. */
export function importMispGalaxy(clusters: readonly MispClusterFile[]): KbEntry[] {
  const entries: KbEntry[] = [];
  const typed = clusters.map((cluster) => {
    const root = asRecord(cluster.json);
    const clusterType = asString(root?.type) ?? cluster.fileName.replace(/^.*\//, '').replace(/\.json$/, '');
    return { root, clusterType };
  });
  // Canonical ids come from the first cluster naming an actor or family: threat-actor before vendor taxonomies.
  typed.sort((a, b) => CLUSTER_ORDER.indexOf(a.clusterType) - CLUSTER_ORDER.indexOf(b.clusterType));
  for (const { root, clusterType } of typed) {
    const target = CLUSTER_KINDS[clusterType];
    if (!root || !target) continue;
    for (const value of asRecords(root.values)) {
      const entry = toEntry(value, target);
      if (entry) entries.push(entry);
    }
  }
  return entries;
}

function toEntry(value: Record<string, unknown>, target: ClusterKind): KbEntry | undefined {
  const name = asString(value.value)?.trim();
  if (!name) return undefined;
  const meta = asRecord(value.meta) ?? {};
  const attributed = asStrings(meta['name-attribution']).map(
    (item) => item.slice(0, item.lastIndexOf(':')) || item,
  );
  const extra = asStrings(meta.aliases).filter((alias) => !/^CVE-/i.test(alias));
  const bare = name.replace(/\s*\([^)]*\)$/, '');
  const aliases = [...new Set([name, bare, ...asStrings(meta.synonyms), ...attributed, ...extra])];
  const country = countryOf(meta.country);
  const cves = asStrings(meta.aliases).filter((alias) => /^CVE-/i.test(alias));
  const description = cves.length > 0 ? cves.join(' ') : shortDescription(asString(value.description));
  const key = slugify(name);
  if (!key) return undefined;
  return {
    id: `${target.prefix}:${key}`,
    kind: target.kind,
    name,
    aliases,
    ...(target.type ? { type: target.type } : {}),
    ...(country ? { country } : {}),
    ...(description ? { description } : {}),
    source: 'misp',
  };
}

function countryOf(value: unknown): string | undefined {
  const code = asString(value)?.toUpperCase();
  if (!code || !/^[A-Z]{2}$/.test(code)) return undefined;
  return `country:${COUNTRY_FIXES[code] ?? code}`;
}
