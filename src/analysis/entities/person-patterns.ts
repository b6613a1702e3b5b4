/** Titles and roles that precede a person's name (lower case; longer phrases are tried first). */
export const TITLES: readonly string[] = [
  'vice president',
  'president',
  'deputy prime minister',
  'prime minister',
  'secretary of state',
  'secretary of defense',
  'secretary of defence',
  'secretary of homeland security',
  'secretary of the treasury',
  'homeland security secretary',
  'defense secretary',
  'defence secretary',
  'treasury secretary',
  'commerce secretary',
  'foreign secretary',
  'home secretary',
  'press secretary',
  'foreign minister',
  'defence minister',
  'defense minister',
  'interior minister',
  'digital minister',
  'minister',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'ambassador',
  'deputy director',
  'executive director',
  'director general',
  'director',
  'secretary-general',
  'secretary general',
  'deputy attorney general',
  'assistant attorney general',
  'attorney general',
  'chancellor',
  'senator',
  'sen.',
  'rep.',
  'representative',
  'congressman',
  'congresswoman',
  'governor',
  'mayor',
  'chairman',
  'chairwoman',
  'chair',
  'chief executive officer',
  'chief executive',
  'chief technology officer',
  'chief information security officer',
  'chief security officer',
  'ceo',
  'cto',
  'ciso',
  'co-founder',
  'founder',
  'security researcher',
  'principal researcher',
  'senior researcher',
  'researcher',
  'threat analyst',
  'lead analyst',
  'analyst',
  'commissioner',
  'general',
  'gen.',
  'admiral',
  'adm.',
  'judge',
  'dr.',
  'mr.',
  'mrs.',
  'ms.',
  'prof.',
  'professor',
  'crown prince',
  'king',
  'queen',
  'supreme leader',
  'premier',
  'national security adviser',
  'national security advisor',
  'special agent',
  'prosecutor',
  'police chief',
  'colonel',
  'lieutenant',
  'captain',
  'detective',
];

/** Verbs of saying that follow or precede a speaker's name. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  'said says told added stated wrote explained noted warned announced tweeted posted argued claimed confirmed insisted stressed acknowledged testified'.split(
    ' ',
  ),
);

/** Lower-case particles inside names ("Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'van von de der den da del bin al el le la di du dos'.split(' '),
);

/** Capitalised words that are never part of a person's name. */
export const NOT_NAME_WORDS = new Set(
  `The A An This That These Those It Its He She They We I In On At For But And Or If When While After Before However
Meanwhile Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December Department Ministry Agency Office House Administration Government Council
Committee Commission Security Cyber National Federal State States Group Team Inc Corp Ltd Company University Institute
Center Centre News Times Post Summit Bureau Service Services Police Court Union Republic Kingdom Army Force Forces
Command Networks Systems Technologies Labs Research Intelligence Threat Associated Press Reuters Officials Experts
Researchers Analysts According Speaking Asked Last Next Earlier Later Today Yesterday Tomorrow Both Many Some Several
Mr Mrs Ms Dr Sen Rep Gen Chief Senior Deputy President Secretary Minister Director`.split(/\s+/),
);
