import type { Analysis, EventArgument } from '../../domain/analysis.ts';
import { entityPath } from './highlight.ts';

/** An event of the representative text with offsets into `representative.text`. */
export type StoryEventDto = {
  readonly type: string;
  readonly stance: string;
  readonly realis: string;
  readonly confidence: number;
  readonly rule: string | null;
  readonly trigger: { readonly start: number; readonly end: number; readonly text: string };
  readonly sentence: { readonly start: number; readonly end: number };
  readonly arguments: ReadonlyArray<{
    readonly role: string;
    readonly start: number;
    readonly end: number;
    readonly text: string;
    readonly entity: string | null;
    readonly entity_name: string | null;
    readonly entity_path: string | null;
  }>;
};

/** A quotation of the representative text with its speaker when resolved. */
export type QuoteDto = {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly confidence: number;
  readonly speaker: string | null;
  readonly speaker_name: string | null;
  readonly speaker_path: string | null;
};

function nameOf(analysis: Analysis, id: string | undefined): string | null {
  return id ? (analysis.entities.find((e) => e.id === id)?.name ?? null) : null;
}

/** The events of an analysis as DTOs (none when the analysis predates events or is absent). */
export function toStoryEventDtos(analysis: Analysis | undefined): StoryEventDto[] {
  const events = analysis && Array.isArray(analysis.events) ? analysis.events : [];
  return events.map((e) => ({
    type: e.type,
    stance: e.stance,
    realis: e.realis,
    confidence: e.confidence,
    rule: e.rule ?? null,
    trigger: { start: e.trigger.start, end: e.trigger.end, text: e.trigger.text },
    sentence: { start: e.sentence.start, end: e.sentence.end },
    arguments: (e.arguments ?? []).map((a: EventArgument) => ({
      role: a.role,
      start: a.start,
      end: a.end,
      text: a.text,
      entity: a.entity ?? null,
      entity_name: nameOf(analysis as Analysis, a.entity),
      entity_path: a.entity ? entityPath(a.entity) : null,
    })),
  }));
}

/** The quotes of an analysis as DTOs (none when absent). */
export function toQuoteDtos(analysis: Analysis | undefined): QuoteDto[] {
  const quotes = analysis && Array.isArray(analysis.quotes) ? analysis.quotes : [];
  return quotes.map((q) => ({
    start: q.start,
    end: q.end,
    text: q.text,
    confidence: q.confidence,
    speaker: q.speaker ?? null,
    speaker_name: nameOf(analysis as Analysis, q.speaker) ?? q.speaker_text ?? null,
    speaker_path: q.speaker ? entityPath(q.speaker) : null,
  }));
}
