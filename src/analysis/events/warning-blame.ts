import type { AnalysisEvent, EventArgument, Span } from '../../domain/analysis.ts';
import { mentionArgument } from './argument-span.ts';
import type { RuleTrigger } from './assign-arguments.ts';
import { type Doc, mentionsIn } from './document.ts';
import { wordBefore } from './find-subject.ts';
import { readStance } from './stance.ts';

/** Right after the named party: what it does or is ("China is targeting", "Chinese hackers", "Russia is behind"). */
const HOSTILE_AFTER =
  /^(?:['’]s)?[\s'‘’"“-]*(?:[\p{L}-]+\s+){0,2}?(?:hack|attack|target|spy|spies|cyber|intrusion|espionage|infiltrat|breach|adversar|actors?\b|groups?\b|apt|behind\b|state[- ](?:sponsored|backed))/iu;
/** Words before a party that make it the victim or the setting, not the blamed party ("threat to Australia"). */
const VICTIM_PREPOSITIONS = new Set(['to', 'against', 'on', 'at', 'in', 'for', 'into', 'across', 'within']);
/** How far after the warning verb the blamed party may stand ("warns of a sophisticated threat from Chinese hackers"). */
const REACH = 70;

/**
 * The attribution inside a warning about a named state or actor ("the agency warns of a threat from Chinese
 * hackers", "the general warns that China is targeting ..."): the warner blames the party it names. Returns
 * undefined unless a state or actor named right after the verb is the one doing the hostile activity.
 */
export function findWarningBlame(
  doc: Doc,
  trigger: RuleTrigger,
  sentence: Span,
  args: readonly EventArgument[],
): AnalysisEvent | undefined {
  if (trigger.name !== 'warn') return undefined;
  const end = Math.min(sentence.end, trigger.end + REACH);
  const accused = mentionsIn(doc, trigger.end, end).filter(
    (m) =>
      (m.kind === 'country' || m.kind === 'threat-actor') &&
      !VICTIM_PREPOSITIONS.has(wordBefore(doc.text, m.start)) &&
      HOSTILE_AFTER.test(doc.text.slice(m.end, m.end + 40)),
  );
  if (accused.length === 0) return undefined;
  const reading = readStance(doc, trigger, sentence);
  const accusers = args.filter((a) => a.role === 'issuer').map((a) => ({ ...a, role: 'accuser' }));
  return {
    type: 'attribution',
    stance: reading.stance,
    realis: reading.realis,
    trigger: { start: trigger.start, end: trigger.end, text: doc.text.slice(trigger.start, trigger.end) },
    sentence: { start: sentence.start, end: sentence.end },
    arguments: [...accusers, ...accused.map((m) => mentionArgument('accused', m))],
    confidence: Math.round(0.6 * reading.factor * 100) / 100,
    rule: 'lexicon:warn-blame',
  };
}
