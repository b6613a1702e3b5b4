import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pairDeltas } from './entity-pair-deltas.ts';

const sorted = (d: ReturnType<typeof pairDeltas>) =>
  d.map((x) => `${x.entity_id}>${x.other_id}:${x.story_count}`).sort();

describe('pairDeltas', () => {
  it('counts every ordered pair of a new story once', () => {
    assert.deepEqual(sorted(pairDeltas([], ['a', 'b', 'c'])), [
      'a>b:1',
      'a>c:1',
      'b>a:1',
      'b>c:1',
      'c>a:1',
      'c>b:1',
    ]);
  });

  it('adds only the pairs a joining entity makes, and removes only those a leaving one took', () => {
    assert.deepEqual(sorted(pairDeltas(['a', 'b'], ['a', 'b', 'c'])), ['a>c:1', 'b>c:1', 'c>a:1', 'c>b:1']);
    assert.deepEqual(sorted(pairDeltas(['a', 'b', 'c'], ['a', 'c'])), [
      'a>b:-1',
      'b>a:-1',
      'b>c:-1',
      'c>b:-1',
    ]);
  });

  it('writes nothing when the entity set is unchanged, and undoes a whole story when it empties', () => {
    assert.deepEqual(pairDeltas(['a', 'b'], ['b', 'a']), []);
    assert.deepEqual(sorted(pairDeltas(['a', 'b'], [])), ['a>b:-1', 'b>a:-1']);
  });
});
