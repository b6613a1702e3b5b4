import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BandTable } from './band-table.ts';
import { KeyTable } from './key-table.ts';

function collect(table: BandTable, key: number): number[] {
  const out: number[] = [];
  table.collect(key, out);
  return out.sort((a, b) => a - b);
}

describe('BandTable', () => {
  it('returns every value stored under a key, across head growth and chunk boundaries', () => {
    const table = new BandTable(16);
    const expected = new Map<number, number[]>();
    // 40 values x 32 keys each = 1,280 postings: many head doublings; keys repeat across values.
    for (let value = 0; value < 40; value++) {
      if (value === 7) continue; // a value without postings must not shift the others
      for (let band = 0; band < 32; band++) {
        const key = ((band * 2654435761) ^ (value % 5)) >>> 0;
        table.add(key, value);
        expected.set(key, [...(expected.get(key) ?? []), value]);
      }
    }
    assert.equal(table.size, 39 * 32);
    for (const [key, values] of expected) assert.deepEqual(collect(table, key), values);
    assert.deepEqual(collect(table, 0xdeadbeef), []);
  });

  it('finds postings past the first chunk of a million', () => {
    const table = new BandTable();
    for (let value = 0; value < 33_000; value++)
      for (let band = 0; band < 32; band++) table.add((value * 32 + band) >>> 0, value);
    assert.ok(table.size > 1 << 20);
    assert.deepEqual(collect(table, 32_999 * 32 + 31), [32_999]);
    assert.deepEqual(collect(table, 5), [0]);
  });

  it('stores values from its base on, as given', () => {
    const table = new BandTable(16, 1_000_000);
    table.add(7, 1_000_000);
    table.add(7, 1_000_003);
    table.add(9, 1_000_003);
    assert.deepEqual(collect(table, 7), [1_000_000, 1_000_003]);
    assert.deepEqual(collect(table, 9), [1_000_003]);
    assert.throws(() => table.add(7, 999_999), /must not decrease/);
  });

  it('throws when values go backwards (a caller bug)', () => {
    const table = new BandTable();
    table.add(1, 5);
    assert.throws(() => table.add(2, 3), /must not decrease/);
  });
});

describe('KeyTable', () => {
  it('stores, replaces and finds 52-bit keys through growth', () => {
    const table = new KeyTable(4);
    for (let i = 0; i < 5000; i++) table.set(i * 0x100000 + 0xfffff, i);
    table.set(0xfffff, 42);
    assert.equal(table.size, 5000);
    assert.equal(table.get(0xfffff), 42);
    assert.equal(table.get(4999 * 0x100000 + 0xfffff), 4999);
    assert.equal(table.get(2 ** 52 - 1), undefined);
    assert.equal(table.has(0), false);
  });
});
