import { combine32, fmix32, fnv1a32 } from './hash32.ts';
import { wordTokens } from './word-tokens.ts';

/** MinHash/LSH parameters: 5-word shingles, 128 hashes in 32 bands of 4 rows (measured in STACK.md). */
export type MinHashParams = { readonly shingle: number; readonly hashes: number; readonly bands: number };

/** The defaults every caller uses, so stored band hashes stay comparable. */
export const MINHASH_PARAMS: MinHashParams = { shingle: 5, hashes: 128, bands: 32 };

const seedCache = new Map<number, Uint32Array>();

function seeds(count: number): Uint32Array {
  let cached = seedCache.get(count);
  if (!cached) {
    cached = new Uint32Array(count);
    // splitmix32-style sequence: fixed, so signatures are reproducible across runs and machines.
    let state = 0x2545f491;
    for (let i = 0; i < count; i++) {
      state = (state + 0x9e3779b9) >>> 0;
      cached[i] = fmix32(state);
    }
    seedCache.set(count, cached);
  }
  return cached;
}

/**
 * FNV-1a hashes of the text's word tokens, equal to `wordTokens(text).map((t) => fnv1a32(t))`; on ASCII text
 * (the common case) it hashes while scanning, building no strings.
 */
export function tokenHashes(text: string): Uint32Array {
  const n = text.length;
  let ascii = true;
  for (let i = 0; i < n; i++) {
    if (text.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (!ascii) return Uint32Array.from(wordTokens(text), (t) => fnv1a32(t));
  const out = new Uint32Array((n >> 1) + 1);
  let count = 0;
  let h = 0;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
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
  return out.subarray(0, count);
}

/** Hashes of the k-token shingles of a token hash sequence (the whole sequence as one shingle when shorter). */
export function shinglesOfTokens(tokens: Uint32Array, k: number = MINHASH_PARAMS.shingle): Uint32Array {
  if (tokens.length === 0) return new Uint32Array(0);
  const count = Math.max(1, tokens.length - k + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x1b873593;
    const end = Math.min(i + k, tokens.length);
    for (let j = i; j < end; j++) h = combine32(h, tokens[j] as number);
    out[i] = h;
  }
  return out;
}

/** Distinct 32-bit hashes of the text's k-word shingles (the whole text as one shingle when shorter). */
export function shingleHashes(text: string, k: number = MINHASH_PARAMS.shingle): Uint32Array {
  return shinglesOfTokens(tokenHashes(text), k);
}

const permutationCache = new Map<number, { mul: Int32Array; add: Int32Array }>();

/** The seeded permutations x -> a*x + b as two typed arrays (a odd), cached per count. */
function permutations(hashes: number): { mul: Int32Array; add: Int32Array } {
  let cached = permutationCache.get(hashes);
  if (!cached) {
    const s = seeds(hashes * 2);
    const mul = new Int32Array(hashes);
    const add = new Int32Array(hashes);
    for (let j = 0; j < hashes; j++) {
      mul[j] = (s[2 * j] as number) | 1;
      add[j] = s[2 * j + 1] as number;
    }
    cached = { mul, add };
    permutationCache.set(hashes, cached);
  }
  return cached;
}

/**
 * MinHash signature of a set of shingle hashes: per seed, the minimum of a seeded permutation
 * x -> a*x + b (mod 2^32, a odd) of the mixed shingle hash; 0xffffffff when empty.
 */
export function minhashSignature(shingles: Uint32Array, hashes: number = MINHASH_PARAMS.hashes): Uint32Array {
  const { mul, add } = permutations(hashes);
  // Minimum kept in signed space (value xor 2^31) so the inner loop needs no unsigned conversion.
  const min = new Int32Array(hashes).fill(0x7fffffff);
  for (let i = 0; i < shingles.length; i++) {
    const x = fmix32(shingles[i] as number) | 0;
    for (let j = 0; j < hashes; j++) {
      const v = ((Math.imul(x, mul[j] as number) + (add[j] as number)) | 0) ^ 0x80000000;
      if (v < (min[j] as number)) min[j] = v;
    }
  }
  const signature = new Uint32Array(hashes);
  for (let j = 0; j < hashes; j++) signature[j] = ((min[j] as number) ^ 0x80000000) >>> 0;
  return signature;
}

/**
 * LSH band hashes of a signature: one 32-bit hash per band over its rows, salted with the band number so
 * equal rows in different bands never collide. Two texts share a band with probability ~ J^rows.
 */
export function bandHashes(signature: Uint32Array, bands: number = MINHASH_PARAMS.bands): Uint32Array {
  const rows = Math.floor(signature.length / bands);
  const out = new Uint32Array(bands);
  for (let b = 0; b < bands; b++) {
    let h = fmix32(b + 1);
    for (let r = 0; r < rows; r++) h = combine32(h, signature[b * rows + r] as number);
    out[b] = h;
  }
  return out;
}

/** Band hashes of a text in one call (shingles → signature → bands); empty text gives no bands. */
export function textBands(text: string, params: MinHashParams = MINHASH_PARAMS): Uint32Array {
  return tokenBands(tokenHashes(text), params);
}

/** Band hashes of a token hash sequence (see `tokenHashes`); no tokens give no bands. */
export function tokenBands(tokens: Uint32Array, params: MinHashParams = MINHASH_PARAMS): Uint32Array {
  const shingles = shinglesOfTokens(tokens, params.shingle);
  if (shingles.length === 0) return new Uint32Array(0);
  return bandHashes(minhashSignature(shingles, params.hashes), params.bands);
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
