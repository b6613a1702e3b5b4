import type { Quote } from '../../domain/analysis.ts';
import { type ExtractInput, inBoilerplate, prepareDocument, sentenceAt } from '../events/document.ts';
import { findQuotations } from './find-quotations.ts';
import { resolveSpeaker, type Speaker } from './resolve-speaker.ts';

const MIN_WORDS = 4;
const LONE_MIN_WORDS = 8;
const CONTINUATION_GAP = 300;

/**
 * Extracts direct quotations (curly or straight marks, split quotes, several sentences) with their speaker resolved
 * to a person or organisation entity when the attribution names, pronominalises or describes one. Pure.
 */
export function extractQuotes(input: ExtractInput): Quote[] {
  const doc = prepareDocument(input);
  const quotes: Quote[] = [];
  let previous: { end: number; speaker: Speaker } | undefined;
  for (const { inner, outer } of findQuotations(doc.text)) {
    if (inBoilerplate(doc, inner.start)) continue;
    const text = doc.text.slice(inner.start, inner.end);
    const words = text.split(/\s+/).length;
    if (words < MIN_WORDS) continue;
    let speaker = resolveSpeaker(doc, outer, sentenceAt(doc, outer.start));
    if (!speaker && previous && outer.start - previous.end < CONTINUATION_GAP) {
      speaker = { ...previous.speaker, confidence: previous.speaker.confidence * 0.7 };
    }
    if (!speaker && words < LONE_MIN_WORDS) continue;
    quotes.push({
      start: inner.start,
      end: inner.end,
      text,
      ...(speaker?.id ? { speaker: speaker.id } : {}),
      ...(speaker ? { speaker_text: speaker.text } : {}),
      confidence: Math.round((speaker?.confidence ?? 0.4) * 100) / 100,
    });
    if (speaker) previous = { end: outer.end, speaker };
  }
  return quotes;
}
