import type { Analysis, EntityKind, Span } from '../../domain/analysis.ts';

/** An entity with how often it is mentioned in content (boilerplate excluded). */
export type EntityCount = {
  readonly id: string;
  readonly kind: EntityKind | string;
  readonly name: string;
  readonly mentionCount: number;
};

function inside(span: Span, spans: readonly Span[]): boolean {
  return spans.some((b) => span.start >= b.start && span.end <= b.end);
}

/**
 * The `limit` most mentioned entities of an analysis, counting only mentions outside boilerplate spans
 * (so "Source link" lines and sign-up footers do not promote an outlet); ties go to the earliest mention.
 */
export function keyEntities(analysis: Analysis, limit = 5): EntityCount[] {
  return analysis.entities
    .map((e) => {
      const content = e.mentions.filter((m) => !inside(m, analysis.boilerplate));
      const first = Math.min(...content.map((m) => m.start));
      return { entity: { id: e.id, kind: e.kind, name: e.name, mentionCount: content.length }, first };
    })
    .filter((x) => x.entity.mentionCount > 0)
    .sort((a, b) => b.entity.mentionCount - a.entity.mentionCount || a.first - b.first)
    .slice(0, limit)
    .map((x) => x.entity);
}
