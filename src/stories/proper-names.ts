import { isSpace } from '../lib/text.ts';
import { GENERIC_TERMS, STOPWORDS } from './word-tokens.ts';

/**
 * Adds the names of an article's title and lead to `names`: lower-cased capitalised words (sentence starts
 * and Title Case headlines handled, see `properNames`) and the initials of multi-word names (`acronyms`).
 * Words of a Title Case headline that are never written in lower case in title and lead go to `capitals`:
 * maybe names ("Capita Fined £14m Over..."), left for the pair comparison to confirm against the other
 * article's names.
 */
export function addProperNames(
  title: string,
  lead: string,
  names: Set<string>,
  capitals?: Set<string>,
): void {
  const context = `${title} ${lead}`;
  const titleCase = isTitleCase(title);
  properNames(new Tokens(title), true, titleCase, context, names, capitals);
  properNames(new Tokens(lead), false, false, context, names);
  acronyms(new Tokens(lead), names);
  if (!titleCase) acronyms(new Tokens(title), names);
}

/**
 * A cursor over the whitespace-separated tokens of a text as `text.split(/\s+/)` gives them (an empty first or
 * last token when the text starts or ends with whitespace), as offsets: most tokens are lower-case words the
 * name rules look at without needing their string, and a list of offsets or strings was a fifth of the
 * bytes story placement allocated.
 */
class Tokens {
  /** Offsets of the current token: text[start, end). */
  start = 0;
  end = 0;
  private next = 0;
  private finished = false;

  constructor(readonly text: string) {}

  /** Moves to the next token; false after the last. */
  advance(): boolean {
    if (this.finished) return false;
    const text = this.text;
    let i = this.next;
    this.start = i;
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
    this.end = i;
    if (i === text.length) this.finished = true;
    else {
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      this.next = i;
    }
    return true;
  }

  /** The current token's string. */
  token(): string {
    return this.text.slice(this.start, this.end);
  }
}

/**
 * Whether some word of `text` written in lower case starts with `word` ("Arrest made..." with "arrested" in
 * the lead): a headline's first word that is an ordinary word in another form is no name.
 */
function writtenLowerStart(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text.charCodeAt(at - 1))) return true;
  }
  return false;
}

/** Whether a UTF-16 code unit is an ASCII letter or digit or any non-ASCII character (NaN at the ends is not). */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0x7f;
}

/** Function words allowed inside a multi-word name ("Police Service of Northern Ireland"). */
const NAME_LINKS = new Set(['of', 'and', 'for', 'the', 'de']);

/**
 * Adds the initials of runs of two to six capitalised words among the whitespace-separated tokens of running
 * text ("Jaguar Land Rover" -> "jlr",
 * "Marks & Spencer" -> "m&s", "Police Service of Northern Ireland" -> "psni"), so a later "JLR" meets them.
 */
function acronyms(tokens: Tokens, out: Set<string>): void {
  let initials = '';
  let words = 0;
  for (let more = tokens.advance(); ; more = tokens.advance()) {
    // One pass past the last token ends the final run.
    let end = !more;
    if (more) {
      const first = tokens.start < tokens.end ? tokens.text.charCodeAt(tokens.start) : Number.NaN;
      if (first >= 97 && first <= 122) {
        // Most tokens start with a lower-case ASCII letter: only a link word may continue a run.
        end = !(words > 0 && NAME_LINKS.has(tokens.token()));
      } else {
        const raw = tokens.token();
        const word = raw.replace(/^[^\p{L}\p{N}&]+|[^\p{L}\p{N}&]+$/gu, '');
        if (word === '&' && words > 0) initials += '&';
        else if (/^\p{Lu}\p{Ll}/u.test(word)) {
          initials += word[0];
          words++;
        } else end = true;
        // A run ends at punctuation: "Rover, the company" is not "Rover The".
        if (/[,.;:!?)"”]$/.test(raw)) end = true;
      }
    }
    if (!end) continue;
    if (words >= 2 && words <= 6 && initials.length >= 2 && !initials.endsWith('&'))
      out.add(initials.toLowerCase());
    initials = '';
    words = 0;
    if (!more) return;
  }
}

/** Whether a title is written in Title Case (most words capitalised). */
function isTitleCase(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}&'’.-]*/gu) ?? [];
  let capitalised = 0;
  for (const w of words) {
    const c = w.charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c > 0x7f && /^\p{Lu}/u.test(w))) capitalised++;
  }
  return capitalised >= Math.max(3, words.length * 0.6);
}

/**
 * Adds the lower-cased capitalised words of running text, skipping sentence starts (in a title, only those
 * also written in lower case in `context`); in a Title Case title only words with inner capitals or digits
 * count (every word is capitalised there); those skipped only for the Title Case and never written in lower
 * case in `context` go to `capitals` when given.
 */
function properNames(
  tokens: Tokens,
  isTitle: boolean,
  titleCase: boolean,
  context: string,
  out: Set<string>,
  capitals?: Set<string>,
): void {
  let sentenceStart = true;
  while (tokens.advance()) {
    if (!hasUpper(tokens.text, tokens.start, tokens.end)) {
      sentenceStart = endsSentence(tokens.text, tokens.start, tokens.end);
      continue;
    }
    const raw = tokens.token();
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/u, '');
    const startsSentence = sentenceStart;
    sentenceStart = endsSentence(raw, 0, raw.length);
    if (!word || !/^\p{Lu}/u.test(word)) continue;
    const lower = word.toLowerCase();
    if (STOPWORDS.has(lower) || GENERIC_TERMS.has(lower) || CALENDAR.has(lower) || lower.length < 2) continue;
    const distinctive = /\p{Lu}.*\p{Lu}|\d|&/u.test(word.slice(1)) || /&/.test(word);
    const name = (lower.includes('-') ? capitalisedHead(word) : lower).replace(/[’']/g, '');
    if (name.length < 2) continue;
    const onlyPlaced = (titleCase || startsSentence) && !distinctive;
    if (onlyPlaced && (titleCase || !isTitle || writtenLowerStart(context, lower))) {
      if (capitals && titleCase && !writtenLowerStart(context, lower)) capitals.add(name);
      continue;
    }
    out.add(name);
  }
}

/**
 * The capitalised head of a hyphenated word, lower-cased: "AI-driven" -> "ai", "Ohio-based" -> "ohio",
 * "CVE-2025-1234" and "Hewlett-Packard" unchanged; describing compounds name their head, not a new name.
 */
function capitalisedHead(word: string): string {
  const parts = word.split('-');
  let n = 0;
  while (n < parts.length && /^[\p{Lu}\p{N}]/u.test(parts[n] as string)) n++;
  return parts.slice(0, Math.max(1, n)).join('-').toLowerCase();
}

/** Month and weekday names: capitalised, but they say when, not who. */
const CALENDAR: ReadonlySet<string> = new Set(
  (
    'january february march april may june july august september october november december jan feb mar apr jun jul ' +
    'aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

/** Whether text[start, end) has an upper-case letter; a character scan on ASCII, the Unicode class otherwise. */
function hasUpper(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c > 0x7f) return /\p{Lu}/u.test(text.slice(start, end));
  }
  return false;
}

/** Whether a code unit is a closing quote or bracket a sentence end may be followed by (`"'’”)`). */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x2019 || c === 0x201d || c === 0x29;
}

/**
 * Whether the whitespace-separated token text[start, end) ends a sentence (`.`, `!`, `?`, `:` before
 * closers) or is a dash or bar.
 */
function endsSentence(text: string, start: number, end: number): boolean {
  if (end - start === 1) {
    const only = text.charCodeAt(start);
    // - – — |
    if (only === 0x2d || only === 0x2013 || only === 0x2014 || only === 0x7c) return true;
  }
  let i = end - 1;
  while (i >= start && isCloser(text.charCodeAt(i))) i--;
  if (i < start) return false;
  const c = text.charCodeAt(i);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a;
}
