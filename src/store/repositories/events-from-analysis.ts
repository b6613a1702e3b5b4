import type { Analysis, EventArgument } from '../../domain/analysis.ts';
import { analysisTextOf } from '../../domain/article-text.ts';

/** One event as stored: the analysis event flattened, with its evidence sentence cut from the text. */
export type EventRowInput = {
  readonly ordinal: number;
  readonly type: string;
  readonly stance: string;
  readonly realis: string;
  readonly triggerText: string;
  readonly sentenceText: string;
  readonly confidence: number;
  readonly rule: string | null;
  readonly arguments: ReadonlyArray<{ role: string; entity: string | null; text: string }>;
};

const MAX_SENTENCE = 2000;

/**
 * The events of an analysis as rows to store; tolerates analyses written before events existed (no `events`
 * field) and malformed entries, which are skipped. Never throws.
 */
export function eventRowsOf(analysis: unknown, article: { title: string; text: string }): EventRowInput[] {
  const events = (analysis as Partial<Analysis> | null)?.events;
  if (!Array.isArray(events)) return [];
  const text = analysisTextOf(article);
  const rows: EventRowInput[] = [];
  for (const [ordinal, e] of events.entries()) {
    if (typeof e?.type !== 'string' || typeof e.trigger?.text !== 'string') continue;
    const sentence =
      e.sentence && Number.isInteger(e.sentence.start) && Number.isInteger(e.sentence.end)
        ? text.slice(e.sentence.start, e.sentence.end)
        : e.trigger.text;
    rows.push({
      ordinal,
      type: e.type,
      stance: typeof e.stance === 'string' ? e.stance : 'asserted',
      realis: typeof e.realis === 'string' ? e.realis : 'actual',
      triggerText: e.trigger.text,
      sentenceText: sentence.slice(0, MAX_SENTENCE),
      confidence: typeof e.confidence === 'number' && Number.isFinite(e.confidence) ? e.confidence : 0,
      rule: typeof e.rule === 'string' ? e.rule : null,
      arguments: ((Array.isArray(e.arguments) ? e.arguments : []) as readonly EventArgument[])
        .filter((a) => typeof a?.role === 'string' && typeof a.text === 'string')
        .map((a) => ({ role: a.role, entity: typeof a.entity === 'string' ? a.entity : null, text: a.text })),
    });
  }
  return rows;
}
