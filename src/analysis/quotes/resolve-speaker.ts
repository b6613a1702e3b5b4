import type { Span } from '../../domain/analysis.ts';
import { type Doc, type EntityMention, lowerBound, mentionsIn } from '../events/document.ts';

/** A resolved speaker: the entity id (when known), the text that names it, and how sure the rule is. */
export type Speaker = { readonly id?: string; readonly text: string; readonly confidence: number };

const SPEECH =
  /\b(?:said|says|say|told|tells|added|adds|stated|states|wrote|writes|explained|noted|notes|warned|warns|claimed|commented|insisted|argued|continued|remarked|announced|tweeted|posted|acknowledged|admitted|confirmed|declared|according to|asked|replied|responded|concluded|emphasi[sz]ed|stressed|saying)\b/gi;
const PERSON_PRONOUN = /^(?:he|she|him|her)$/i;
const GROUP_PRONOUN = /^(?:they|it|we)$/i;
const DESCRIPTOR =
  /\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(company|firm|agency|organi[sz]ation|group|ministry|department|government|spokes(?:person|man|woman)|official|statement|vendor|researchers?)\b/i;
const KIND_ORDER = ['person', 'organization', 'country', 'threat-actor', 'vendor'] as const;
const TAIL = 160;

/** Resolves who spoke a quotation from the attribution after it (", she said") or before it ("Biden said ... “"). */
export function resolveSpeaker(doc: Doc, outer: Span, sentence: Span): Speaker | undefined {
  return fromTail(doc, outer) ?? fromHead(doc, outer, sentence);
}

function fromTail(doc: Doc, outer: Span): Speaker | undefined {
  const raw = doc.text.slice(outer.end, outer.end + TAIL);
  const cut = raw.search(/[.!?\n\u201c"]|\s[\u2014\u2013]\s/);
  const tail = cut < 0 ? raw : raw.slice(0, cut);
  SPEECH.lastIndex = 0;
  const verb = SPEECH.exec(tail);
  if (!verb || tail.slice(0, verb.index).split(/\s+/).length > 14) return undefined;
  const verbStart = outer.end + verb.index;
  const verbEnd = verbStart + verb[0].length;
  const before = { start: outer.end, end: verbStart };
  const afterText = tail.slice(verb.index + verb[0].length);
  const afterEnd = verbEnd + (afterText.search(/[,;]/) < 0 ? afterText.length : afterText.search(/[,;]/));
  return (
    fromRegion(doc, before, outer.start, 'last') ??
    fromRegion(doc, { start: verbEnd, end: afterEnd }, outer.start, 'first') ??
    undefined
  );
}

function fromHead(doc: Doc, outer: Span, sentence: Span): Speaker | undefined {
  const start = Math.min(sentence.start, outer.start);
  const head = doc.text.slice(start, outer.start);
  let last: RegExpExecArray | undefined;
  SPEECH.lastIndex = 0;
  for (const match of head.matchAll(SPEECH)) last = match;
  if (!last) return undefined;
  const verbStart = start + last.index;
  const clause = head.slice(0, last.index);
  const boundary = Math.max(clause.lastIndexOf(';'), clause.lastIndexOf('\u201d'), clause.lastIndexOf('"'));
  return fromRegion(doc, { start: start + boundary + 1, end: verbStart }, outer.start, 'last');
}

function fromRegion(
  doc: Doc,
  region: Span,
  quoteStart: number,
  prefer: 'first' | 'last',
): Speaker | undefined {
  if (region.end <= region.start) return undefined;
  const mentions = mentionsIn(doc, region.start, region.end);
  for (const kind of KIND_ORDER) {
    const ofKind = mentions.filter((mention) => mention.kind === kind);
    const chosen = prefer === 'last' ? ofKind[ofKind.length - 1] : ofKind[0];
    if (chosen) return { id: chosen.id, text: chosen.text, confidence: 0.9 };
  }
  const regionText = doc.text.slice(region.start, region.end);
  const words = regionText.trim().split(/\s+/);
  const pronoun = prefer === 'last' ? words[words.length - 1] : words[0];
  if (pronoun && PERSON_PRONOUN.test(pronoun))
    return nearestBefore(doc, quoteStart, ['person'], pronoun, 0.8);
  if (pronoun && GROUP_PRONOUN.test(pronoun))
    return nearestBefore(doc, quoteStart, ['organization', 'country'], pronoun, 0.6);
  const descriptor = DESCRIPTOR.exec(regionText);
  if (descriptor)
    return nearestBefore(doc, quoteStart, ['organization', 'vendor', 'country'], descriptor[0], 0.6);
  const name = regionText.trim();
  return name.length > 1 && /^\p{Lu}/u.test(name) ? { text: name, confidence: 0.5 } : undefined;
}

function nearestBefore(
  doc: Doc,
  offset: number,
  kinds: readonly string[],
  text: string,
  confidence: number,
): Speaker {
  for (let i = lowerBound(doc.mentions, offset) - 1; i >= 0; i--) {
    const mention: EntityMention = doc.mentions[i]!;
    if (kinds.includes(mention.kind)) return { id: mention.id, text, confidence };
  }
  return { text, confidence: confidence / 2 };
}
