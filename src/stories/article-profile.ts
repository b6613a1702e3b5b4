import { GENERIC_TERMS, HEADLINE_GENERIC, STOPWORDS, wordTokens } from './word-tokens.ts';

/** What the same-development rule compares: JSON-serialisable, stored with the article in the story index. */
export type ArticleProfile = {
  /** Publication time in epoch milliseconds. */
  readonly t: number;
  /** Proper names (lower-cased words written with capitals in running text) and entity ids. */
  readonly names: readonly string[];
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

/** Light suffix stripping so "seizes", "seized" and "seize" meet; keeps at least four letters. */
export function stem(word: string): string {
  for (const suffix of ['ing', 'ies', 'ed', 'es', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4 && !word.endsWith('ss')) {
      return suffix === 'ies' ? `${word.slice(0, -3)}y` : word.slice(0, -suffix.length);
    }
  }
  return word;
}

/** Builds the article's profile from title, lead and optional analysis output. Pure; never throws. */
export function profileArticle(input: ProfileInput): ArticleProfile {
  const lead = repairFigures(input.text.slice(0, LEAD_CHARS));
  const title = repairFigures(input.title);
  const names = new Set(properNames(title, true));
  for (const name of properNames(lead, false)) names.add(name);
  for (const id of input.entityIds ?? []) if (!BROAD_ENTITY.test(id)) names.add(id);
  const nameWords = new Set<string>();
  for (const n of names) for (const w of n.split(/[^a-z0-9]+/)) nameWords.add(w);
  // Title and lead are tokenised once; content words, headline words and terms all filter these tokens.
  const titleTokens = wordTokens(title);
  const leadTokens = wordTokens(lead);
  const kept = (w: string) => w.length > 1 && !STOPWORDS.has(w) && !nameWords.has(w) && !isDigits(w);
  const terms = new Set<string>();
  for (const tokens of [titleTokens, leadTokens])
    for (const w of tokens) if (kept(w) && !GENERIC_TERMS.has(w)) terms.add(stem(w));
  const headline = new Set<string>();
  for (const w of titleTokens) if (kept(w) && !HEADLINE_GENERIC.has(w)) headline.add(stem(w));
  const parsed = Date.parse(input.publishedAt);
  const titleWords = new Set(
    title
      .toLowerCase()
      .replace(/[’']/g, '')
      .split(/[^\p{L}\p{N}&.-]+/u),
  );
  const sortedNames = [...names].sort();
  return {
    t: Number.isNaN(parsed) ? 0 : parsed,
    names: sortedNames,
    subject: sortedNames.filter((n) => titleWords.has(n)),
    title: [...headline].sort(),
    terms: [...terms].sort(),
    nums: figures(`${title} ${lead}`),
    events: [...new Set(input.eventTypes ?? [])].sort(),
  };
}

/** Whether a token is all ASCII digits. */
function isDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return word.length > 0;
}

/** Feeds often break figures as "$34. 2 million": join them back. */
function repairFigures(text: string): string {
  return text.replace(/(\d)\. (\d)/g, '$1.$2').replace(/(\d), (\d{3})(?!\d)/g, '$1,$2');
}

/**
 * Lower-cased capitalised words of running text, skipping sentence starts; in a title written in Title
 * Case only words with inner capitals or digits count (every word is capitalised there).
 */
function properNames(text: string, isTitle: boolean): string[] {
  let titleCase = false;
  if (isTitle) {
    const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}&'’.-]*/gu) ?? [];
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    titleCase = capitalised >= Math.max(3, words.length * 0.6);
  }
  const out: string[] = [];
  let sentenceStart = true;
  const tokens = text.split(/\s+/);
  for (const raw of tokens) {
    if (!hasUpper(raw)) {
      sentenceStart = endsSentence(raw);
      continue;
    }
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/u, '');
    const startsSentence = sentenceStart;
    sentenceStart = endsSentence(raw);
    if (!word || !/^\p{Lu}/u.test(word)) continue;
    const lower = word.toLowerCase();
    if (STOPWORDS.has(lower) || GENERIC_TERMS.has(lower) || CALENDAR.has(lower) || lower.length < 2) continue;
    const distinctive = /\p{Lu}.*\p{Lu}|\d|&/u.test(word.slice(1)) || /&/.test(word);
    if (titleCase && !distinctive) continue;
    if (startsSentence && !distinctive && !isTitle) continue;
    out.push(lower.replace(/[’']/g, ''));
  }
  return out;
}

/** Month and weekday names: capitalised, but they say when, not who. */
const CALENDAR: ReadonlySet<string> = new Set(
  (
    'january february march april may june july august september october november december jan feb mar apr jun jul ' +
    'aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

/** Whether a token has an upper-case letter; a character scan on ASCII, the Unicode class otherwise. */
function hasUpper(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c > 0x7f) return /\p{Lu}/u.test(token);
  }
  return false;
}

/** Closing quotes and brackets a sentence end may be followed by. */
const CLOSERS = new Set(['"', "'", '’', '”', ')']);

/** Whether a whitespace-separated token ends a sentence (`.`, `!`, `?`, `:` before closers) or is a dash. */
function endsSentence(raw: string): boolean {
  if (raw === '-' || raw === '–' || raw === '—' || raw === '|') return true;
  let i = raw.length - 1;
  while (i >= 0 && CLOSERS.has(raw[i] as string)) i--;
  const c = raw[i];
  return c === '.' || c === '!' || c === '?' || c === ':';
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
};

/**
 * Figures with a magnitude word or at least three digits, normalised to two significant digits; years and
 * digits inside words and ids ("x86", "CVE-2026-21001") excluded.
 */
function figures(text: string): string[] {
  const out = new Set<string>();
  const pattern =
    /(?<![\w.-])(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(\.\d+)?\s?(k|thousand|m|mn|million|b|bn|billion)?\b/gi;
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
