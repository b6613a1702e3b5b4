import { fnv1a32 } from './hash32.ts';
import { GENERIC_TERMS, HEADLINE_GENERIC, STOPWORDS, wordTokens } from './word-tokens.ts';

/** Light suffix stripping so "seizes", "seized" and "seize" meet; keeps at least four letters. */
export function stem(word: string): string {
  for (const suffix of ['ing', 'ies', 'ed', 'es', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4 && !word.endsWith('ss')) {
      return suffix === 'ies' ? `${word.slice(0, -3)}y` : word.slice(0, -suffix.length);
    }
  }
  return word;
}

/** What the profile needs to know of a word token, once per distinct word. */
type WordClass = {
  readonly word: string;
  /** The stem, or '' when the word is no content word (stopword, bare number, one character). */
  readonly stem: string;
  readonly generic: boolean;
  readonly headlineGeneric: boolean;
};
/**
 * Direct-mapped memo of `classify` by the low bits of the word's FNV-1a hash (the word is kept to rule out
 * collisions; a colliding word replaces it): one array read per token, fixed size.
 */
const CLASS_BITS = 16;
const CLASSES: (WordClass | undefined)[] = new Array(1 << CLASS_BITS).fill(undefined);

/** The stem and genericity of a lower-case word token. Pure. */
function classify(word: string): WordClass {
  const skip = word.length <= 1 || STOPWORDS.has(word) || isDigits(word);
  return {
    word,
    stem: skip ? '' : stem(word),
    generic: GENERIC_TERMS.has(word),
    headlineGeneric: HEADLINE_GENERIC.has(word),
  };
}

/** Appends one word's stem to the terms (unless generic) and the headline (unless headline-generic). */
function addWord(
  c: WordClass,
  hash: number,
  nameWords: readonly number[],
  terms: string[],
  headline: string[] | undefined,
): void {
  if (c.stem === '' || nameWords.includes(hash)) return;
  if (!c.generic) terms.push(c.stem);
  if (headline && !c.headlineGeneric) headline.push(c.stem);
}

/** Sorts strings and drops repeats, in place; returns the array. (Cheaper than a Set for a few dozen words.) */
export function sortUnique(words: string[]): string[] {
  words.sort();
  let n = 0;
  for (let i = 0; i < words.length; i++)
    if (n === 0 || words[i] !== words[n - 1]) words[n++] = words[i] as string;
  words.length = n;
  return words;
}

/**
 * Appends the stemmed content words of a text (tokens as `wordTokens` gives them; stopwords, bare numbers,
 * one-character tokens and words whose FNV-1a hash is in `nameWords` skipped) to `terms` unless generic and
 * to `headline` unless headline-generic, repeats included (see `sortUnique`). On ASCII text it scans and hashes characters without building a
 * string per token: only words not yet memoised are sliced, so common words cost one array read each.
 */
export function addWords(
  text: string,
  nameWords: readonly number[],
  terms: string[],
  headline: string[] | undefined,
): void {
  if (/[^\p{ASCII}]/u.test(text)) {
    for (const w of wordTokens(text)) {
      const hash = fnv1a32(w) | 0;
      addWord(classify(w), hash, nameWords, terms, headline);
    }
    return;
  }
  const n = text.length;
  let start = -1;
  let h = 0;
  for (let i = 0; i <= n; i++) {
    let c = i < n ? text.charCodeAt(i) : 32;
    const upper = c >= 65 && c <= 90;
    if (upper || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (upper) c += 32;
      if (start < 0) {
        start = i;
        h = 0x811c9dc5;
      }
      h = Math.imul(h ^ c, 0x01000193);
    } else if (start >= 0) {
      const hash = h | 0;
      const at = hash & ((1 << CLASS_BITS) - 1);
      let cls = CLASSES[at];
      if (cls === undefined || !sameWord(cls.word, text, start, i)) {
        cls = classify(text.slice(start, i).toLowerCase());
        CLASSES[at] = cls;
      }
      addWord(cls, hash, nameWords, terms, headline);
      start = -1;
    }
  }
}

/** Whether text[start, end) equals the lower-case ASCII `word`, ignoring the text's case. */
function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) {
    let c = text.charCodeAt(start + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** Whether a token is all ASCII digits. */
function isDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return word.length > 0;
}
