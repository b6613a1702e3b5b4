import { combine32, fmix32, fnv1a32 } from './hash32.ts';
import { wordTokens } from './word-tokens.ts';

/** MinHash/LSH parameters: 5-word shingles, 128 bins (one-permutation hashing) in 32 bands of 4 rows. */
export type MinHashParams = { readonly shingle: number; readonly hashes: number; readonly bands: number };

/** The defaults every caller uses, so stored band hashes stay comparable. */
export const MINHASH_PARAMS: MinHashParams = { shingle: 5, hashes: 128, bands: 32 };

/**
 * FNV-1a hashes of the text's word tokens, equal to `wordTokens(text).map((t) => fnv1a32(t))`; on ASCII text
 * (the common case) it hashes while scanning, building no strings.
 */
export function tokenHashes(text: string): Uint32Array {
  const count = appendAsciiTokenHashes(text, 0);
  if (count < 0) return Uint32Array.from(wordTokens(text), (t) => fnv1a32(t));
  return scratchTokens.slice(0, count);
}

/** Hashes of the k-token shingles of a token hash sequence (the whole sequence as one shingle when shorter). */
export function shinglesOfTokens(tokens: Uint32Array, k: number = MINHASH_PARAMS.shingle): Uint32Array {
  if (tokens.length === 0) return new Uint32Array(0);
  const count = Math.max(1, tokens.length - k + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = shingleHash(tokens, i, Math.min(i + k, tokens.length));
  return out;
}

/** Hash of the shingle made of tokens [start, end). */
function shingleHash(tokens: Uint32Array, start: number, end: number): number {
  let h = 0x1b873593;
  for (let j = start; j < end; j++) h = combine32(h, tokens[j] as number);
  return h;
}

/** Distinct 32-bit hashes of the text's k-word shingles (the whole text as one shingle when shorter). */
export function shingleHashes(text: string, k: number = MINHASH_PARAMS.shingle): Uint32Array {
  return shinglesOfTokens(tokenHashes(text), k);
}

/** Salt of the second mix that gives a shingle its value within its bin (independent of the bin bits). */
const VALUE_SALT = 0x9e3779b9;
/** Salt of the donor sequence of empty bins. */
const DONOR_SALT = 0x7f4a7c15;

/**
 * MinHash signature of a set of shingle hashes by one-permutation hashing with optimal densification
 * (Li, Owen & Zhang 2012; Shrivastava 2017): each mixed shingle falls in one of `hashes` bins and the bin
 * keeps its smallest value; an empty bin copies the bin its fixed donor sequence (bin, attempt) first finds
 * filled. Two sets agree on a position with probability equal to their Jaccard similarity, like `hashes`
 * independent permutations, in O(shingles + hashes) instead of O(shingles x hashes). 0xffffffff when empty.
 */
export function minhashSignature(shingles: Uint32Array, hashes: number = MINHASH_PARAMS.hashes): Uint32Array {
  const signature = new Uint32Array(hashes).fill(0xffffffff);
  const len = shingles.length;
  if (len === 0) return signature;
  const filled = new Uint8Array(hashes);
  let count = 0;
  for (let i = 0; i < len; i++) count += binShingle(shingles[i] as number, signature, filled);
  if (count < hashes) densify(signature, filled, new Uint32Array(hashes));
  return signature;
}

/**
 * Puts one shingle in its bin of the signature, which keeps the smallest value it is given; returns 1 when
 * the bin was empty before, 0 otherwise.
 */
function binShingle(shingle: number, signature: Uint32Array, filled: Uint8Array): number {
  const h = fmix32(shingle);
  const bin = Math.floor((h * signature.length) / 0x100000000);
  const value = fmix32((h + VALUE_SALT) | 0);
  if (filled[bin] === 0) {
    filled[bin] = 1;
    signature[bin] = value;
    return 1;
  }
  if (value < (signature[bin] as number)) signature[bin] = value;
  return 0;
}

/**
 * Fills each empty bin of a signature (at least one bin filled) from the bin its fixed donor sequence
 * (bin, attempt) first finds filled; `values` is scratch space of the signature's length.
 */
function densify(signature: Uint32Array, filled: Uint8Array, values: Uint32Array): void {
  const hashes = signature.length;
  values.set(signature);
  for (let j = 0; j < hashes; j++) {
    if (filled[j] === 1) continue;
    // The donor sequence depends only on (bin, attempt), so every document asks the same bins in the same order.
    for (let attempt = 1; ; attempt++) {
      const donor = Math.floor((combine32(fmix32(j + DONOR_SALT), attempt) * hashes) / 0x100000000);
      if (filled[donor] === 1) {
        signature[j] = values[donor] as number;
        break;
      }
    }
  }
}

/**
 * LSH band hashes of a signature: one 32-bit hash per band over its rows, salted with the band number so
 * equal rows in different bands never collide. Two texts share a band with probability ~ J^rows.
 */
export function bandHashes(signature: Uint32Array, bands: number = MINHASH_PARAMS.bands): number[] {
  const rows = Math.floor(signature.length / bands);
  // A plain array: a typed array this size lives off the heap and cost ~3 µs to allocate and collect.
  const out: number[] = [];
  for (let b = 0; b < bands; b++) {
    let h = fmix32(b + 1);
    for (let r = 0; r < rows; r++) h = combine32(h, signature[b * rows + r] as number);
    out.push(h);
  }
  return out;
}

/** Band hashes of a text in one call (shingles → signature → bands); empty text gives no bands. */
export function textBands(text: string, params: MinHashParams = MINHASH_PARAMS): number[] {
  return bandsOfParts([text], params);
}

/**
 * Band hashes of texts read as one, each part a separate run of words (equal to `textBands(parts.join('\n'))`).
 * The hot path of story placement: on ASCII text it hashes tokens into a reused buffer and feeds each shingle
 * straight to its bin, so an article allocates only its 32 band hashes.
 */
export function bandsOfParts(parts: readonly string[], params: MinHashParams = MINHASH_PARAMS): number[] {
  let count = 0;
  for (const part of parts) {
    const appended = appendAsciiTokenHashes(part, count);
    if (appended < 0) return tokenBands(tokenHashes(parts.join('\n')), params);
    count = appended;
  }
  if (count === 0) return [];
  const tokens = scratchTokens;
  const k = params.shingle;
  const hashes = params.hashes;
  if (scratchSignature.length !== hashes) {
    scratchSignature = new Uint32Array(hashes);
    scratchFilled = new Uint8Array(hashes);
    scratchValues = new Uint32Array(hashes);
  }
  const signature = scratchSignature;
  const filled = scratchFilled;
  signature.fill(0xffffffff);
  filled.fill(0);
  let binsFilled = 0;
  const shingles = Math.max(1, count - k + 1);
  // The steps of `shinglesOfTokens` and `minhashSignature`, without the array of shingles between them.
  for (let i = 0; i < shingles; i++)
    binsFilled += binShingle(shingleHash(tokens, i, Math.min(i + k, count)), signature, filled);
  if (binsFilled < hashes) densify(signature, filled, scratchValues);
  return bandHashes(signature, params.bands);
}

/** Band hashes of a token hash sequence (see `tokenHashes`); no tokens give no bands. */
export function tokenBands(tokens: Uint32Array, params: MinHashParams = MINHASH_PARAMS): number[] {
  const shingles = shinglesOfTokens(tokens, params.shingle);
  if (shingles.length === 0) return [];
  return bandHashes(minhashSignature(shingles, params.hashes), params.bands);
}

/** Reused buffers of `bandsOfParts` (JavaScript runs it to the end before any other call can use them). */
let scratchTokens = new Uint32Array(4096);
let scratchSignature = new Uint32Array(0);
let scratchFilled = new Uint8Array(0);
let scratchValues = new Uint32Array(0);

/**
 * Appends the FNV-1a token hashes of an ASCII text to `scratchTokens` from `count` (growing it), returning
 * the new count, or -1 when the text is not ASCII (the caller then takes the Unicode path).
 */
function appendAsciiTokenHashes(text: string, count: number): number {
  const n = text.length;
  if (scratchTokens.length < count + (n >> 1) + 1) {
    const grown = new Uint32Array(Math.max(scratchTokens.length * 2, count + (n >> 1) + 1));
    grown.set(scratchTokens.subarray(0, count));
    scratchTokens = grown;
  }
  const out = scratchTokens;
  let h = 0;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c > 0x7f) return -1;
    const upper = c >= 65 && c <= 90;
    if (upper || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (upper) c += 32;
      if (!inWord) {
        h = 0x811c9dc5;
        inWord = true;
      }
      h = Math.imul(h ^ c, 0x01000193);
    } else if (inWord) {
      out[count++] = h >>> 0;
      inWord = false;
    }
  }
  if (inWord) out[count++] = h >>> 0;
  return count;
}

/** Jaccard similarity estimated from the share of equal signature positions. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/** Jaccard similarity implied by sharing `shared` of `bands` bands of `rows` rows (inverse of P = J^rows). */
export function jaccardFromBands(shared: number, bands: number = MINHASH_PARAMS.bands, rows = 4): number {
  if (shared <= 0) return 0;
  return (Math.min(shared, bands) / bands) ** (1 / rows);
}
