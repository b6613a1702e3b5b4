import { fmix32 } from './hash32.ts';

/** Postings per chunk: chunks are never copied, so growing costs no transient second copy. */
const CHUNK_BITS = 20;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;
/** Empty marker of a key slot (posting indices are never negative). */
const EMPTY = -1;

/**
 * A growable multimap from 32-bit band hash to a non-decreasing value (the article's slot) on typed arrays.
 * Distinct keys sit in an open-addressing table of (key, newest posting) pairs at load <= 1/2, and each
 * posting links to the previous posting of the same key; values are implicit from where each value's
 * postings start. Most band lookups find nothing, and cost one probe of one cache line: with chains
 * shared between keys, each step was a cache miss (the band tables are far larger than the caches).
 */
export class BandTable {
  /** (key, newest posting index) pairs; a pair whose posting is EMPTY is free. */
  private slots: Int32Array;
  private keys = 0;
  /** Chunks of `previous posting of the same key` links. */
  private readonly chunks: Int32Array[] = [];
  /** starts[v] = index of the first posting of value v (values without postings repeat the next start). */
  private starts = new Int32Array(1024);
  private values = 0;
  private count = 0;

  /**
   * An empty table sized for about `capacity` distinct keys before it first grows, for values from `base`
   * on (a table started late in a stream keeps no start offsets for the values before it).
   */
  constructor(
    capacity = 1 << 16,
    private readonly base = 0,
  ) {
    this.slots = new Int32Array(2 << Math.ceil(Math.log2(Math.max(16, capacity * 2)))).fill(EMPTY);
  }

  /** Number of postings stored. */
  get size(): number {
    return this.count;
  }

  /** Adds one posting; values must come in non-decreasing order (throws otherwise: a caller bug). */
  add(key: number, absolute: number): void {
    const value = absolute - this.base;
    if (value < 0 || value < this.values - 1)
      throw new Error(`stories: BandTable values must not decrease (${absolute})`);
    while (this.values <= value) {
      if (this.values === this.starts.length) {
        const starts = new Int32Array(this.starts.length * 2);
        starts.set(this.starts);
        this.starts = starts;
      }
      this.starts[this.values++] = this.count;
    }
    const i = this.count++;
    if ((i & MASK) === 0) this.chunks.push(new Int32Array(CHUNK));
    const signed = key | 0;
    let at = this.find(signed);
    if (this.slots[at + 1] === EMPTY) {
      if ((this.keys + 1) * 4 > this.slots.length) {
        this.grow();
        at = this.find(signed);
      }
      this.slots[at] = signed;
      this.keys++;
    }
    (this.chunks[i >>> CHUNK_BITS] as Int32Array)[i & MASK] = this.slots[at + 1] as number;
    this.slots[at + 1] = i;
  }

  /** Appends to `out` the value of every posting stored under `key`, newest first. */
  collect(key: number, out: number[]): void {
    const chunks = this.chunks;
    for (let i = this.slots[this.find(key | 0) + 1] as number; i !== EMPTY; ) {
      out.push(this.base + this.valueAt(i));
      i = (chunks[i >>> CHUNK_BITS] as Int32Array)[i & MASK] as number;
    }
  }

  /** The pair index holding `key`, or the free pair where it would go (linear probing). */
  private find(key: number): number {
    const mask = (this.slots.length >> 1) - 1;
    for (let at = fmix32(key) & mask; ; at = (at + 1) & mask) {
      const pair = at << 1;
      if (this.slots[pair + 1] === EMPTY || this.slots[pair] === key) return pair;
    }
  }

  /** The value a posting belongs to: the last value whose postings start at or before it. */
  private valueAt(posting: number): number {
    let lo = 0;
    let hi = this.values - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.starts[mid] as number) <= posting) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Doubles the key table, re-placing every key with its newest posting (the links stay as they are). */
  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(EMPTY);
    for (let pair = 0; pair < old.length; pair += 2) {
      if (old[pair + 1] === EMPTY) continue;
      const at = this.find(old[pair] as number);
      this.slots[at] = old[pair] as number;
      this.slots[at + 1] = old[pair + 1] as number;
    }
  }
}
