import type { DomDocument } from './dom.ts';

/** A JSON-LD node as plain data. */
export type JsonLdNode = Readonly<Record<string, unknown>>;

function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collect(value: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > 5) return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
  } else if (isNode(value)) {
    out.push(value);
    collect(value['@graph'], out, depth + 1);
  }
}

/** All JSON-LD objects of the page (arrays and @graph flattened); unparseable blocks are skipped, never throws. */
export function readJsonLd(doc: DomDocument): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collect(JSON.parse(script.textContent ?? ''), out, 0);
    } catch {
      // Broken JSON-LD is common; other metadata sources still apply.
    }
  }
  return out;
}

/** A string, or the `name` of an object (or of the first array element); null otherwise. */
export function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (isNode(value)) return nameOf(value.name);
  return null;
}

/** First string value of `key` across the nodes, preferring article-like types. */
export function firstValue(nodes: readonly JsonLdNode[], key: string): unknown {
  const articleLike = (n: JsonLdNode): boolean =>
    /Article|Posting|Report|Blog/i.test(String(n['@type'] ?? ''));
  const ordered = [...nodes.filter(articleLike), ...nodes.filter((n) => !articleLike(n))];
  return ordered.find((n) => n[key] !== undefined && n[key] !== null)?.[key] ?? null;
}
