import { ContentWords } from './content-words.ts';
import { fnv1a32 } from './hash32.ts';
import { addProperNames } from './proper-names.ts';

/** What the same-development rule compares: JSON-serialisable, stored with the article in the story index. */
export type ArticleProfile = {
  /** Publication time in epoch milliseconds. */
  readonly t: number;
  /** Proper names (lower-cased words written with capitals in running text) and entity ids. */
  readonly names: readonly string[];
  /**
   * Words of a Title Case headline never written in lower case and not names of the lead (sorted): a name
   * when the other article of a pair names it ("Capita Fined £14m..." / "ICO fines Capita"). Absent when
   * none.
   */
  readonly capitals?: readonly string[];
  /** The names that occur in the title: the subject the headline is about. */
  readonly subject: readonly string[];
  /** Stemmed content words of the title, names and bare numbers excluded: what the headline says happened. */
  readonly title: readonly string[];
  /** Stemmed content words of title and lead, names excluded. */
  readonly terms: readonly string[];
  /** Figures with their magnitude, normalised (`34e6`, `7500`). */
  readonly nums: readonly string[];
  /** Event types from the analysis, when given. */
  readonly events: readonly string[];
  /** Whether the lead carries a newswire dateline: a press release is its issuer's own announcement. */
  readonly release?: boolean;
};

/** Input of `profileArticle`: entity ids come from the analysis contract and are optional. */
export type ProfileInput = {
  readonly title: string;
  readonly text: string;
  readonly publishedAt: string;
  readonly entityIds?: readonly string[];
  readonly eventTypes?: readonly string[];
};

/** Characters of the body read as the lead. */
const LEAD_CHARS = 400;
/** Entity kinds too broad to say which development an item reports. */
const BROAD_ENTITY = /^(country|sector|technique|indicator):/;

/** Builds the article's profile from title, lead and optional analysis output. Pure; never throws. */
export function profileArticle(input: ProfileInput): ArticleProfile {
  const title = repairFigures(input.title);
  const lead = withoutHeadline(repairFigures(input.text.slice(0, LEAD_CHARS)), title);
  const context = `${title} ${lead}`;
  const names = new Set<string>();
  const capitals = new Set<string>();
  addProperNames(title, lead, names, capitals);
  // A headline word the lead writes as a name mid-sentence is a name already.
  for (const n of names) capitals.delete(n);
  for (const id of input.entityIds ?? []) if (!BROAD_ENTITY.test(id)) names.add(id);
  // FNV-1a hashes of the names' words (a few dozen at most: a scan beats a Set).
  const nameWords: number[] = [];
  for (const n of names) {
    if (/^[a-z0-9]+$/.test(n)) nameWords.push(fnv1a32(n) | 0);
    else for (const w of n.split(/[^a-z0-9]+/)) nameWords.push(fnv1a32(w) | 0);
  }
  const words = new ContentWords(nameWords);
  words.addHeadline(title);
  words.addBody(lead);
  const parsed = Date.parse(input.publishedAt);
  const titleWords = title
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}&.-]+/u);
  const sortedNames = [...names].sort();
  return {
    t: Number.isNaN(parsed) ? 0 : parsed,
    names: sortedNames,
    ...(capitals.size > 0 ? { capitals: [...capitals].sort() } : {}),
    subject: sortedNames.filter((n) => titleWords.includes(n)),
    title: words.headline(),
    terms: words.terms(),
    nums: figures(context),
    events: input.eventTypes && input.eventTypes.length > 0 ? [...new Set(input.eventTypes)].sort() : [],
    ...(WIRE.test(lead) ? { release: true } : {}),
  };
}

/** Shortest headline looked for inside the lead: shorter ones may be ordinary phrases. */
const MIN_REPEATED_HEADLINE = 20;

/**
 * The lead without a copy of the headline: many feeds repeat it there ("Title", "The post Title appeared
 * first on..."), and a Title Case headline read as running text turns every word into a name. Pure.
 */
export function withoutHeadline(lead: string, title: string): string {
  const headline = title.trim();
  if (headline.length < MIN_REPEATED_HEADLINE) return lead;
  const at = lead.indexOf(headline);
  if (at < 0) return lead;
  return `${lead.slice(0, at)} ${lead.slice(at + headline.length)}`;
}

/** Newswire datelines ("(GLOBE NEWSWIRE) --", "/PRNewswire/", "--(BUSINESS WIRE)--", ACCESSWIRE). */
const WIRE = /\((?:GLOBE NEWSWIRE|BUSINESS WIRE)\)|\/PRNewswire|ACCESSWIRE|EIN Presswire/i;

/** Headline words beyond which a headline's keys ignore the rest (sorted order, so both sides agree). */
const MAX_HEADLINE_KEY_WORDS = 8;

/**
 * Recall keys of a headline: its content words (sorted, `a|b|c`) and each set with one word left out, so
 * two headlines that differ by at most one word on each side meet even when they share no name
 * ("Pupils hacking their own schools..." / "Children hacking their own schools..."). Pure.
 */
export function headlineKeys(profile: ArticleProfile): string[] {
  const words = profile.title.slice(0, MAX_HEADLINE_KEY_WORDS);
  if (words.length < 2) return [];
  const out = [`^${words.join('|')}`];
  if (words.length >= 3)
    for (let i = 0; i < words.length; i++) out.push(`^${words.filter((_, j) => j !== i).join('|')}`);
  return out;
}

/**
 * Every key the story index files a profile under: its names, its capitalised headline words (so an article
 * naming one of them finds it) and its headline keys (`headline`, when the caller built them already).
 */
export function recallKeys(
  profile: ArticleProfile,
  headline: readonly string[] = headlineKeys(profile),
): string[] {
  return [...profile.names, ...(profile.capitals ?? []), ...headline];
}

/** Feeds often break figures as "$34. 2 million": join them back. */
function repairFigures(text: string): string {
  if (!/\d[.,] \d/.test(text)) return text;
  return text.replace(/(\d)\. (\d)/g, '$1.$2').replace(/(\d), (\d{3})(?!\d)/g, '$1,$2');
}

const MAGNITUDE: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
};

/**
 * Figures with a magnitude word or at least three digits, normalised to two significant digits; years and
 * digits inside words and ids ("x86", "CVE-2026-21001") excluded.
 */
function figures(text: string): string[] {
  const out = new Set<string>();
  const pattern =
    /(?<![\w.-])(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(\.\d+)?\s?(k|thousand|m|mn|million|b|bn|billion|t|tn|trillion)?\b/gi;
  for (const match of text.matchAll(pattern)) {
    const base = Number(`${(match[1] ?? '').replace(/,/g, '')}${match[2] ?? ''}`);
    const unit = match[3]?.toLowerCase();
    if (!Number.isFinite(base)) continue;
    if (!unit && (base < 100 || (base >= 1900 && base <= 2100 && Number.isInteger(base)))) continue;
    const value = base * (unit ? (MAGNITUDE[unit] ?? 1) : 1);
    out.add(Number(value.toPrecision(2)).toExponential().replace('+', ''));
  }
  return [...out].sort();
}
