import type { AnalysisEvent, EventArgument } from '../../domain/analysis.ts';
import { dedupeArguments, mentionArgument, toArgument } from './argument-span.ts';
import { type Doc, mentionsIn } from './document.ts';
import { clauseStartBefore, wordBefore } from './find-subject.ts';
import { nounPhraseListAt } from './noun-phrase.ts';

const JOINED = /\bjoin(?:ed|s|ing)?\s+(?:the\s+)?$/i;
const BACKED_BY = /\b(?:backed|supported|joined|flanked) by\s+|\b(?:along|together) with\s+/gi;
const OBJECT_PREPOSITIONS = new Set(['on', 'against', 'at', 'to', 'toward', 'towards', 'of']);

/**
 * Adds supporters to attributions: parties that "joined the US in censuring China" or that "backed" the accuser,
 * then copies them to every attribution in the document with the same accuser and accused.
 */
export function addAttributionSupport(doc: Doc, events: readonly AnalysisEvent[]): AnalysisEvent[] {
  const support: { accusers: Set<string>; accused: Set<string>; supporters: EventArgument[] }[] = [];
  for (const event of events) {
    if (event.type !== 'attribution') continue;
    const supporters = findSupporters(doc, event);
    if (supporters.length === 0) continue;
    support.push({ accusers: idsOf(event, 'accuser'), accused: idsOf(event, 'accused'), supporters });
  }
  if (support.length === 0) return [...events];
  return events.map((event) => {
    if (event.type !== 'attribution') return event;
    const accusers = idsOf(event, 'accuser');
    const accused = idsOf(event, 'accused');
    const extra = support
      .filter((s) => overlaps(s.accusers, accusers) && (accused.size === 0 || overlaps(s.accused, accused)))
      .flatMap((s) => s.supporters)
      .filter((arg) => !arg.entity || (!accusers.has(arg.entity) && !accused.has(arg.entity)));
    return extra.length === 0
      ? event
      : { ...event, arguments: dedupeArguments([...event.arguments, ...extra]) };
  });
}

function findSupporters(doc: Doc, event: AnalysisEvent): EventArgument[] {
  const accuser = event.arguments.find((a) => a.role === 'accuser');
  const out: EventArgument[] = [];
  const excluded = new Set([...idsOf(event, 'accused'), ...idsOf(event, 'accuser')]);
  if (
    accuser &&
    JOINED.test(doc.text.slice(Math.max(event.sentence.start, accuser.start - 20), accuser.start))
  ) {
    const clauseStart = clauseStartBefore(doc.text, event.sentence, accuser.start);
    for (const mention of mentionsIn(doc, clauseStart, accuser.start)) {
      if (mention.kind !== 'country' && mention.kind !== 'organization') continue;
      if (excluded.has(mention.id) || OBJECT_PREPOSITIONS.has(wordBefore(doc.text, mention.start))) continue;
      out.push(mentionArgument('supporter', mention));
    }
  }
  const before = doc.text.slice(event.sentence.start, event.trigger.start);
  for (const match of before.matchAll(BACKED_BY)) {
    const from = event.sentence.start + match.index + match[0].length;
    for (const span of nounPhraseListAt(doc, from, event.trigger.start)) {
      const arg = toArgument(doc, 'supporter', span);
      if (!arg.entity || !excluded.has(arg.entity)) out.push(arg);
    }
  }
  return out;
}

function idsOf(event: AnalysisEvent, role: string): Set<string> {
  const ids = new Set<string>();
  for (const arg of event.arguments) if (arg.role === role && arg.entity) ids.add(arg.entity);
  return ids;
}

function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const value of a) if (b.has(value)) return true;
  return false;
}
