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
  /**
   * Speed only: lower-case prefixes (letters and digits, `|`-separated) of the word every match starts with. The
   * pattern is then tried only at words that start with one (see matchTriggers), which finds exactly the matches
   * of a full scan; a rule without anchors is scanned in full.
   */
  readonly anchor?: string;
};

const ATTACK_NOUN =
  '(?:cyber[- ]?)?(?:attacks?|hacks?|breach(?:es)?|intrusions?|campaigns?|operations?|incidents?|espionage)';

/** The trigger lexicon for the types the rules own (CASIE's five types come from the trained model). */
export const TRIGGER_RULES: readonly TriggerRule[] = [
  { type: 'attribution', form: 'verb', name: 'accuse', anchor: 'accus', pattern: 'accus(?:e|es|ed|ing)' },
  { type: 'attribution', form: 'verb', name: 'blame', anchor: 'blam', pattern: 'blam(?:e|es|ed|ing)' },
  {
    type: 'attribution',
    form: 'verb',
    name: 'attribute',
    anchor: 'attribut',
    pattern: 'attribut(?:e|es|ed|ing)',
  },
  { type: 'attribution', form: 'noun', name: 'attribution', anchor: 'attribution', pattern: 'attribution' },
  { type: 'attribution', form: 'verb', name: 'censure', anchor: 'censur', pattern: 'censur(?:e|es|ed|ing)' },
  {
    type: 'attribution',
    form: 'verb',
    name: 'name-check',
    anchor: 'name',
    pattern: 'name[- ]check(?:s|ed|ing)?',
  },
  {
    type: 'attribution',
    form: 'verb',
    name: 'point-finger',
    anchor: 'point',
    pattern: 'point(?:s|ed|ing)? the finger',
  },
  {
    type: 'attribution',
    form: 'verb',
    name: 'link',
    anchor: 'linked|tied',
    pattern: String.raw`(?<=(?:attacks?|breach(?:es)?|hacks?|campaigns?|intrusions?|incidents?|operations?|espionage|malware)\s+(?:\S+\s+){0,2})(?:linked|tied)(?=\s+(?:\S+\s+){0,3}?to\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:hackers?|group|gang|actors?|apt\d*|government|state|intelligence|military))`,
  },
  {
    // "a hacking campaign linked to China": kept only when a state or a known actor follows "to" (see findRuleEvents).
    type: 'attribution',
    form: 'verb',
    name: 'link-entity',
    anchor: 'linked|tied',
    pattern: String.raw`(?<=(?:attacks?|breach(?:es)?|hacks?|hacking|campaigns?|intrusions?|incidents?|operations?|espionage|malware|hackers?|groups?|actors?)\s+(?:\S+\s+){0,2})(?:linked|tied)(?=\s+to\s)`,
  },
  {
    type: 'attribution',
    form: 'verb',
    name: 'behind',
    anchor: 'is|are|was|were|be|likely|reportedly|allegedly',
    pattern: String.raw`(?:(?:is|are|was|were|be|been|being|likely|reportedly|allegedly) )behind(?= (?:\S+ ){0,4}?${ATTACK_NOUN})`,
  },
  {
    // Headline style "Lazarus behind 31 attacks": kept only right after a state or a known actor (findRuleEvents).
    type: 'attribution',
    form: 'verb',
    name: 'actor-behind',
    anchor: 'behind',
    pattern: String.raw`behind(?= (?:\S+ ){0,4}?${ATTACK_NOUN})`,
  },
  {
    // "Chinese state-sponsored hackers", "China-backed actors": kept only right after a state (findRuleEvents).
    type: 'attribution',
    form: 'noun',
    name: 'state-backed',
    anchor: 'state|government|nation|sponsored|backed|linked|affiliated|aligned|nexus',
    pattern: String.raw`(?:state[- ]|government[- ]|nation[- ]state[- ])?(?:sponsored|backed|linked|affiliated|aligned|nexus)(?=['’”]? (?:\S+ ){0,3}?(?:hackers?|hacking|groups?|gangs?|actors?|operators?|adversar(?:y|ies)|crews?|apt\s?\d*|${ATTACK_NOUN})\b)`,
  },
  {
    type: 'attribution',
    form: 'noun',
    name: 'hackers-behind',
    anchor: 'hacker|group|gang|actor',
    pattern: String.raw`(?:hackers?|group|gang|actors?) behind(?= (?:\S+ ){0,4}?${ATTACK_NOUN})`,
  },
  {
    type: 'responsibility-claim',
    form: 'verb',
    name: 'claim-responsibility',
    anchor: 'claim',
    pattern: 'claim(?:s|ed|ing)? (?:(?:the )?responsibility|credit)',
  },
  {
    type: 'responsibility-claim',
    form: 'verb',
    name: 'take-credit',
    anchor: 'tak|took',
    // A breached company also "takes responsibility" (for its customers' losses): only for an attack it is a claim.
    pattern: String.raw`(?:take|takes|took|taken|taking) (?:the )?(?:credit|(?:full )?responsibility(?= for (?:the |this |that |a |an )?(?:\S+ ){0,3}?(?:attacks?|hacks?|hacking|breach|bombing|intrusion|leak|cyberattack|cyber-attack)\b))`,
  },
  {
    type: 'responsibility-claim',
    form: 'verb',
    name: 'claim-attack',
    anchor: 'claim',
    pattern: String.raw`claim(?:s|ed|ing)? (?:(?:to have )?(?:\S+ly )?(?:hacked|breached|stolen|attacked|leaked)|(?:the )?(?:\S+ ){0,2}?(?:attack|hack|breach|theft))|claimed (?:\S+ ){0,3}?(?:cyber-?attack|attack|breach|hack|leak|theft)`,
  },
  {
    // "ransomware groups ... have claimed hundreds of victims": a gang's leak-site tally is a claim of its attacks.
    type: 'responsibility-claim',
    form: 'verb',
    name: 'claim-victims',
    anchor: 'claim',
    pattern: String.raw`(?<=\b(?:ransomware|gangs?|groups?|hackers?|attackers?|crews?|actors?)\b[^.;:]{0,80}?)claim(?:s|ed|ing)? (?!that\b)(?:\S+ ){0,3}?victims\b`,
  },
  {
    // An extortion threat is the attackers' own assertion of the theft ("threaten to leak the stolen files").
    type: 'responsibility-claim',
    form: 'verb',
    name: 'threaten-leak',
    anchor: 'threat',
    pattern: 'threat(?:en|ens|ened|ening) to (?:leak|release|publish|sell|dump|expose|auction)',
  },
  {
    type: 'responsibility-claim',
    form: 'verb',
    name: 'brag',
    anchor: 'brag|boast',
    pattern: String.raw`(?:brag|boast)(?:s|ged|ed|ging|ing)?(?= (?:of|about|that)\b)`,
  },
  {
    type: 'denial',
    form: 'verb',
    name: 'deny',
    anchor: 'den',
    pattern: 'den(?:y|ies|ied|ying)(?! (?:service|access))',
  },
  {
    type: 'denial',
    form: 'verb',
    name: 'reject-accusation',
    anchor: 'reject|dismiss|refute|rebuff|dispel|debunk',
    pattern: String.raw`(?:reject|dismiss|refute|rebuff|dispel|debunk)(?:s|ed|led|ing|ling)? (?:the |these |such |those )?(?:\S+ ){0,3}?(?:accusations?|allegations?|claims?|charges?|reports?|rumou?rs?)`,
  },
  {
    // "No evidence of GCash system breach", "found no sign of a compromise": the party disputes the breach.
    type: 'denial',
    form: 'noun',
    name: 'no-evidence',
    anchor: 'no',
    pattern: String.raw`no (?:evidence|indication|sign)s? of (?:a |an |any )?(?:\S+ ){0,3}?(?:breach|hack|compromise|intrusion)(?:es)?`,
  },
  { type: 'denial', form: 'noun', name: 'denial', anchor: 'denial', pattern: 'denials?' },
  {
    type: 'denial',
    form: 'verb',
    name: 'rebut',
    anchor: 'rebut|refut',
    pattern: 'rebut(?:s|ted|ting)?|refut(?:e|es|ed|ing)',
  },
  {
    // "slammed the sanctions as political manipulation", "dismissed the report as baseless".
    type: 'denial',
    form: 'verb',
    name: 'dismiss-as',
    anchor: 'slam|condemn|denounc|dismiss|brand|call|decr',
    pattern: String.raw`(?:slam(?:s|med|ming)?|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|brand(?:s|ed|ing)?|call(?:s|ed|ing)?|decr(?:y|ies|ied|ying)) (?:\S+ ){0,4}?as (?:an? )?['‘"“]?(?:\S+ )?(?:political manipulation|baseless|groundless|unfounded|fabricat(?:ed|ion)s?|smears?|slander(?:ous)?|lies|false|fake|disinformation)`,
  },
  {
    // "says the claims are inflated", "insists the leaked data is fake".
    type: 'denial',
    form: 'noun',
    name: 'claims-false',
    anchor:
      'inflated|exaggerated|false|fake|untrue|baseless|unfounded|groundless|fabricated|inaccurate|bogus',
    pattern: String.raw`(?<=\b(?:claims?|allegations?|accusations?|reports?|data|leak|files|information|records|statements?|confessions?|testimony)\s+(?:\S+\s+){0,5}?(?:are|were|is|was)\s+(?:\S+\s+)?)(?:inflated|exaggerated|false|fake|untrue|baseless|unfounded|groundless|fabricated|inaccurate|bogus)`,
  },
  {
    // A party saying it was not hit: "says it wasn't breached", "insists no systems were compromised".
    type: 'denial',
    form: 'verb',
    name: 'not-hit',
    anchor: 'say|said|insist|maintain|stress',
    pattern: String.raw`(?:says?|said|insists?|insisted|maintains?|maintained|stresse[sd]) (?:that )?(?:(?:it|they|its \S+|their \S+) (?:wasn['’]t|was not|weren['’]t|were not|hasn['’]t been|has not been|had not been|haven['’]t been|have not been)|no (?:\S+ ){0,3}?(?:was|were|has been|have been|had been)) (?:\S+ )?(?:hit|breached|hacked|compromised|attacked|accessed|affected|impacted)`,
  },
  {
    type: 'denial',
    form: 'verb',
    name: 'not-guilty',
    anchor: 'plead|pled',
    pattern: 'plead(?:s|ed|ing)? not guilty|pled not guilty',
  },
  {
    type: 'responsibility-claim',
    form: 'verb',
    name: 'actor-claims',
    anchor: 'claim',
    pattern: String.raw`(?<=(?:ransomware|gang|group|hackers?|hacking|actors?|attackers?|crew|(?:cyber)?criminals|cl0p|clop|qilin|akira|lockbit)\s+(?:\S+\s+)?)claim(?:s|ed|ing)?(?! to be (?!behind|responsible))|claim(?:s|ed|ing)? (?:they|it|that they|to have)(?= (?:\S+ ){0,3}?(?:stole|stolen|steal|hacked|breached|attacked|hit|infiltrated|encrypted|leaked|exfiltrated|obtained|accessed|compromised|taken|took|data|access|files|records|victims|\d[\d.,]* ?(?:gb|tb)))|claims? made by (?:the )?(?:hackers?|attackers?|group|gang)`,
  },
  {
    type: 'law-enforcement.arrest',
    form: 'verb',
    name: 'arrest',
    anchor: 'arrest|detain|apprehend|nab|extradit',
    // A reward or bounty "for (information leading to) the arrest" of a suspect: nobody has been arrested.
    pattern: String.raw`(?<!(?:reward|bounty|bounties|rewards)\b[^.;]{0,60}\b(?:for|to) (?:the )?)(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|apprehend(?:s|ed)?|nab(?:s|bed)?|extradit(?:e|es|ed|ing|ion))`,
  },
  {
    // "jail holds man suspected of hacking", "police held two teenagers over the attack".
    type: 'law-enforcement.arrest',
    form: 'verb',
    name: 'hold-suspect',
    anchor: 'hold|held',
    pattern: String.raw`(?:holds?|held|holding)(?= (?:a |an |the )?(?:\S+ ){0,2}?(?:man|woman|teen(?:ager)?s?|suspects?|men|women|boys?|girls?|youths?|individuals?|persons?|people) (?:\S+ )?(?:suspected|accused|charged|wanted|over|for|in connection|after)\b)`,
  },
  {
    type: 'law-enforcement.arrest',
    form: 'noun',
    name: 'custody',
    anchor: 'taken|took',
    pattern: '(?:taken|took) into custody',
  },
  {
    type: 'law-enforcement.charge',
    form: 'verb',
    name: 'charge',
    anchor: 'charg',
    pattern: String.raw`(?:charg(?:e|es|ed|ing)(?= (?:with|against|for|over|in connection|after|\S+ (?:with|for|over|in)))|charged)`,
  },
  {
    type: 'law-enforcement.charge',
    form: 'noun',
    name: 'charges',
    anchor: 'criminal|charges',
    pattern: String.raw`(?:criminal )?charges(?= (?:against|over|for|of|in|filed|brought|were|related|from))|(?<=\bfac(?:e|es|ed|ing) (?:\S+ ){0,3}?)charges`,
  },
  {
    // A court appearance of suspects: "have appeared before the Magistrate's Court", "Six suspects in court over ...".
    type: 'law-enforcement.charge',
    form: 'verb',
    name: 'court-appearance',
    anchor: 'appear|arraign|in',
    pattern: String.raw`(?:appear(?:s|ed|ing)?|arraigned) (?:in|before) (?:a |the )?(?:\S+ ){0,4}?(?:court|magistrate|judge)s?|(?<=\b(?:suspects?|accused|defendants?|teen(?:ager)?s?|men|women|man|woman|hackers?|boys?|girls?)\s+)in court(?= (?:over|for|after|on|charged|accused)\b)`,
  },
  {
    type: 'law-enforcement.charge',
    form: 'verb',
    name: 'indict',
    anchor: 'indict',
    pattern: 'indict(?:s|ed|ing|ments?)?',
  },
  {
    type: 'law-enforcement.charge',
    form: 'verb',
    name: 'sentence',
    anchor: 'sentenc',
    pattern: String.raw`sentenc(?:ed|es|ing)(?= (?:\S+ ){0,3}?(?:to|for|in)\b)`,
  },
  {
    type: 'law-enforcement.charge',
    form: 'verb',
    name: 'plead',
    anchor: 'plead|pled|guilty|convict|found|prosecut|jailed',
    pattern:
      'plead(?:s|ed|ing)? guilty|pled guilty|guilty plea|convict(?:s|ed|ions?)?|found guilty|prosecut(?:e|es|ed|ing|ion)|jailed',
  },
  {
    type: 'law-enforcement.takedown',
    form: 'verb',
    name: 'seize',
    anchor: 'seiz',
    // Seizing evidence in a search is an investigation step, not a takedown.
    pattern: String.raw`seiz(?:e|es|ed|ing|ure|ures)(?! (?:\S+ )?evidence)`,
  },
  {
    type: 'law-enforcement.takedown',
    form: 'verb',
    name: 'dismantle',
    anchor: 'dismantl',
    pattern: 'dismantl(?:e|es|ed|ing)',
  },
  {
    type: 'law-enforcement.takedown',
    form: 'noun',
    name: 'takedown',
    anchor: 'tak|took|sinkhol|shut|disrupt',
    pattern: String.raw`take-?downs?|(?:took|taken|take|takes|taking) down(?! (?:all |its |their |the |his |her )?(?:own |\S+ )?(?:website|site|system|server|service)s?)|sinkhol(?:e|ed|ing)|shut(?:s|ting)? down|disrupt(?:s|ed|ing)?`,
    needsAgent: true,
  },
  {
    type: 'sanction',
    form: 'verb',
    name: 'sanction',
    anchor: 'sanction|sancion',
    // Spanish "sancionan", "sanciones contra" in the wire copy the feeds also carry.
    pattern: 'sanction(?:s|ed|ing)?|sancion(?:a|an|aron|es)',
  },
  {
    type: 'sanction',
    form: 'verb',
    name: 'blacklist',
    anchor: 'blacklist|add',
    pattern: String.raw`blacklist(?:s|ed|ing)?|(?:added|adds|add) (?:\S+ ){0,5}?to (?:the |its )?(?:entity list|sdn list)`,
  },
  {
    type: 'advisory',
    form: 'noun',
    name: 'advisory',
    anchor: 'joint|security|cybersecurity|advisor|threat|rais|emergency|directive|bulletin|alert',
    pattern: String.raw`(?<!weather )(?:joint |security |cybersecurity )?advisor(?:y|ies)(?! (?:firm|board|council|services|committee|group|company))|threat alert|rais(?:e|es|ed|ing) (?:\S+ ){0,3}?(?:alert|threat level)|(?:security |emergency )?directive|(?:security )?bulletin|alert(?=s? (?:on|about|warning|that))|(?<=(?:cyber|hack|breach|attack|ransomware|malware|phishing|vulnerability)\S* )alert(?=s? over)`,
  },
  {
    type: 'advisory',
    form: 'verb',
    name: 'warn',
    anchor: 'warn|urg',
    pattern: String.raw`(?<!early )warn(?:s|ed|ing)?|urg(?:e|es|ed|ing)(?= (?:\S+ ){0,4}?(?:to )?(?:patch|update|upgrade|apply|mitigate|disable|avoid|reset|change|enable|check|report|(?:be|stay|remain) (?:vigilant|cautious|alert|wary)|take (?:\S+ )?action))`,
    needsAgent: true,
  },
  {
    type: 'legal.action',
    form: 'verb',
    name: 'sue',
    anchor: 'sue|suing',
    pattern: '(?:sue|sues|sued|suing)',
  },
  {
    type: 'legal.action',
    form: 'noun',
    name: 'lawsuit',
    anchor: 'class|lawsuit|suit|settlement|breach|compensation|reprimand',
    // "a national class action law firm" describes the firm; a firm "investigating data breach claims" files nothing.
    pattern: String.raw`(?:class[- ]action )?(?:lawsuits?|suits?(?= (?:against|over|filed))|class[- ]actions?(?! (?:law )?(?:firms?|lawyers?|attorneys?)\b))|settlements?|(?<!(?:ransomware|hack(?:er|ers|ing)?|investigat\S* (?:\S+ ){0,2})\s*)(?:breach|compensation) (?:payouts?|claims)(?! (?:are |being )?investigat)|reprimand(?:s|ed)?`,
  },
  {
    // A regulator's order to a breached company is an enforcement action ("the watchdog ordered the bank to ...").
    type: 'legal.action',
    form: 'verb',
    name: 'regulator-order',
    anchor: 'order|demand|direct',
    pattern: String.raw`(?<=(?:regulator|watchdog|commissioner|commission|supervisory authority|data protection authority)['’]?s?\s+(?:has\s+|have\s+)?)(?:order(?:s|ed)?|demand(?:s|ed)?|direct(?:s|ed)?)(?= (?:\S+ ){1,4}?to\b|(?: \S+){1,3} (?:re-?notify|notify|pay|delete|stop|suspend|compensate))`,
  },
  {
    type: 'legal.action',
    form: 'verb',
    name: 'settle',
    anchor: 'settle',
    pattern: String.raw`settle(?:s|d|ment|ments)?(?= (?:\S+ ){0,6}?(?:lawsuit|suit|claims?|case|over|for|with|\$|€|£))`,
  },
  {
    type: 'legal.action',
    form: 'verb',
    name: 'fine',
    anchor: 'fin|penalt',
    pattern: String.raw`fin(?:e|es|ed)(?= (?:\S+ ){0,4}?(?:\$|€|£|\d|over|for|after|under|by))|penalt(?:y|ies)(?= (?:of|on|against|imposed|for|over|from|notice|under)\b)|(?<=(?:civil|financial|monetary|regulatory|million|billion|\d|[$€£]\S*) )penalt(?:y|ies)`,
  },
  {
    type: 'attack.ddos',
    form: 'noun',
    name: 'ddos',
    anchor: 'dos|ddos|denial',
    pattern: 'd?dos(?:ed|ing)?|denial[- ]of[- ]service',
  },
  {
    type: 'attack.intrusion',
    form: 'noun',
    name: 'attack',
    anchor: 'cyber|attack|hack|intrusion|infiltrat|compromis|espionage',
    pattern:
      '(?:cyber[- ]?)?attack(?:s|ed|ing)?|cyberattacks?|hack(?:s|ed|ing)?|intrusions?|infiltrat(?:e|es|ed|ing|ion)|compromis(?:e|es|ed|ing)|espionage|cyber[- ]?espionage',
  },
  {
    type: 'vulnerability.exploitation',
    form: 'verb',
    name: 'exploit',
    anchor: 'exploit|zero|0',
    pattern: 'exploit(?:s|ed|ing|ation)?(?! (?:kit|code|chain))|(?:zero[- ]day|0[- ]day) attacks?',
  },
];

/** A rule compiled once at module load: its global regex, and a sticky copy to try it at one position. */
export type CompiledTrigger = {
  readonly rule: TriggerRule;
  readonly regex: RegExp;
  readonly sticky: RegExp;
};

/** The compiled lexicon: one regex per rule, compiled once at module load. */
export const COMPILED_TRIGGERS: readonly CompiledTrigger[] = TRIGGER_RULES.map((rule) => {
  const source = String.raw`\b(?:${rule.pattern})\b`;
  return { rule, regex: new RegExp(source, 'gi'), sticky: new RegExp(source, 'iy') };
});

/** A match of a trigger rule: its offset and matched text. */
export type TriggerMatch = { readonly index: number; readonly text: string };

/** Anchored rules by the code of the first character of their anchor prefixes, in rule order. */
const DISPATCH: { readonly rule: number; readonly prefix: string }[][] = Array.from(
  { length: 128 },
  () => [],
);
COMPILED_TRIGGERS.forEach(({ rule }, index) => {
  for (const prefix of rule.anchor?.split('|') ?? []) {
    if (!/^[a-z0-9]+$/.test(prefix))
      throw new Error(`trigger-lexicon: bad anchor "${prefix}" of ${rule.name}`);
    DISPATCH[prefix.charCodeAt(0)]!.push({ rule: index, prefix });
  }
});

/** ASCII letters and digits: the characters a match can start with. */
const isAlnum = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

/** `\w` of a non-Unicode regex: what the patterns' leading `\b` counts as a word character. */
const isWordChar = (code: number): boolean => isAlnum(code) || code === 95;

/** True when the ASCII word text[at, end) starts with `prefix` (lower-case letters and digits), ignoring case. */
function startsWithPrefix(text: string, at: number, end: number, prefix: string): boolean {
  if (end - at < prefix.length) return false;
  // Inside the word every character is a letter or digit, and `| 32` lower-cases exactly the letters.
  for (let k = 0; k < prefix.length; k++)
    if ((text.charCodeAt(at + k) | 32) !== prefix.charCodeAt(k)) return false;
  return true;
}

/**
 * The matches of every rule in `text`, by rule (same order as COMPILED_TRIGGERS), each left to right and
 * non-overlapping: exactly `text.matchAll(regex)` per rule. Anchored rules are tried only at words (runs of ASCII
 * letters and digits after a non-word character, as the patterns' leading `\b` sees them; every pattern starts with
 * a letter or digit) that start with one of their anchors, which is where all their matches start, skipping
 * positions inside the rule's previous match as a global scan does; the others are scanned in full.
 */
export function matchTriggers(text: string): TriggerMatch[][] {
  const found: TriggerMatch[][] = COMPILED_TRIGGERS.map(() => []);
  const ends = new Array<number>(COMPILED_TRIGGERS.length).fill(0);
  COMPILED_TRIGGERS.forEach((compiled, index) => {
    if (compiled.rule.anchor) return;
    compiled.regex.lastIndex = 0;
    for (const match of text.matchAll(compiled.regex))
      found[index]!.push({ index: match.index, text: match[0] });
  });
  const n = text.length;
  let previousWord = false;
  for (let at = 0; at < n; at++) {
    const code = text.charCodeAt(at);
    const starts = !previousWord && isAlnum(code);
    previousWord = isWordChar(code);
    if (!starts) continue;
    let end = at + 1;
    while (end < n && isAlnum(text.charCodeAt(end))) end++;
    const candidates = DISPATCH[code | 32];
    if (candidates && candidates.length > 0) tryRules(text, at, end, candidates, found, ends);
    // The rest of the word holds no word start; `end` is not a word character (or the end of the text).
    at = end - 1;
  }
  return found;
}

function tryRules(
  text: string,
  at: number,
  end: number,
  candidates: readonly { readonly rule: number; readonly prefix: string }[],
  found: TriggerMatch[][],
  ends: number[],
): void {
  let tried = -1;
  for (const { rule, prefix } of candidates) {
    if (rule === tried || !startsWithPrefix(text, at, end, prefix)) continue;
    tried = rule;
    if (at < ends[rule]!) continue;
    const { sticky } = COMPILED_TRIGGERS[rule]!;
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (!match) continue;
    found[rule]!.push({ index: at, text: match[0] });
    ends[rule] = at + match[0].length;
  }
}
