import type { AnalysisEvent, EventArgument, EventType } from '../../domain/analysis.ts';
import { assignArguments, type RuleTrigger } from './assign-arguments.ts';
import { type Doc, inBoilerplate, sentenceAt } from './document.ts';
import { FRAMES } from './frames.ts';
import { readStance } from './stance.ts';
import { hasRequiredArguments, keepTrigger, SentenceCues, stateBackedArguments } from './trigger-filters.ts';
import { COMPILED_TRIGGERS, matchTriggers } from './trigger-lexicon.ts';
import { findWarningBlame } from './warning-blame.ts';

/** "X is behind the attack": the subject is the accused and the object the incident. */
const BEHIND = new Set(['behind', 'actor-behind']);
const BEHIND_ROLES: Readonly<Record<string, string>> = { accuser: 'accused', accused: 'incident' };
/** Roles of an attribution frame renamed when the event is a prosecution. */
const CHARGE_ROLES: Readonly<Record<string, string>> = { accused: 'defendant', accuser: 'authority' };
const ADJACENT_PASSIVE = /^\s*(?:(?:is|are|was|were|has|have|been|being|also|again|formally|publicly)\s+)*$/i;

/** Finds the events of the rule-owned types (attribution, claims, denials, law enforcement, sanctions, ...). */
export function findRuleEvents(doc: Doc): AnalysisEvent[] {
  const triggers = collectTriggers(doc);
  const events: AnalysisEvent[] = [];
  const chargeSentences = new Set<number>();
  for (const trigger of triggers) {
    if (trigger.type === 'law-enforcement.charge' || trigger.type === 'law-enforcement.arrest')
      chargeSentences.add(sentenceAt(doc, trigger.start).start);
  }
  const cues = new SentenceCues(doc);
  for (const trigger of triggers) {
    const sentence = sentenceAt(doc, trigger.start);
    if (!keepTrigger(doc, trigger, sentence, cues, chargeSentences)) continue;
    const assigned =
      trigger.name === 'state-backed'
        ? stateBackedArguments(doc, trigger)
        : assignArguments(doc, trigger, sentence);
    const args = BEHIND.has(trigger.name)
      ? assigned.map((a) => ({ ...a, role: BEHIND_ROLES[a.role] ?? a.role }))
      : assigned;
    const blame = cues.cyber(sentence) ? findWarningBlame(doc, trigger, sentence, args) : undefined;
    if (blame) events.push(blame);
    if (!hasRequiredArguments(doc, trigger, args, sentence, cues)) continue;
    const type = retype(doc.text, trigger, args);
    const reading = readStance(doc, trigger, sentence);
    const frame = FRAMES[trigger.type];
    const hasAgent = args.some((a) => a.role === frame?.agent && a.entity);
    const hasPatient = args.some(
      (a) => a.role === frame?.patient && (a.entity || frame?.patient === 'incident'),
    );
    const base = trigger.type === 'attack.intrusion' ? 0.45 : 0.6;
    const confidence =
      Math.min(0.95, base + (hasAgent ? 0.15 : 0) + (hasPatient ? 0.15 : 0)) * reading.factor;
    events.push({
      type,
      stance: reading.stance,
      realis: reading.realis,
      trigger: { start: trigger.start, end: trigger.end, text: doc.text.slice(trigger.start, trigger.end) },
      sentence: { start: sentence.start, end: sentence.end },
      arguments:
        type === trigger.type ? args : args.map((a) => ({ ...a, role: CHARGE_ROLES[a.role] ?? a.role })),
      confidence: Math.round(confidence * 100) / 100,
      rule: `lexicon:${trigger.name}`,
    });
    if (trigger.name === 'not-guilty')
      events.push({ ...events[events.length - 1]!, type: 'law-enforcement.charge' });
  }
  return events;
}

/** "X accused of ..." with no accuser and no state or group accused is a prosecution, not an attribution. */
function retype(text: string, trigger: RuleTrigger, args: readonly EventArgument[]): EventType {
  if (trigger.name !== 'accuse' || args.some((a) => a.role === 'accuser')) return trigger.type;
  const state = args.some(
    (a) =>
      a.role === 'accused' &&
      a.entity &&
      /^(?:country|actor|threat-actor|org):/.test(a.entity) &&
      (a.start > trigger.start || ADJACENT_PASSIVE.test(text.slice(a.end, trigger.start))),
  );
  return state ? trigger.type : 'law-enforcement.charge';
}

/** CISA's "Known Exploited Vulnerabilities" catalogue: "Exploited" there names a list, not an event. */
const CATALOGUE_NAME = /Known\s+$/;

function inCatalogueName(text: string, at: number): boolean {
  return text[at] === 'E' && CATALOGUE_NAME.test(text.slice(Math.max(0, at - 8), at));
}

/** The outlet named in a feed's closing line ("The post ... first appeared on Valley Security Bulletin."). */
const OUTLET_BEFORE =
  /\b(?:appeared first|first appeared|originally appeared|was first published) on\s+[^.\n]*$/i;

function inOutletName(text: string, at: number): boolean {
  return OUTLET_BEFORE.test(text.slice(Math.max(0, at - 80), at));
}

function collectTriggers(doc: Doc): RuleTrigger[] {
  const found: RuleTrigger[] = [];
  const matches = matchTriggers(doc.text);
  for (const [index, { rule }] of COMPILED_TRIGGERS.entries()) {
    for (const match of matches[index]!) {
      // A match inside a hyphenated word is no trigger, except the second half of "China-backed".
      if (doc.text[match.index - 1] === '-' && rule.name !== 'state-backed') continue;
      if (inBoilerplate(doc, match.index)) continue;
      if (inCatalogueName(doc.text, match.index)) continue;
      if (inOutletName(doc.text, match.index)) continue;
      found.push({
        start: match.index,
        end: match.index + match.text.length,
        type: rule.type,
        form: rule.form,
        name: rule.name,
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RuleTrigger[] = [];
  for (const trigger of found) {
    const last = kept[kept.length - 1];
    if (last && trigger.start < last.end) continue;
    kept.push(trigger);
  }
  return kept;
}
