import { fmix32 } from './hash32.ts';

/** Postings per chunk: chunks are never copied, so growing costs no transient second copy. */
const CHUNK_BITS = 20;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;
/** Postings per head slot at most before the head array doubles (chains stay short). */
const LOAD = 2;

/**
 * A growable multimap from 32-bit band hash to a non-decreasing value (the article's slot) on typed arrays:
 * chained buckets in fixed-size chunks, values implicit from where each value's postings start. About
 * 10 bytes per posting, so 32 bands x 1M articles take ~350 MB and growing never copies the postings.
 */
export class BandTable {
  private heads: Int32Array;
  /** Chunks of (key, next) pairs, interleaved so a chain step touches one cache line. */
  private readonly chunks: Int32Array[] = [];
  /** starts[v] = index of the first posting of value v (values without postings repeat the next start). */
  private starts = new Int32Array(1024);
  private values = 0;
  private count = 0;

  /**
   * An empty table sized for about `capacity` postings before its head array first doubles, for values from
   * `base` on (a table started late in a stream keeps no start offsets for the values before it).
   */
  constructor(
    capacity = 1 << 16,
    private readonly base = 0,
  ) {
    this.heads = new Int32Array(1 << Math.ceil(Math.log2(Math.max(16, capacity / LOAD)))).fill(-1);
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
    if ((i & MASK) === 0) this.chunks.push(new Int32Array(2 * CHUNK));
    if (this.count > this.heads.length * LOAD) this.rehash(this.heads.length * 2);
    const slot = fmix32(key) & (this.heads.length - 1);
    const chunk = this.chunks[i >>> CHUNK_BITS] as Int32Array;
    const at = (i & MASK) << 1;
    chunk[at] = key | 0;
    chunk[at + 1] = this.heads[slot] as number;
    this.heads[slot] = i;
  }

  /** Appends to `out` the value of every posting stored under `key`. */
  collect(key: number, out: number[]): void {
    const chunks = this.chunks;
    const signed = key | 0;
    for (let i = this.heads[fmix32(key) & (this.heads.length - 1)] as number; i !== -1; ) {
      const chunk = chunks[i >>> CHUNK_BITS] as Int32Array;
      const at = (i & MASK) << 1;
      if (chunk[at] === signed) out.push(this.base + this.valueAt(i));
      i = chunk[at + 1] as number;
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

  /** Re-links every posting into a head array of `size` slots (in place: only the heads are new). */
  private rehash(size: number): void {
    const heads = new Int32Array(size).fill(-1);
    for (let i = 0; i < this.count - 1; i++) {
      const chunk = this.chunks[i >>> CHUNK_BITS] as Int32Array;
      const at = (i & MASK) << 1;
      const slot = fmix32(chunk[at] as number) & (size - 1);
      chunk[at + 1] = heads[slot] as number;
      heads[slot] = i;
    }
    this.heads = heads;
  }
}
