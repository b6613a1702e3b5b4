import type { EventType } from '../../domain/analysis.ts';

/** How a trigger takes its arguments: a verb has a subject and an object, a noun takes them from prepositions. */
export type TriggerForm = 'verb' | 'noun';

/** One trigger pattern: the event type it signals, its grammatical form, and a regex source (case-insensitive). */
export type TriggerRule = {
  readonly type: EventType;
  readonly form: TriggerForm;
  readonly name: string;
  readonly pattern: string;
  /** True when the event is only kept with an agent of the right kind (ambiguous verbs like "disrupted"). */
  readonly needsAgent?: boolean;
};

const ATTACK_NOUN =
  '(?:cyber[- ]?)?(?:attacks?|hacks?|breach(?:es)?|intrusions?|campaigns?|operations?|incidents?|espionage)';

/** The trigger lexicon for the types the rules own (CASIE's five types come from the trained model). */
export const TRIGGER_RULES: readonly TriggerRule[] = [
  { type: 'attribution', form: 'verb', name: 'accuse', pattern: 'accus(?:e|es|ed|ing)' },
  { type: 'attribution', form: 'verb', name: 'blame', pattern: 'blam(?:e|es|ed|ing)' },
  { type: 'attribution', form: 'verb', name: 'attribute', pattern: 'attribut(?:e|es|ed|ing)' },
  { type: 'attribution', form: 'noun', name: 'attribution', pattern: 'attribution' },
  { type: 'attribution', form: 'verb', name: 'censure', pattern: 'censur(?:e|es|ed|ing)' },
  { type: 'attribution', form: 'verb', name: 'name-check', pattern: 'name[- ]check(?:s|ed|ing)?' },
  {
    type: 'attribution',
    form: 'verb',
    name: 'point-finger',
    pattern: 'point(?:s|ed|ing)? the finger',
  },
  {
    type: 'attribution',
    form: 'verb',
    name: 'link',
    pattern: String.raw`(?<=(?:attacks?|breach(?:es)?|hacks?|campaigns?|intrusions?|incidents?|operations?|espionage|malware)\s+(?:\S+\s+){0,2})(?:linked|tied)(?=\s+(?:\S+\s+){0,3}?to\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:hackers?|group|gang|actors?|apt\d*|government|state|intelligence|military))`,
  },
  {
    type: 'attribution',
    form: 'verb',
    name: 'behind',
    pattern: String.raw`(?:(?:is|are|was|were|be|been|being|likely|reportedly|allegedly) )behind(?= (?:\S+ ){0,4}?${ATTACK_NOUN})`,
  },
  {
    type: 'attribution',
    form: 'noun',
    name: 'hackers-behind',
    pattern: String.raw`(?:hackers?|group|gang|actors?) behind(?= (?:\S+ ){0,4}?${ATTACK_NOUN})`,
  },
  {
    type: 'responsibility-claim',
    form: 'verb',
    name: 'claim-responsibility',
    pattern: 'claim(?:s|ed|ing)? (?:(?:the )?responsibility|credit)',
  },
  {
    type: 'responsibility-claim',
    form: 'verb',
    name: 'take-credit',
    pattern: '(?:take|takes|took|taken|taking) (?:the )?(?:credit|responsibility)',
  },
  {
    type: 'responsibility-claim',
    form: 'verb',
    name: 'claim-attack',
    pattern: String.raw`claim(?:s|ed|ing)? (?:(?:to have )?(?:hacked|breached|stolen|attacked|leaked)|the (?:\S+ ){0,2}?(?:attack|hack|breach))`,
  },
  {
    type: 'denial',
    form: 'verb',
    name: 'deny',
    pattern: 'den(?:y|ies|ied|ying)(?! (?:service|access))',
  },
  {
    type: 'denial',
    form: 'verb',
    name: 'reject-accusation',
    pattern: String.raw`(?:reject|dismiss|refute|rebuff)(?:s|ed|ing)? (?:the |these |such |those )?(?:\S+ )?(?:accusations?|allegations?|claims?|charges?)`,
  },
  { type: 'denial', form: 'noun', name: 'denial', pattern: 'denials?' },
  {
    type: 'denial',
    form: 'verb',
    name: 'not-guilty',
    pattern: 'plead(?:s|ed|ing)? not guilty|pled not guilty',
  },
  {
    type: 'responsibility-claim',
    form: 'verb',
    name: 'actor-claims',
    pattern: String.raw`(?<=(?:ransomware|gang|group|hackers?|actors?|attackers?|cl0p|clop|qilin|akira|lockbit)\s+(?:\S+\s+)?)claim(?:s|ed)?|claim(?:s|ed|ing)? (?:they|it|that they|to have)|claims? made by (?:the )?(?:hackers?|attackers?|group|gang)`,
  },
  {
    type: 'law-enforcement.arrest',
    form: 'verb',
    name: 'arrest',
    pattern:
      '(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|apprehend(?:s|ed)?|nab(?:s|bed)?|extradit(?:e|es|ed|ing|ion))',
  },
  {
    type: 'law-enforcement.arrest',
    form: 'noun',
    name: 'custody',
    pattern: '(?:taken|took) into custody',
  },
  {
    type: 'law-enforcement.charge',
    form: 'verb',
    name: 'charge',
    pattern: String.raw`(?:charg(?:e|es|ed|ing)(?= (?:with|against|for|over|in connection|after|\S+ (?:with|for|over|in)))|charged)`,
  },
  {
    type: 'law-enforcement.charge',
    form: 'noun',
    name: 'charges',
    pattern: '(?:criminal )?charges(?= (?:against|over|for|of|in|filed|brought|were|related))',
  },
  {
    type: 'law-enforcement.charge',
    form: 'verb',
    name: 'indict',
    pattern: 'indict(?:s|ed|ing|ments?)?',
  },
  {
    type: 'law-enforcement.charge',
    form: 'verb',
    name: 'sentence',
    pattern: String.raw`sentenc(?:ed|es|ing)(?= (?:\S+ ){0,3}?(?:to|for|in)\b)`,
  },
  {
    type: 'law-enforcement.charge',
    form: 'verb',
    name: 'plead',
    pattern:
      'plead(?:s|ed|ing)? guilty|pled guilty|guilty plea|convict(?:s|ed|ion)?|found guilty|prosecut(?:e|es|ed|ing|ion)|jailed',
  },
  {
    type: 'law-enforcement.takedown',
    form: 'verb',
    name: 'seize',
    pattern: 'seiz(?:e|es|ed|ing|ure|ures)',
  },
  {
    type: 'law-enforcement.takedown',
    form: 'verb',
    name: 'dismantle',
    pattern: 'dismantl(?:e|es|ed|ing)',
  },
  {
    type: 'law-enforcement.takedown',
    form: 'noun',
    name: 'takedown',
    pattern: String.raw`take-?downs?|(?:took|taken|take|takes|taking) down(?! (?:all |its |their |the |his |her )?(?:own |\S+ )?(?:website|site|system|server|service)s?)|sinkhol(?:e|ed|ing)|shut(?:s|ting)? down|disrupt(?:s|ed|ing)?`,
    needsAgent: true,
  },
  { type: 'sanction', form: 'verb', name: 'sanction', pattern: 'sanction(?:s|ed|ing)?' },
  {
    type: 'sanction',
    form: 'verb',
    name: 'blacklist',
    pattern: String.raw`blacklist(?:s|ed|ing)?|(?:added|adds|add) (?:\S+ ){0,5}?to (?:the |its )?(?:entity list|sdn list)`,
  },
  {
    type: 'advisory',
    form: 'noun',
    name: 'advisory',
    pattern: String.raw`(?<!weather )(?:joint |security |cybersecurity )?advisor(?:y|ies)(?! (?:firm|board|council|services|committee|group|company))|threat alert|rais(?:e|es|ed|ing) (?:\S+ ){0,3}?(?:alert|threat level)|(?:security |emergency )?directive|(?:security )?bulletin|alert(?=s? (?:on|about|over|warning|that))`,
  },
  {
    type: 'advisory',
    form: 'verb',
    name: 'warn',
    pattern: String.raw`warn(?:s|ed|ing)?|urg(?:e|es|ed|ing)(?= (?:\S+ ){0,4}?(?:to )?(?:patch|update|upgrade|apply|mitigate|disable))`,
    needsAgent: true,
  },
  { type: 'legal.action', form: 'verb', name: 'sue', pattern: '(?:sue|sues|sued|suing)' },
  {
    type: 'legal.action',
    form: 'noun',
    name: 'lawsuit',
    pattern:
      '(?:class[- ]action )?(?:lawsuits?|suits?(?= (?:against|over|filed))|class[- ]actions?)|settlements?|(?:breach|compensation) (?:payouts?|claims)|reprimand(?:s|ed)?',
  },
  {
    type: 'legal.action',
    form: 'verb',
    name: 'settle',
    pattern: String.raw`settle(?:s|d|ment|ments)?(?= (?:\S+ ){0,6}?(?:lawsuit|suit|claims?|case|over|for|with|\$|€|£))`,
  },
  {
    type: 'legal.action',
    form: 'verb',
    name: 'fine',
    pattern: String.raw`fin(?:e|es|ed)(?= (?:\S+ ){0,4}?(?:\$|€|£|\d|over|for|after|under|by))|penalt(?:y|ies)`,
  },
  {
    type: 'attack.ddos',
    form: 'noun',
    name: 'ddos',
    pattern: 'd?dos(?:ed|ing)?|denial[- ]of[- ]service',
  },
  {
    type: 'attack.intrusion',
    form: 'noun',
    name: 'attack',
    pattern:
      '(?:cyber[- ]?)?attack(?:s|ed|ing)?|cyberattacks?|hack(?:s|ed|ing)?|intrusions?|infiltrat(?:e|es|ed|ing|ion)|compromis(?:e|es|ed|ing)|espionage|cyber[- ]?espionage',
  },
  {
    type: 'vulnerability.exploitation',
    form: 'verb',
    name: 'exploit',
    pattern: 'exploit(?:s|ed|ing|ation)?(?! (?:kit|code|chain))|(?:zero[- ]day|0[- ]day) attacks?',
  },
];

/** The compiled lexicon: one regex per rule, compiled once at module load. */
export const COMPILED_TRIGGERS: readonly { readonly rule: TriggerRule; readonly regex: RegExp }[] =
  TRIGGER_RULES.map((rule) => ({
    rule,
    regex: new RegExp(String.raw`\b(?:${rule.pattern})\b`, 'gi'),
  }));
