import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createPageMemo } from './page-memo.ts';

describe('createPageMemo', () => {
  it('answers a page only under the data version it was built from, and within its time to live', () => {
    const memo = createPageMemo({ ttlMs: 1000 });
    memo.set(1, 'v1', '<p>one</p>', 0);
    assert.equal(memo.get(1, 'v1', 500), '<p>one</p>');
    assert.equal(memo.get(1, 'v2', 500), undefined);
    // The stale entry was dropped: the old version no longer finds it either.
    assert.equal(memo.get(1, 'v1', 500), undefined);
    memo.set(2, 'v1', '<p>two</p>', 0);
    assert.equal(memo.get(2, 'v1', 1000), undefined);
  });
  it('drops the least recently used pages beyond its size, and never keeps an oversized one', () => {
    const memo = createPageMemo({ maxChars: 160 });
    memo.set('a', 'v', 'x'.repeat(10));
    memo.set('b', 'v', 'y'.repeat(10));
    memo.set('huge', 'v', 'z'.repeat(11));
    assert.equal(memo.get('huge', 'v'), undefined);
    for (let i = 0; i < 15; i++) {
      // 'a' is read before each insert, so it stays the most recently used: 'b' goes first.
      assert.equal(memo.get('a', 'v'), 'x'.repeat(10));
      memo.set(`k${i}`, 'v', 'w'.repeat(10));
    }
    assert.equal(memo.get('b', 'v'), undefined);
    memo.set('k15', 'v', 'w'.repeat(10));
    assert.equal(memo.get('k0', 'v'), undefined);
    assert.equal(memo.get('a', 'v'), 'x'.repeat(10));
    assert.equal(memo.get('k15', 'v'), 'w'.repeat(10));
  });
});
