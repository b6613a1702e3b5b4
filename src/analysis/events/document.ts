import type { AnalysisEntity, EntityKind, Span } from '../../domain/analysis.ts';
import { sentenceIndexAt } from '../text/split-sentences.ts';
import { type Token, tokenize } from '../text/tokenize.ts';

/**
 * What the event and quote extractors read: the text, its sentences, entities and boilerplate spans, and
 * optionally its tokens (`tokenize(text)`, computed here when absent).
 */
export type ExtractInput = {
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly tokens?: readonly Token[];
  readonly entities: readonly AnalysisEntity[];
  readonly boilerplate: readonly Span[];
};

/** One entity mention flattened with its entity's id, kind, subtype and country. */
export type EntityMention = Span & {
  readonly id: string;
  readonly kind: EntityKind;
  readonly type?: string;
  readonly country?: string;
  readonly rule: string;
  readonly text: string;
};

/** A prepared document: tokens, mentions sorted by offset, and look-ups shared by events and quotes. */
export type Doc = {
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly EntityMention[];
  readonly boilerplate: readonly Span[];
};

/** Prepared documents by input object: analyzeText hands the same input to extractEvents and extractQuotes. */
const prepared = new WeakMap<ExtractInput, Doc>();

/**
 * Builds the shared document view in linear time (plus sorting the mentions); the view of an input object is built
 * once and reused (inputs are read-only).
 */
export function prepareDocument(input: ExtractInput): Doc {
  let doc = prepared.get(input);
  if (!doc) {
    doc = buildDocument(input);
    prepared.set(input, doc);
  }
  return doc;
}

function buildDocument(input: ExtractInput): Doc {
  const mentions: EntityMention[] = [];
  for (const entity of input.entities) {
    for (const mention of entity.mentions) {
      mentions.push({
        start: mention.start,
        end: mention.end,
        text: mention.text,
        rule: mention.rule,
        id: entity.id,
        kind: entity.kind,
        ...(entity.type === undefined ? {} : { type: entity.type }),
        ...(entity.country === undefined ? {} : { country: entity.country }),
      });
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    text: input.text,
    sentences: input.sentences,
    tokens: input.tokens ?? tokenize(input.text),
    mentions,
    boilerplate: input.boilerplate,
  };
}

/** Returns the index of the first element whose `start` is at or after `offset` (binary search). */
export function lowerBound(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Mentions that lie inside [start, end), in text order. */
export function mentionsIn(doc: Doc, start: number, end: number): EntityMention[] {
  const found: EntityMention[] = [];
  for (let i = lowerBound(doc.mentions, start); i < doc.mentions.length; i++) {
    const mention = doc.mentions[i]!;
    if (mention.start >= end) break;
    if (mention.end <= end) found.push(mention);
  }
  return found;
}

/** Tokens that lie inside [start, end), in text order. */
export function tokensIn(doc: Doc, start: number, end: number): readonly Token[] {
  const from = lowerBound(doc.tokens, start);
  let to = from;
  while (to < doc.tokens.length && doc.tokens[to]!.end <= end) to++;
  return doc.tokens.slice(from, to);
}

/** The sentence span containing `offset`. */
export function sentenceAt(doc: Doc, offset: number): Span {
  if (doc.sentences.length === 0) return { start: 0, end: doc.text.length };
  return doc.sentences[sentenceIndexAt(doc.sentences, offset)]!;
}

/** True when `offset` falls inside a boilerplate span. */
export function inBoilerplate(doc: Doc, offset: number): boolean {
  return doc.boilerplate.some((span) => offset >= span.start && offset < span.end);
}
