import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideStory } from './decide-story.ts';

describe('decideStory', () => {
  it('treats the same canonical URL as an already known article', () => {
    assert.deepEqual(
      decideStory({ sameUrl: { articleId: 4, storyId: 2 }, sameContent: { articleId: 5, storyId: 3 } }),
      {
        kind: 'known',
        articleId: 4,
      },
    );
  });
  it('joins the story of the original a republished copy links to, before content matches', () => {
    assert.deepEqual(
      decideStory({ sameOriginal: { articleId: 1, storyId: 7 }, sameContent: { articleId: 2, storyId: 8 } }),
      { kind: 'join', storyId: 7, reason: 'source_link' },
    );
  });
  it('joins on identical content and starts a new story otherwise', () => {
    assert.deepEqual(decideStory({ sameContent: { articleId: 2, storyId: 8 } }), {
      kind: 'join',
      storyId: 8,
      reason: 'content_hash',
    });
    assert.deepEqual(decideStory({ sameContent: { articleId: 2, storyId: null } }), { kind: 'new' });
    assert.deepEqual(decideStory({}), { kind: 'new' });
  });
});
