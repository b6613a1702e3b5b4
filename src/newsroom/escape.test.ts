import assert from 'node:assert/strict';
import { it } from 'node:test';
import { cdata, escapeXml } from './escape.ts';

it('escapeXml escapes markup characters and drops characters XML forbids', () => {
  assert.equal(escapeXml(`AT&T <b>"x" 'y'</b>`), 'AT&amp;T &lt;b&gt;&quot;x&quot; &#39;y&#39;&lt;/b&gt;');
  assert.equal(escapeXml('a\u0000b\u0008c\td\ne\uFFFE'), 'abc\td\ne');
  assert.equal(escapeXml('Ivanti’s “fix” – done'), 'Ivanti’s “fix” – done');
});

it('cdata splits a section terminator so it cannot close the section early', () => {
  assert.equal(cdata('a]]>b'), '<![CDATA[a]]]]><![CDATA[>b]]>');
  assert.equal(cdata('<p>x</p>'), '<![CDATA[<p>x</p>]]>');
});
