import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isNameFragment } from './name-fragment.ts';

test('a word inside a longer annotated name is a fragment; a name before a generic head noun is not', () => {
  const tokens = ['the', 'Golden', 'Falcon', 'crew', 'and', 'Golden', 'group'];
  const spanOf = [-1, 0, 0, 0, -1, 1, 1];
  assert.equal(isNameFragment(tokens, spanOf, 2, 2), true); // "Falcon" in "Golden Falcon crew"
  assert.equal(isNameFragment(tokens, spanOf, 1, 1), true); // "Golden" before "Falcon"
  assert.equal(isNameFragment(tokens, spanOf, 1, 2), false); // "Golden Falcon" itself
  assert.equal(isNameFragment(tokens, spanOf, 5, 5), false); // "Golden" in "Golden group"
  assert.equal(isNameFragment(tokens, spanOf, 0, 0), false); // outside any span
});
