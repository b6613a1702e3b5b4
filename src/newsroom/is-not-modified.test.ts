import assert from 'node:assert/strict';
import { it } from 'node:test';
import { isNotModified } from './is-not-modified.ts';
import { createResource } from './resource.ts';

const resource = createResource('hello', 'text/plain; charset=utf-8', new Date('2026-03-14T09:30:00.750Z'));
const lastModified = 'Sat, 14 Mar 2026 09:30:00 GMT';

const cases: readonly [string, Record<string, string>, boolean][] = [
  ['no conditions', {}, false],
  ['matching ETag', { 'if-none-match': resource.etag }, true],
  ['matching gzip ETag', { 'if-none-match': resource.gzipEtag }, true],
  ['weak form of the ETag', { 'if-none-match': `W/${resource.etag}` }, true],
  ['ETag in a list', { 'if-none-match': `"other", ${resource.etag}` }, true],
  ['wildcard', { 'if-none-match': '*' }, true],
  ['other ETag', { 'if-none-match': '"other"' }, false],
  ['If-Modified-Since equal to Last-Modified', { 'if-modified-since': lastModified }, true],
  ['If-Modified-Since later', { 'if-modified-since': 'Sun, 15 Mar 2026 00:00:00 GMT' }, true],
  ['If-Modified-Since earlier', { 'if-modified-since': 'Sat, 14 Mar 2026 09:29:59 GMT' }, false],
  ['invalid If-Modified-Since', { 'if-modified-since': 'yesterday' }, false],
  [
    'If-None-Match wins over If-Modified-Since',
    { 'if-none-match': '"other"', 'if-modified-since': lastModified },
    false,
  ],
];

for (const [name, headers, expected] of cases) {
  it(`isNotModified: ${name}`, () => {
    assert.equal(isNotModified(headers, resource), expected);
  });
}

it('createResource truncates Last-Modified to whole seconds and gives encodings distinct ETags', () => {
  assert.equal(resource.lastModified.toISOString(), '2026-03-14T09:30:00.000Z');
  assert.notEqual(resource.etag, resource.gzipEtag);
  assert.match(resource.etag, /^"[\w-]+"$/);
});
