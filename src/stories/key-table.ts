import { fmix32 } from './hash32.ts';

const EMPTY = -1;

/**
 * A map from non-negative integer keys below 2^53 (the 52-bit string keys of the in-memory index) to slot
 * numbers, by open addressing on typed arrays: 12 bytes per slot at load <= 1/2, where a `Map` with heap
 * number keys costs several times that and weighs on every major GC.
 */
export class KeyTable {
  private keys: Float64Array;
  private values: Int32Array;
  private count = 0;

  /** An empty table for about `capacity` keys before it first grows. */
  constructor(capacity = 1 << 12) {
    const size = 1 << Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.keys = new Float64Array(size).fill(EMPTY);
    this.values = new Int32Array(size);
  }

  /** Number of keys stored. */
  get size(): number {
    return this.count;
  }

  /** The value stored under `key`, or undefined. */
  get(key: number): number | undefined {
    const at = this.find(key);
    return this.keys[at] === key ? this.values[at] : undefined;
  }

  /** Whether `key` is stored. */
  has(key: number): boolean {
    return this.keys[this.find(key)] === key;
  }

  /** Stores `value` under `key`, replacing any earlier value. */
  set(key: number, value: number): void {
    let at = this.find(key);
    if (this.keys[at] !== key) {
      if ((this.count + 1) * 2 > this.keys.length) {
        this.grow();
        at = this.find(key);
      }
      this.keys[at] = key;
      this.count++;
    }
    this.values[at] = value;
  }

  /** The slot holding `key`, or the empty slot where it would go (linear probing). */
  private find(key: number): number {
    const mask = this.keys.length - 1;
    let at = fmix32((key % 0x100000000) ^ Math.floor(key / 0x100000000)) & mask;
    for (;;) {
      const k = this.keys[at] as number;
      if (k === key || k === EMPTY) return at;
      at = (at + 1) & mask;
    }
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Float64Array(keys.length * 2).fill(EMPTY);
    this.values = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as number;
      if (k === EMPTY) continue;
      const at = this.find(k);
      this.keys[at] = k;
      this.values[at] = values[i] as number;
    }
  }
}
