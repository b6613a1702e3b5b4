import type { Span, TextSpan } from '../../domain/analysis.ts';
import type { HighlightEntity } from './highlight.ts';

/** What a highlighted span points at: an entity mention or an event trigger, with its evidence note id. */
export type Annotation =
  | {
      readonly kind: 'mention';
      readonly note: string;
      readonly entityId: string;
      readonly entityKind: string;
      readonly entityName: string;
      readonly rule: string;
    }
  | {
      readonly kind: 'trigger';
      readonly note: string;
      readonly eventType: string;
      readonly stance: string;
      readonly rule: string;
      readonly eventIndex: number;
    };

/** A run of plain text or an annotated span. */
export type AnnotatedSegment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'span'; readonly text: string; readonly annotation: Annotation };

/** An evidence note for one highlighted span: what it is, by which rule, and the sentence around it. */
export type EvidenceNote = {
  readonly annotation: Annotation;
  readonly text: string;
  readonly sentence: string;
};

type Candidate = {
  start: number;
  end: number;
  annotation: Annotation;
  sentence: { start: number; end: number } | null;
};

const valid = (start: number, end: number, from: number, to: number) =>
  Number.isInteger(start) && Number.isInteger(end) && start >= from && end <= to && start < end;

/**
 * Splits `text[from, to)` into plain runs and highlighted spans (entity mentions and event triggers), and
 * returns one evidence note per span. Event triggers win over mentions they overlap; otherwise the earlier
 * span wins (the longer on a tie). Spans outside the range are dropped. Never throws.
 */
export function annotateText(
  text: string,
  input: {
    entities: readonly HighlightEntity[];
    events?: ReadonlyArray<{
      readonly type: string;
      readonly stance: string;
      readonly trigger: TextSpan;
      readonly sentence?: Span;
      readonly rule?: string | null | undefined;
    }>;
    sentences?: ReadonlyMap<number, { start: number; end: number }>;
  },
  range: { from?: number; to?: number } = {},
): { segments: AnnotatedSegment[]; notes: EvidenceNote[] } {
  const from = Math.max(0, range.from ?? 0);
  const to = Math.min(text.length, range.to ?? text.length);
  const triggers: Candidate[] = (input.events ?? []).flatMap((e, i) =>
    e.trigger && valid(e.trigger.start, e.trigger.end, from, to)
      ? [
          {
            start: e.trigger.start,
            end: e.trigger.end,
            sentence: e.sentence ?? null,
            annotation: {
              kind: 'trigger' as const,
              note: `ev-${i + 1}`,
              eventType: e.type,
              stance: e.stance,
              rule: e.rule ?? 'event rules',
              eventIndex: i,
            },
          },
        ]
      : [],
  );
  let n = 0;
  const mentions: Candidate[] = input.entities.flatMap((entity) =>
    entity.mentions.flatMap((m) => {
      n++;
      return valid(m.start, m.end, from, to)
        ? [
            {
              start: m.start,
              end: m.end,
              sentence: null,
              annotation: {
                kind: 'mention' as const,
                note: `m-${n}`,
                entityId: entity.id,
                entityKind: entity.kind,
                entityName: entity.name,
                rule: m.rule,
              },
            },
          ]
        : [];
    }),
  );
  const overlapsTrigger = (c: Candidate) => triggers.some((t) => c.start < t.end && t.start < c.end);
  const candidates = [...triggers, ...mentions.filter((m) => !overlapsTrigger(m))].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const segments: AnnotatedSegment[] = [];
  const notes: EvidenceNote[] = [];
  let cursor = from;
  for (const c of candidates) {
    if (c.start < cursor) continue;
    if (c.start > cursor) segments.push({ kind: 'text', text: text.slice(cursor, c.start) });
    const spanText = text.slice(c.start, c.end);
    segments.push({ kind: 'span', text: spanText, annotation: c.annotation });
    notes.push({ annotation: c.annotation, text: spanText, sentence: sentenceAround(text, c) });
    cursor = c.end;
  }
  if (cursor < to) segments.push({ kind: 'text', text: text.slice(cursor, to) });
  return { segments, notes };
}

/** The evidence sentence: the event's own sentence span, else the text between sentence breaks around the span. */
function sentenceAround(text: string, c: Candidate): string {
  if (c.sentence && valid(c.sentence.start, c.sentence.end, 0, text.length)) {
    return text.slice(c.sentence.start, c.sentence.end).trim();
  }
  const before = text.slice(0, c.start);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1;
  const rest = text.slice(c.end).search(/[.!?](\s|$)|\n/);
  const end = rest < 0 ? text.length : c.end + rest + 1;
  return text.slice(start, Math.min(end, start + 600)).trim();
}
