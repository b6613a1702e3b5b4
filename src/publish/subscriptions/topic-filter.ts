import { SECTIONS, type Section } from '../../domain/story.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import { slugify } from '../../lib/slug.ts';

/**
 * What a subscriber wants: stories in any of these sections, OR mentioning any of these entity ids, OR
 * matching any watch term (a CVE id or a product/keyword). All empty means the whole digest.
 */
export type TopicFilter = {
  readonly sections: readonly Section[];
  readonly entities: readonly string[];
  readonly watch: readonly string[];
};

/** The filter that lets everything through. */
export const ALL_TOPICS: TopicFilter = { sections: [], entities: [], watch: [] };

const ENTITY_PREFIXES: Readonly<Record<string, string>> = {
  actor: 'actor',
  'threat-actor': 'actor',
  country: 'country',
  org: 'org',
  organization: 'org',
  // Vendors are organisations in the knowledge base (`org:microsoft`, analysis contract "Ids").
  vendor: 'org',
  product: 'product',
  malware: 'malware',
  tool: 'tool',
  sector: 'sector',
  person: 'person',
  technique: 'technique',
};

const CVE = /^cve-\d{4}-\d{4,}$/i;

/** True when the filter selects everything. */
export function isAllTopics(filter: TopicFilter): boolean {
  return filter.sections.length === 0 && filter.entities.length === 0 && filter.watch.length === 0;
}

function addToken(raw: string, into: { sections: Set<Section>; entities: Set<string>; watch: Set<string> }) {
  const token = raw.trim();
  if (!token) return undefined;
  if ((SECTIONS as readonly string[]).includes(token.toLowerCase())) {
    into.sections.add(token.toLowerCase() as Section);
    return undefined;
  }
  if (CVE.test(token)) {
    into.watch.add(token.toUpperCase());
    return undefined;
  }
  const colon = token.indexOf(':');
  if (colon < 1) {
    if (token.length > 80) return `watch term too long: "${token.slice(0, 20)}…"`;
    into.watch.add(token.toLowerCase());
    return undefined;
  }
  const prefix = token.slice(0, colon).toLowerCase();
  const key = token.slice(colon + 1).trim();
  if (!key) return `"${token}" has nothing after the colon`;
  if (prefix === 'section') {
    if (!(SECTIONS as readonly string[]).includes(key.toLowerCase()))
      return `unknown section "${key}" (one of ${SECTIONS.join(', ')})`;
    into.sections.add(key.toLowerCase() as Section);
  } else if (prefix === 'watch' || prefix === 'keyword') {
    into.watch.add(CVE.test(key) ? key.toUpperCase() : key.toLowerCase());
  } else if (prefix === 'cve') {
    if (!CVE.test(key)) return `"${key}" is not a CVE id (CVE-YYYY-NNNN)`;
    into.watch.add(key.toUpperCase());
  } else if (ENTITY_PREFIXES[prefix]) {
    // Ids follow the analysis contract: ISO country codes and ATT&CK ids upper-case, other keys the slugs
    // the knowledge base makes ("Silk Typhoon" -> actor:silk-typhoon).
    const kind = ENTITY_PREFIXES[prefix];
    const id = kind === 'country' || kind === 'technique' ? key.toUpperCase() : slugify(key);
    if (!id) return `"${key}" names no ${kind}`;
    into.entities.add(`${kind}:${id}`);
  } else {
    return `unknown topic kind "${prefix}" (section, actor, country, org, vendor, product, malware, cve, watch)`;
  }
  return undefined;
}

/**
 * Parses topics written as a comma- or whitespace-separated list (`breaches, actor:apt28, country:CN,
 * CVE-2026-1234, watch:exchange`); returns a sorted, de-duplicated filter or an `invalid_topics` error.
 */
export function parseTopics(inputs: string | readonly string[]): Result<TopicFilter, 'invalid_topics'> {
  const into = { sections: new Set<Section>(), entities: new Set<string>(), watch: new Set<string>() };
  const list = typeof inputs === 'string' ? [inputs] : inputs;
  for (const input of list) {
    for (const token of input.split(/[,\n]+/)) {
      const problem = addToken(token, into);
      if (problem) return err('invalid_topics', problem);
    }
  }
  if (into.sections.size + into.entities.size + into.watch.size > 100)
    return err('invalid_topics', 'at most 100 topics');
  return ok({
    sections: SECTIONS.filter((s) => into.sections.has(s)),
    entities: [...into.entities].sort(),
    watch: [...into.watch].sort(),
  });
}

/** The filter written back in the syntax `parseTopics` reads (empty string for everything). */
export function formatTopics(filter: TopicFilter): string {
  return [
    ...filter.sections,
    ...filter.entities,
    ...filter.watch.map((w) => (CVE.test(w) ? w : `watch:${w}`)),
  ].join(', ');
}

/** A filter read back from storage; anything unexpected falls back to everything (never throws). */
export function topicFilterFromJson(json: string | null): TopicFilter {
  if (!json) return ALL_TOPICS;
  try {
    const value = JSON.parse(json) as Partial<Record<keyof TopicFilter, unknown>>;
    const strings = (v: unknown) =>
      Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    return {
      sections: strings(value.sections).filter((s): s is Section =>
        (SECTIONS as readonly string[]).includes(s),
      ),
      entities: strings(value.entities),
      watch: strings(value.watch),
    };
  } catch {
    return ALL_TOPICS;
  }
}

/** A stable key for a filter, so subscribers with the same topics share one rendering. */
export function topicKey(filter: TopicFilter): string {
  return JSON.stringify([filter.sections, filter.entities, filter.watch]);
}
