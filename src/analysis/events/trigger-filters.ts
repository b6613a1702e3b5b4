import type { EventArgument, EventType, Span } from '../../domain/analysis.ts';
import { mentionArgument } from './argument-span.ts';
import type { RuleTrigger } from './assign-arguments.ts';
import { type Doc, type EntityMention, mentionsIn } from './document.ts';
import { FRAMES } from './frames.ts';

// The context filters of rule triggers: whether a trigger found by the lexicon stands for an event here, and
// whether the arguments found make it one. Each pattern names the wording it keeps out (or lets in).

const CYBER =
  /hack|cyber|attack|breach|espionage|malware|ransomware|intrusion|campaign|\bapt\s?\d|operation|spy|spies|infiltrat|exploit|data|network|comput|online|crypto|fraud|scam|leak|theft|stole|dark ?web|botnet/i;
const LAW_ENFORCEMENT =
  /\b(?:police|authorities|law enforcement|fbi|europol|interpol|justice department|department of justice|doj|prosecutors?|nca|operation \p{Lu}|officials|agency|agencies|government)\b/iu;
const DENIAL_CUE =
  /accus|alleg|involve|responsib|claim|report|behind|hack|attack|breach|role|wrongdoing|link|impact|compromis|sanction|charge|fake/i;
/** An accused that names no one: "state hackers", "an unnamed, state-sponsored collective", "unknown actors". */
const UNNAMED_PARTY =
  /^(?:an? |the |some )?(?:unnamed|unknown|unidentified|anonymous|foreign|state|nation[- ]state|state[- ](?:sponsored|backed|linked)|government[- ]backed)\b/i;
/** An accused that is a failing, not a party: "blamed the agency's efforts / budget cuts for poor security". */
const NOT_A_PARTY =
  /\b(?:efforts?|polic(?:y|ies)|cuts?|decisions?|failures?|errors?|mistakes?|negligence|mismanagement|lapses?|misconfigurations?|oversights?|practices|budgets?|updates?|outages?)$/i;
/** Right before "is behind": a pronoun subject ("allegations he was behind") names no one the rules can point at. */
const PRONOUN_SUBJECT = /\b(?:he|she|they|it|we|i)\s+$/i;
/** Speculation before the trigger ("following speculation that Beijing is behind"): nobody is named as blaming. */
const SPECULATION_BEFORE = /\b(?:speculat(?:ion|ions|es|ed|ing)|rumou?r(?:s|ed)?|conjecture)\b[^.;:]{0,60}$/i;
/** Before a lawsuit or charge: "may face class actions", "could face charges" is a prospect, not an action taken. */
const MAY_FACE = /\b(?:may|might|could|would|can)\s+(?:\w+\s+)?fac(?:e|ing)\s+(?:\S+\s+){0,3}$/i;
/** An apology or a resignation: a breached party "takes full responsibility", no attacker claims anything. */
const APOLOGY =
  /\b(?:regrets?|regretted|apologi[sz]\w*|apolog(?:y|ies)|sorry|resign\w*|step(?:s|ped)? down)\b/i;
/** A civil suit: a court appearance in its sentence is no criminal charge. */
const CIVIL_SUIT = /\b(?:lawsuits?|suits?|sue[ds]?|suing|plaintiffs?|class[- ]actions?)\b/i;
/** A prosecuting voice in the sentence: an "accused of" there is a formal accusation (a charge). */
const PROSECUTOR =
  /\b(?:prosecutors?|prosecution|justice department|department of justice|doj|attorney(?:['’]s)? (?:general|office)|u\.?\s?s\.? attorney|grand jury|indict\w*|unsealed)\b/i;
/** Entity ids of a state or a named threat actor. */
const IDENTIFIABLE = /^(?:country|actor):/;
/**
 * A person or research team right before a warning verb, perhaps followed by a name (auxiliaries allowed): no
 * government or vendor advisory. Case-sensitive, so that only capitalised words count as the name.
 */
const PERSONAL_WARNER =
  /\b(?:[Rr]esearchers?|[Ee]xperts?|[Aa]nalysts?|[Ss]cientists?|[Aa]cademics?|CEO|CTO|CISO|[Ff]ounder|[Ee]xecutives?|[Pp]rofessor|(?<![Aa]ttorney[- ])[Gg]eneral|RESEARCHERS?|EXPERTS?)['’]?\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:(?:is|are|was|were|has|have|had|also|now|again)\s+)*(?:(?:issued|issues|gave|gives|sounded|sounds)\s+(?:a|an)\s+(?:\p{L}+\s+)?)?$/u;
/** A former or retired official before the verb ("the former head of the NSA, warns"): no longer the body's voice. */
const FORMER_OFFICIAL = /\b(?:former|retired|ex-)\s[^,;:.]{0,50}?,?\s*$/i;
/**
 * An operator telling its own customers about a breach or delays ("warned some customers that their personal data
 * may have been taken", "warned passengers that flights may be delayed"): a notice from the affected party, no advisory.
 */
const OWN_CUSTOMERS_NOTICE =
  /^\s+(?:(?:its|some|all|their|the|affected|online)\s+){0,2}(?:customers|passengers|clients|patients|guests|shoppers|travell?ers|subscribers)\b(?=[^;]{0,80}?\b(?:data|details|information|records|delay(?:s|ed)?|disruptions?)\b)/i;
/** The warning is about the warner's own systems ("warns that an actor had access to the company's systems"). */
const OWN_SYSTEMS_AFTER =
  /^[^;]{0,120}?\b(?:the company['’]s|its own|its|our) (?:internal |corporate |it |computer )?(?:systems?|networks?|servers?|environment|infrastructure)\b/i;
/** A public body right before a warning verb, or before "issues/shares a warning". */
const PUBLIC_BODY_WARNER =
  /\b(?:police|sheriff['’]s office|sheriff|agency|(?:cyber ?security|cyber|security|national|federal) (?:centre|center)|department|ministry|authorit(?:y|ies)|regulators?|watchdogs?|cert|csirt|directorate|bureau|officials)['’]?\s+(?:(?:is|are|was|were|has|have|had|also|now|again)\s+)*(?:(?:issued|issues|shares|shared|sent|sends|posted|posts)\s+(?:a|an)?\s*(?:[a-z]+\s+)?)?$/i;
/** Right after the noun "attribution": others endorse it ("was endorsed by", "has been backed by"). */
const ENDORSED_AFTER =
  /^\s+(?:(?:was|were|is|has been|have been|had been|also|publicly|formally)\s+)*(?:endorsed|backed|supported|echoed|seconded)\s+by\b/i;
/** An attack noun right before a "disrupt"/"shut down" trigger: the attack is what disrupts. */
const ATTACK_BEFORE =
  /\b(?:cyber[- ]?)?(?:attacks?|cyberattacks?|outages?|incidents?|breach(?:es)?|ransomware|hacks?|malware)['’"”]?\s+(?:(?:has|have|had|is|was|are|were|also|severely|badly)\s+)*$/i;
const SELF_CUED_DENIALS = new Set(['dismiss-as', 'claims-false', 'not-hit', 'no-evidence']);
/** A court right before the verb: a judge dismissing claims rules on a case, no party denies anything. */
const COURT_BEFORE =
  /\b(?:[Jj]udges?|[Cc]ourts?|[Mm]agistrates?|[Tt]ribunals?|[Jj]ustices?|[Jj]ur(?:y|ies))(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+(?:(?:has|have|had|also|then|partly|partially)\s+)*$/u;
const LINKS = new Set(['link', 'link-entity']);
/** After "<state>-linked": a criminal crew rather than a state unit. */
const CRIMINAL_AFTER =
  /^['’”]?\s+(?:\S+\s+){0,2}?(?:gangs?|crews?|ransomware|cyber ?criminals?|criminals?|scammers?|fraudsters?)\b/i;
const PASSIVE_ACCUSED = /\b(?:who|which|are|were|is|was|been)\s+(?:\w+ly\s+)?$/i;

/**
 * The sentence-wide tests of the trigger filters, each run once per sentence (many triggers can share one long
 * sentence: testing per trigger was quadratic in the sentence length).
 */
export class SentenceCues {
  private readonly memo = new Map<string, boolean>();
  constructor(private readonly doc: Doc) {}

  /** Cyber vocabulary in the sentence or the 400 characters before it. */
  cyber(sentence: Span): boolean {
    return this.test('cyber', sentence, CYBER, Math.max(0, sentence.start - 400));
  }

  denialCue(sentence: Span): boolean {
    return this.test('denial', sentence, DENIAL_CUE, sentence.start);
  }

  lawEnforcement(sentence: Span): boolean {
    return this.test('law', sentence, LAW_ENFORCEMENT, sentence.start);
  }

  /** An apology or a resignation in the sentence. */
  apology(sentence: Span): boolean {
    return this.test('apology', sentence, APOLOGY, sentence.start);
  }

  /** A civil suit in the sentence (parties appear in court in those too). */
  civilSuit(sentence: Span): boolean {
    return this.test('suit', sentence, CIVIL_SUIT, sentence.start);
  }

  /** A prosecuting voice in the sentence. */
  prosecutor(sentence: Span): boolean {
    return this.test('prosecutor', sentence, PROSECUTOR, sentence.start);
  }

  private test(name: string, sentence: Span, regex: RegExp, from: number): boolean {
    const key = `${name}:${sentence.start}:${sentence.end}`;
    let found = this.memo.get(key);
    if (found === undefined) {
      found = regex.test(this.doc.text.slice(from, sentence.end));
      this.memo.set(key, found);
    }
    return found;
  }
}

/** The text of the sentence before `at`, at most `chars` characters of it. */
function textBefore(doc: Doc, sentence: Span, at: number, chars: number): string {
  return doc.text.slice(Math.max(sentence.start, at - chars), at);
}

export function keepTrigger(
  doc: Doc,
  trigger: RuleTrigger,
  sentence: Span,
  cues: SentenceCues,
  chargeSentences: Set<number>,
): boolean {
  if (trigger.type === 'attribution') {
    if (!cues.cyber(sentence)) return false;
    const before = textBefore(doc, sentence, trigger.start, 20);
    if (trigger.name === 'accuse' && PASSIVE_ACCUSED.test(before) && chargeSentences.has(sentence.start))
      return false;
    // "charged with conspiring in attacks tied to the group": the prosecutor's accusation is the charge.
    if (LINKS.has(trigger.name) && chargeSentences.has(sentence.start)) return false;
    if (trigger.name === 'actor-behind' && !actorRightBefore(doc, trigger.start)) return false;
    if (trigger.name === 'state-backed' && !stateRightBefore(doc, trigger.start)) return false;
    // "the Russia-linked gang", "Russia-linked ransomware": where criminals are based, not state sponsorship.
    if (
      trigger.name === 'state-backed' &&
      /^(?:linked|affiliated|aligned|nexus)$/i.test(doc.text.slice(trigger.start, trigger.end)) &&
      CRIMINAL_AFTER.test(doc.text.slice(trigger.end, trigger.end + 40))
    )
      return false;
    // "hackers claim to be behind the attack" is the attackers' own claim, not someone blaming them.
    if (trigger.name === 'behind' && /\bclaim(?:s|ed|ing)? to $/i.test(before)) return false;
    if (trigger.name === 'behind' && PRONOUN_SUBJECT.test(before)) return false;
    if (SPECULATION_BEFORE.test(textBefore(doc, sentence, trigger.start, 80))) return false;
  }
  if (trigger.type === 'denial' && COURT_BEFORE.test(textBefore(doc, sentence, trigger.start, 60)))
    return false;
  if (
    (trigger.type === 'legal.action' || trigger.type === 'law-enforcement.charge') &&
    MAY_FACE.test(textBefore(doc, sentence, trigger.start, 60))
  )
    return false;
  if (
    trigger.name === 'take-credit' &&
    /responsibility/i.test(doc.text.slice(trigger.start, trigger.end)) &&
    cues.apology(sentence)
  )
    return false;
  // Parties appear in court in civil suits too.
  if (trigger.name === 'court-appearance' && cues.civilSuit(sentence)) return false;
  // "dismissed ... as baseless" and "the claims are false" say what they reject; a bare "deny" needs a cue.
  if (trigger.type === 'denial' && !SELF_CUED_DENIALS.has(trigger.name) && !cues.denialCue(sentence))
    return false;
  if (
    trigger.type === 'law-enforcement.takedown' &&
    trigger.name === 'takedown' &&
    !cues.lawEnforcement(sentence)
  )
    return false;
  // "a cyber attack disrupting check-in systems": the attack disrupts, no authority takes anything down.
  if (trigger.name === 'takedown' && ATTACK_BEFORE.test(textBefore(doc, sentence, trigger.start, 40)))
    return false;
  return true;
}

/** True when a state or a named actor ends right before `at` ("Lazarus behind ..."). */
function actorRightBefore(doc: Doc, at: number): boolean {
  const before = mentionsIn(doc, Math.max(0, at - 60), at);
  const last = before[before.length - 1];
  return last !== undefined && IDENTIFIABLE.test(last.id) && /^\s+$/.test(doc.text.slice(last.end, at));
}

/** The state that qualifies a "state-backed" trigger: "China's state-sponsored", "Russian state-backed", "China-linked". */
function stateRightBefore(doc: Doc, at: number): EntityMention | undefined {
  const before = mentionsIn(doc, Math.max(0, at - 60), at);
  const last = before[before.length - 1];
  if (!last || !IDENTIFIABLE.test(last.id)) return undefined;
  return /^(?:['’]s)?[\s'‘’"“-]*$/.test(doc.text.slice(last.end, at)) ? last : undefined;
}

/** A "state-backed" trigger accuses the state before it; the speaker is rarely in the same phrase. */
export function stateBackedArguments(doc: Doc, trigger: RuleTrigger): EventArgument[] {
  const state = stateRightBefore(doc, trigger.start);
  return state ? [mentionArgument('accused', state)] : [];
}

export function hasRequiredArguments(
  doc: Doc,
  trigger: RuleTrigger,
  args: readonly EventArgument[],
  sentence: Span,
  cues: SentenceCues,
): boolean {
  const frame = FRAMES[trigger.type];
  const type: EventType = trigger.type;
  if (type === 'advisory' && trigger.name === 'warn') {
    // "researchers are warning", "the CEO warns": a person's or a research team's warning is no advisory.
    const before = textBefore(doc, sentence, trigger.start, 60);
    if (PERSONAL_WARNER.test(before) || FORMER_OFFICIAL.test(before)) return false;
    if (OWN_CUSTOMERS_NOTICE.test(doc.text.slice(trigger.end, sentence.end))) return false;
    // A vendor reporting an intrusion into its own systems is the breached party, not issuing an advisory.
    if (OWN_SYSTEMS_AFTER.test(doc.text.slice(trigger.end, sentence.end))) return false;
    // "The federal cybersecurity centre warns", "the sheriff's office shares a warning": a public body, unnamed.
    if (PUBLIC_BODY_WARNER.test(before)) return true;
    return args.some((a) => a.role === 'issuer' && a.entity !== undefined && !a.entity.startsWith('person:'));
  }
  if (type === 'law-enforcement.takedown' && trigger.name === 'takedown') {
    return cues.lawEnforcement(sentence) && args.some((a) => a.role === 'authority' && a.entity);
  }
  if (type === 'attribution') {
    // Blame on a party nobody names ("state hackers", "an unnamed collective") identifies no one.
    const accused = args.filter((a) => a.role === 'accused');
    if (accused.length > 0 && accused.every((a) => !a.entity && UNNAMED_PARTY.test(a.text))) return false;
    // Blame on a failing ("the agency's efforts", "budget cuts", "human error") accuses no party of an attack.
    if (accused.length > 0 && accused.every((a) => NOT_A_PARTY.test(a.text))) return false;
    // The bare noun ("questions about intent and attribution") names an attribution only with someone accused,
    // or when others endorse it ("the attribution was endorsed by the United States, ..."): an ally's agreement.
    if (trigger.name === 'attribution')
      return (
        accused.some((a) => a.entity) ||
        (ENDORSED_AFTER.test(doc.text.slice(trigger.end, trigger.end + 40)) &&
          args.some((a) => a.role === 'accuser' && a.entity))
      );
    if (trigger.name === 'link-entity') return accused.some((a) => IDENTIFIABLE.test(a.entity ?? ''));
    // "a bounty for <suspect>, accused of masterminding attacks", in a prosecutor's sentence: retyped a charge.
    if (
      trigger.name === 'accuse' &&
      /,\s*$/.test(doc.text.slice(trigger.start - 3, trigger.start)) &&
      /^\s+of\b/i.test(doc.text.slice(trigger.end, trigger.end + 4)) &&
      cues.prosecutor(sentence)
    )
      return true;
    return args.some((a) => a.role === frame?.patient || a.role === frame?.agent);
  }
  return true;
}
