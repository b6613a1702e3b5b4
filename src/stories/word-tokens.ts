/** Lower-cased word tokens of a text (letters and digits, NFKC-folded), in order; never throws. */
export function wordTokens(text: string): string[] {
  // NFKC and Unicode classes only matter outside ASCII; skipping them there halves the cost on English text.
  if (!/[^\p{ASCII}]/u.test(text)) return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Function words that carry no topic. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the of to in on at by for from with without into onto over under after before about as and or but nor so ' +
    'is are was were be been being has have had do does did will would can could may might must shall should ' +
    'it its this that these those there here their they them his her he she him we our you your who whom whose ' +
    'what which when where why how than then not no yes up out off all any some more most other such only own same ' +
    'says said say new also just now still amid via per one two three first last next latest around across against ' +
    'while during since until because if through between get gets got here s t'
  ).split(' '),
);

/**
 * Words every cyber-news item shares: they say what kind of news it is, not which development, so the
 * same-development rule ignores them.
 */
export const GENERIC_TERMS: ReadonlySet<string> = new Set(
  (
    'cyber cyberattack cyberattacks attack attacks attacked attacker attackers hack hacks hacked hacking hacker hackers ' +
    'breach breaches breached data security cybersecurity incident incidents ransomware threat threats group gang ' +
    'company companies firm customers customer users user personal information report reports reported warns warning ' +
    'million millions billion thousands people exposed exposes expose affected affects affecting impact impacted ' +
    'investigation investigating investigates claims claim alert news update week day today year years month ' +
    'major huge massive big key high critical serious latest recent recently online internet digital systems system ' +
    'global world us uk international according told confirmed confirms announced'
  ).split(' '),
);

/** Content words of a text: tokens that are neither stopwords, generic cyber-news terms nor one character. */
export function contentTerms(text: string): string[] {
  return wordTokens(text).filter((t) => t.length > 1 && !STOPWORDS.has(t) && !GENERIC_TERMS.has(t));
}

/**
 * Words of nearly every cyber headline: the headline comparison drops only these, keeping words such as
 * "data", "affected" or "settlement" that tell one development about a subject from another.
 */
export const HEADLINE_GENERIC: ReadonlySet<string> = new Set(
  (
    'cyber cyberattack cyberattacks attack attacks attacked hack hacks hacked hacking hacker hackers security ' +
    'cybersecurity ransomware incident news update'
  ).split(' '),
);

/** Headline words: tokens that are neither stopwords, the most generic cyber words nor one character. */
export function headlineTerms(text: string): string[] {
  return wordTokens(text).filter((t) => t.length > 1 && !STOPWORDS.has(t) && !HEADLINE_GENERIC.has(t));
}
