/** An append-only column of numbers on a Float64Array that doubles when full (8 bytes per entry, off-heap). */
export class NumberColumn {
  private data = new Float64Array(1024);
  private count = 0;

  /** Number of entries. */
  get length(): number {
    return this.count;
  }

  /** Appends a value and returns its index. */
  push(value: number): number {
    if (this.count === this.data.length) {
      const data = new Float64Array(this.data.length * 2);
      data.set(this.data);
      this.data = data;
    }
    this.data[this.count] = value;
    return this.count++;
  }

  /** The value at `index` (undefined past the end). */
  at(index: number): number | undefined {
    return index < this.count ? this.data[index] : undefined;
  }

  /** Replaces the value at an existing index. */
  set(index: number, value: number): void {
    if (index >= this.count) throw new Error(`stories: NumberColumn index ${index} out of range`);
    this.data[index] = value;
  }
}
