import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectBoilerplate } from './detect-boilerplate.ts';

const found = (text: string) => detectBoilerplate(text).map((span) => text.slice(span.start, span.end));

test('detectBoilerplate finds aggregator, sign-up, share, read-more and cookie lines', () => {
  const text = [
    'China denied the accusations.',
    'Source link',
    '  Sign up for our daily Cyber Security Analysis and Threat Intelligence news.  ',
    'Subscribe to our newsletter',
    'Share this article',
    'Read more: Ransomware hits hospitals',
    'We use cookies to improve your experience. By continuing you accept our cookie policy.',
  ].join('\n');
  assert.deepEqual(found(text), [
    'Source link',
    'Sign up for our daily Cyber Security Analysis and Threat Intelligence news.',
    'Subscribe to our newsletter',
    'Share this article',
    'Read more: Ransomware hits hospitals',
    'We use cookies to improve your experience. By continuing you accept our cookie policy.',
  ]);
});

test('detectBoilerplate leaves content lines alone', () => {
  const text = [
    'The malware steals browser cookies and session tokens.',
    'Researchers recommended patching immediately.',
    'Share prices of the company fell after the breach.',
  ].join('\n');
  assert.deepEqual(found(text), []);
});
