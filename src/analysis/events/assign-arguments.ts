import type { EntityKind, EventArgument, EventType, Span } from '../../domain/analysis.ts';
import {
  dedupeArguments,
  mentionArgument,
  mentionArguments,
  stateArguments,
  toArgument,
} from './argument-span.ts';
import { type Doc, mentionsIn } from './document.ts';
import { clauseEndAfter, clauseStartBefore, findSubject, wordBefore } from './find-subject.ts';
import { AGENT_ROLES, FRAMES, type Frame } from './frames.ts';
import { nounPhraseListAt, tokenIndexAt } from './noun-phrase.ts';
import { findTimes, type TimeExpression } from './time-expressions.ts';
import type { TriggerForm } from './trigger-lexicon.ts';

/** A matched rule trigger. */
export type RuleTrigger = Span & {
  readonly type: EventType;
  readonly form: TriggerForm;
  readonly name: string;
};

const PASSIVE_BEFORE = /\b(?:was|were|been|being|be|is|are|get|gets|got|who|and)\s+(?:\w+ly\s+)?$/i;
/** Headline passives without an auxiliary: "Professionals Accused of ...", "Firm Fined over ...". */
const PARTICIPLE_AFTER = /^\s+(?:of|by|over|for|in)\b/i;
const BY_AFTER = /^\s*(?:[\w-]+\s+){0,2}?by\s+(?![\p{L}]+ing\b)/iu;
const ATTACKER_NOUN =
  /\b(?:(?:state[- ](?:sponsored|backed)|chinese|russian|iranian|north korean)\s+)?(?:hackers?|attackers?|threat actors?|cyber ?criminals?|criminals?|hacking group|ransomware gang|gang)\b/gi;
const RELATIVE_VICTIM =
  /^\s*,?\s*(?:which|that)\s+(?:\w+\s+)?(?:targeted|hit|affected|compromised|impacted|struck)\s+/i;
const ACCUSED_OF =
  /^\s*,?\s*(?:who|which)\s+(?:are|were|is|was|had been|have been)\s+(?:\w+ly\s+)?(?:accused|charged|suspected|alleged)\s+of\s+/i;
const ATTACK_TYPES = new Set<EventType>(['attack.intrusion', 'attack.ddos', 'vulnerability.exploitation']);
const MAX_PREP_TOKENS = 16;
/** Triggers whose "to" phrase names the accused ("attributed to", "linked to"). */
const TO_ACCUSED = new Set(['attribute', 'link', 'link-entity']);
/** Between a passive subject and its verb: the rest of its noun phrase and the auxiliaries, no clause break. */
const PASSIVE_SUBJECT_GAP = /^[\p{L}\p{N}'’-]*\s*(?:[\p{L}\p{N}'’-]+\s+){0,4}$/u;
/** Who the subject of a passive trigger can be, unless the frame says otherwise. */
const PARTIES: readonly EntityKind[] = ['country', 'organization', 'person', 'threat-actor', 'sector'];
const CLAUSE_KINDS = ['product', 'malware', 'vulnerability', 'threat-actor'] as const;

/** Fills the roles of a rule trigger's frame from its sentence; returns the arguments (possibly none). */
export function assignArguments(doc: Doc, trigger: RuleTrigger, sentence: Span): EventArgument[] {
  const frame = FRAMES[trigger.type];
  if (!frame) return [];
  const text = doc.text;
  const args: EventArgument[] = [];
  const clauseStart = clauseStartBefore(text, sentence, trigger.start);
  const clauseEnd = clauseEndAfter(text, trigger.end, sentence.end);
  // "is warning" after an auxiliary is progressive, not passive.
  const passive =
    trigger.form === 'verb' &&
    ((PASSIVE_BEFORE.test(text.slice(clauseStart, trigger.start)) &&
      !/ing$/i.test(text.slice(trigger.start, trigger.end))) ||
      (/ed$/i.test(text.slice(trigger.start, trigger.end)) &&
        PARTICIPLE_AFTER.test(text.slice(trigger.end, trigger.end + 6))));
  const filled = new Set<string>();
  const add = (more: readonly EventArgument[]) => {
    for (const arg of more) {
      args.push(arg);
      filled.add(arg.role);
    }
  };

  if (frame.agent) {
    const by = BY_AFTER.exec(text.slice(trigger.end, clauseEnd));
    if (by) {
      const spans = nounPhraseListAt(doc, trigger.end + by[0].length, clauseEnd);
      add(spans.map((span) => toArgument(doc, frame.agent!, span)));
      add(spans.flatMap((span) => stateArguments(frame.agent!, mentionsIn(doc, span.start, span.end))));
    } else if (ATTACK_TYPES.has(trigger.type) && trigger.form === 'noun') {
      add(attackerNoun(doc, clauseStart, trigger.start, frame.agent));
    } else if (!passive) {
      const subject = findSubject(doc, clauseStart, trigger.start, frame.agentKinds);
      add(subject.map((mention) => mentionArgument(frame.agent!, mention)));
      if (AGENT_ROLES.has(frame.agent)) add(stateArguments(frame.agent, subject));
    }
  }
  // "attacks that were attributed to China-linked groups": the passive subject is the incident and the
  // accused follows "to", so the subject is not the patient.
  const patientAfterTo =
    passive && frame.preps.to === frame.patient && /^\s+to\b/i.test(text.slice(trigger.end, trigger.end + 5));
  if (frame.patient && !patientAfterTo) {
    if (passive) {
      const subject = findSubject(doc, clauseStart, trigger.start, frame.patientKinds ?? PARTIES).slice(-1);
      // The passive subject stands right before the verb group ("China-linked groups were blamed"); a
      // mention further back ("the hack of the DNC, and the same unit was blamed") is not it.
      add(
        subject
          .filter((mention) => PASSIVE_SUBJECT_GAP.test(text.slice(mention.end, trigger.start)))
          .map((mention) => mentionArgument(frame.patient!, mention)),
      );
    } else if (
      trigger.form === 'verb' &&
      !/^\s*(?:[,.;:]|by\b|to\b)/.test(text.slice(trigger.end, trigger.end + 4))
    ) {
      // "attributed the breach to APT29": what is attributed is the incident; the accused follows "to".
      const role =
        trigger.name === 'attribute' && /\sto\s/i.test(text.slice(trigger.end, clauseEnd))
          ? 'incident'
          : frame.patient;
      add(nounPhraseListAt(doc, trigger.end, clauseEnd).map((span) => toArgument(doc, role, span)));
    }
  }
  if (ATTACK_TYPES.has(trigger.type)) add(modifierArguments(doc, trigger));
  add(prepositionArguments(doc, trigger, frame, clauseEnd, filled));
  add(relativeClauseArguments(doc, trigger, clauseEnd, sentence.end));
  add(timeArguments(doc, trigger, sentence));
  return dedupeArguments(args);
}

function attackerNoun(doc: Doc, clauseStart: number, triggerStart: number, role: string): EventArgument[] {
  const actors = mentionsIn(doc, clauseStart, triggerStart).filter((m) => m.kind === 'threat-actor');
  if (actors.length > 0) return [mentionArgument(role, actors[actors.length - 1]!)];
  let last: Span | undefined;
  const slice = doc.text.slice(clauseStart, triggerStart);
  for (const match of slice.matchAll(ATTACKER_NOUN))
    last = { start: clauseStart + match.index, end: clauseStart + match.index + match[0].length };
  return last ? [toArgument(doc, role, last)] : [];
}

/** Entities right before an attack noun ("the Microsoft Exchange attack", "a Lazarus campaign"). */
function modifierArguments(doc: Doc, trigger: RuleTrigger): EventArgument[] {
  const before = mentionsIn(doc, Math.max(0, trigger.start - 60), trigger.start);
  let last = before[before.length - 1];
  for (const mention of before)
    if (last && (mention.end > last.end || (mention.end === last.end && mention.kind === 'product')))
      last = mention;
  if (!last || !/^[\s-]*(?:[\p{L}-]+\s+){0,1}$/u.test(doc.text.slice(last.end, trigger.start))) return [];
  if (last.kind === 'product') return [mentionArgument('product', last)];
  if (last.kind === 'threat-actor' || last.kind === 'malware')
    return [mentionArgument(last.kind === 'malware' ? 'tool' : 'attacker', last)];
  if (last.kind === 'organization' || last.kind === 'sector' || last.kind === 'vendor')
    return [mentionArgument('victim', last)];
  return [];
}

function prepositionArguments(
  doc: Doc,
  trigger: RuleTrigger,
  frame: Frame,
  clauseEnd: number,
  filled: Set<string>,
): EventArgument[] {
  const out: EventArgument[] = [];
  const tokens = doc.tokens;
  let i = tokenIndexAt(doc, trigger.end);
  const stop = i + MAX_PREP_TOKENS;
  for (; i < tokens.length && i < stop && tokens[i]!.end <= clauseEnd; i++) {
    const token = tokens[i]!;
    if (token.norm === ',' || token.norm === ';') break;
    const role = frame.preps[token.norm];
    if (!role || filled.has(role)) continue;
    if (token.norm === 'to' && !TO_ACCUSED.has(trigger.name)) continue;
    // "on behalf of North Korea's government" names who the attack served, not its victim.
    if (token.norm === 'on' && /^\s+behalf\b/i.test(doc.text.slice(token.end, token.end + 8))) continue;
    if (
      token.norm === 'in' &&
      /^\s+(?:\d|(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|december)/i.test(
        doc.text.slice(token.end, token.end + 12),
      )
    )
      continue;
    const spans = frame.clauses?.includes(role)
      ? [clauseSpan(doc, token.end, clauseEnd)].filter((s): s is Span => s !== undefined)
      : nounPhraseListAt(doc, token.end, clauseEnd);
    if (spans.length === 0) continue;
    filled.add(role);
    for (const span of spans) {
      const clause = role === 'incident' || role === 'reason';
      out.push(toArgument(doc, role, span, clause ? CLAUSE_KINDS : undefined));
      if (clause)
        out.push(
          ...mentionArguments(doc, role, span, ['product', 'malware', 'vulnerability', 'threat-actor']),
        );
    }
    i = tokenIndexAt(doc, spans[spans.length - 1]!.end) - 1;
  }
  return out;
}

/** "..., which targeted thousands of email accounts" and "..., who are accused of infiltrating X". */
function relativeClauseArguments(
  doc: Doc,
  trigger: RuleTrigger,
  clauseEnd: number,
  sentenceEnd: number,
): EventArgument[] {
  const rest = doc.text.slice(clauseEnd, sentenceEnd);
  const target = RELATIVE_VICTIM.exec(rest);
  if (target && ATTACK_TYPES.has(trigger.type)) {
    return nounPhraseListAt(doc, clauseEnd + target[0].length, sentenceEnd).map((span) =>
      toArgument(doc, 'victim', span),
    );
  }
  const accused = ACCUSED_OF.exec(rest);
  if (!accused || (trigger.type !== 'law-enforcement.charge' && trigger.type !== 'law-enforcement.arrest'))
    return [];
  const from = clauseEnd + accused[0].length;
  const incident = clauseSpan(doc, from, sentenceEnd);
  if (!incident) return [];
  const out = [toArgument(doc, 'incident', incident, CLAUSE_KINDS)];
  const verb = /^[\p{L}]+ing\s+/u.exec(doc.text.slice(from, sentenceEnd));
  if (verb)
    out.push(
      ...nounPhraseListAt(doc, from + verb[0].length, sentenceEnd).map((span) =>
        toArgument(doc, 'victim', span),
      ),
    );
  return out;
}

/** A clause-long filler after a preposition, ending before a trailing time expression or the clause end. */
function clauseSpan(doc: Doc, from: number, clauseEnd: number): Span | undefined {
  const raw = doc.text.slice(from, clauseEnd);
  const lead = raw.length - raw.trimStart().length;
  let end = clauseEnd;
  while (end > from && /[\s.,;:!?"'\u201d\u2019)]/.test(doc.text[end - 1]!)) end--;
  const start = from + lead;
  const times = findTimes(doc.text, start, end);
  const tail = times[times.length - 1];
  if (tail && tail.end >= end - 1 && tail.start > start) {
    end = tail.start;
    const prep = /\s+(?:in|on|since|during|by|last|this|between)?\s*$/i.exec(doc.text.slice(start, end));
    if (prep) end -= prep[0].length;
  }
  if (end - start < 3) return undefined;
  const words = doc.text.slice(start, end).split(/\s+/);
  if (words.length > 25) end = start + words.slice(0, 25).join(' ').length;
  return { start, end };
}

/** Time expressions per document and sentence (start, end), found once: many triggers can share a sentence. */
const sentenceTimes = new WeakMap<Doc, Map<string, readonly TimeExpression[]>>();

function timesIn(doc: Doc, sentence: Span): readonly TimeExpression[] {
  let bySentence = sentenceTimes.get(doc);
  if (!bySentence) {
    bySentence = new Map();
    sentenceTimes.set(doc, bySentence);
  }
  const key = `${sentence.start}:${sentence.end}`;
  let times = bySentence.get(key);
  if (!times) {
    times = findTimes(doc.text, sentence.start, sentence.end);
    bySentence.set(key, times);
  }
  return times;
}

function timeArguments(doc: Doc, trigger: RuleTrigger, sentence: Span): EventArgument[] {
  const times = timesIn(doc, sentence);
  if (times.length === 0) return [];
  const out: EventArgument[] = [];
  const period = times.find((t) => t.period);
  if (period && trigger.type === 'law-enforcement.charge') out.push(toArgument(doc, 'period', period));
  const points = times.filter((t) => !t.period);
  const after = points.find((t) => t.start >= trigger.end);
  const chosen = after ?? points[points.length - 1];
  if (chosen && wordBefore(doc.text, chosen.start) !== 'between') out.push(toArgument(doc, 'time', chosen));
  return out;
}
