import type { Mention } from '../../domain/analysis.ts';

/** A run of plain text, or one entity mention to highlight. */
export type TextSegment =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'mention';
      readonly text: string;
      readonly entityId: string;
      readonly entityKind: string;
      readonly entityName: string;
      readonly rule: string;
    };

/** The part of an entity highlighting reads: an analysis entity or a story-detail DTO entity both fit. */
export type HighlightEntity = {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly mentions: readonly Pick<Mention, 'start' | 'end' | 'rule'>[];
};

type Candidate = { start: number; end: number; entity: HighlightEntity; rule: string };

/**
 * Splits `text[from, to)` into plain runs and entity mentions, earliest first. Overlapping mentions keep the
 * one that starts first (the longer on a tie); mentions outside the range or the text are dropped. Never throws.
 */
export function highlightSegments(
  text: string,
  entities: readonly HighlightEntity[],
  range: { from?: number; to?: number } = {},
): TextSegment[] {
  const from = Math.max(0, range.from ?? 0);
  const to = Math.min(text.length, range.to ?? text.length);
  const candidates: Candidate[] = entities
    .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity, rule: m.rule })))
    .filter(
      (c) =>
        Number.isInteger(c.start) &&
        Number.isInteger(c.end) &&
        c.start >= from &&
        c.end <= to &&
        c.start < c.end,
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: TextSegment[] = [];
  let cursor = from;
  for (const c of candidates) {
    if (c.start < cursor) continue;
    if (c.start > cursor) segments.push({ kind: 'text', text: text.slice(cursor, c.start) });
    segments.push({
      kind: 'mention',
      text: text.slice(c.start, c.end),
      entityId: c.entity.id,
      entityKind: c.entity.kind,
      entityName: c.entity.name,
      rule: c.rule,
    });
    cursor = c.end;
  }
  if (cursor < to) segments.push({ kind: 'text', text: text.slice(cursor, to) });
  return segments;
}

/** The URL path of an entity page; `:` stays readable, anything else unsafe in a path segment is escaped. */
export function entityPath(id: string): string {
  return `/entities/${encodeURIComponent(id).replace(/%3A/gi, ':')}`;
}
