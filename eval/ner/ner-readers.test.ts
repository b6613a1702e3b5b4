import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildText, toTokenSpan } from './build-text.ts';
import { decodeTags } from './decode-tags.ts';
import { readAnnoctr } from './read-annoctr.ts';
import { readTokenTags } from './read-token-tags.ts';

test('decodeTags reads BIO and BIOES leniently', () => {
  assert.deepEqual(decodeTags(['B-APT', 'E-APT', 'O', 'S-MAL', 'I-LOC', 'I-LOC', 'B-X', 'B-X']), [
    { first: 0, last: 1, type: 'APT' },
    { first: 3, last: 3, type: 'MAL' },
    { first: 4, last: 5, type: 'LOC' },
    { first: 6, last: 6, type: 'X' },
    { first: 7, last: 7, type: 'X' },
  ]);
});

test('readTokenTags splits merged lines, repairs missing tags and keeps empty tokens', () => {
  const corpus = readTokenTags(
    'APT28 S-APT\r\nused O\r\nOilRig S-APT/APT34 S-APT\r\nscript\r\n\u200d B-Tool\r\n\r\nNext O\n',
    'x',
  );
  const [first, second] = corpus.documents[0]!.sentences;
  assert.deepEqual(first!.tokens, ['APT28', 'used', 'OilRig', '/APT34', 'script', '\u200d']);
  assert.deepEqual(
    first!.spans.map((s) => [s.first, s.last, s.type]),
    [
      [0, 0, 'APT'],
      [2, 2, 'APT'],
      [3, 3, 'APT'],
      [5, 5, 'Tool'],
    ],
  );
  assert.equal(corpus.malformed, 2);
  assert.deepEqual(second!.tokens, ['Next']);
});

test('readAnnoctr uses the flat column and skips DOCSTART', () => {
  const line = (token: string, tag: string) => [token, 'O', 'O', 'O', 'O', 'O', tag].join('\t');
  const { document } = readAnnoctr(
    ['<DOCSTART>\tO\tO\tO\tO\tO\tO', '', line('TA505', 'B-GROUP'), line(' ', 'O'), line('hit', 'O')].join(
      '\n',
    ),
    'doc',
  );
  assert.deepEqual(document.sentences[0]!.tokens, ['TA505', '', 'hit']);
  assert.deepEqual(document.sentences[0]!.spans, [{ first: 0, last: 0, type: 'GROUP' }]);
});

test('buildText keeps token offsets and maps character spans back to tokens', () => {
  const rebuilt = buildText({
    name: 'd',
    sentences: [
      { tokens: ['Fancy', 'Bear', 'hit', 'NATO'], spans: [] },
      { tokens: ['Then', '', 'APT28'], spans: [] },
    ],
  });
  assert.equal(rebuilt.text, 'Fancy Bear hit NATO\nThen  APT28');
  assert.deepEqual(toTokenSpan(rebuilt, 0, 10), { sentence: 0, first: 0, last: 1 });
  assert.deepEqual(toTokenSpan(rebuilt, rebuilt.text.indexOf('APT28'), rebuilt.text.length), {
    sentence: 1,
    first: 2,
    last: 2,
  });
  assert.equal(toTokenSpan(rebuilt, 15, 24), undefined, 'crosses a sentence break');
});
