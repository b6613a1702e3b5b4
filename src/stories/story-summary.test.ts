import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summarizeStory } from './story-summary.ts';

describe('summarizeStory', () => {
  it('names the first reporter, the earliest complete article, each outlet with its time and the copies', () => {
    const s = summarizeStory([
      {
        articleId: 3,
        outlet: 'c.example',
        publishedAt: '2025-09-02T14:00:00Z',
        textLength: 2000,
        reason: 'same_development',
      },
      {
        articleId: 1,
        outlet: 'a.example',
        publishedAt: '2025-09-02T12:00:00Z',
        textLength: 200,
        reason: 'first',
      },
      {
        articleId: 2,
        outlet: 'b.example',
        publishedAt: '2025-09-02T13:00:00Z',
        textLength: 180,
        reason: 'content_hash',
      },
      {
        articleId: 4,
        outlet: 'a.example',
        publishedAt: '2025-09-02T15:00:00Z',
        textLength: 900,
        reason: 'near_duplicate',
      },
    ]);
    assert.equal(s.firstReporter.articleId, 1);
    assert.equal(s.representative.articleId, 3);
    assert.deepEqual(s.outlets, [
      { outlet: 'a.example', firstAt: '2025-09-02T12:00:00Z', articles: 2 },
      { outlet: 'b.example', firstAt: '2025-09-02T13:00:00Z', articles: 1 },
      { outlet: 'c.example', firstAt: '2025-09-02T14:00:00Z', articles: 1 },
    ]);
    assert.equal(s.syndicationCount, 2);
  });
  it('throws on an empty story', () => assert.throws(() => summarizeStory([]), /at least one member/));
});
