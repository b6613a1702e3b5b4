import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findIndicators } from './find-indicators.ts';

const ids = (text: string, url?: string) => findIndicators(text, url).candidates.map((c) => c.id);

test('indicators are refanged and keep the defanged text as evidence', () => {
  const text = 'C2 at hxxp://evil-cdn[.]com/gate.php, backup 45.77.12[.]9 and mail to ops[@]bad-actor[.]ru.';
  const { candidates } = findIndicators(text);
  assert.deepEqual(
    candidates.map((c) => c.id),
    [
      'indicator:url:http://evil-cdn.com/gate.php',
      'indicator:ipv4:45.77.12.9',
      'indicator:email:ops@bad-actor.ru',
    ],
  );
  for (const candidate of candidates)
    assert.equal(text.slice(candidate.start, candidate.end).includes('['), true);
  assert.equal(candidates[0]!.type, 'url');
});

test('hashes and plain domains are typed; file names are not domains', () => {
  const sha256 = `${'a'.repeat(63)}b`;
  assert.deepEqual(ids(`Dropped ${sha256} from update-check.net; opened invoice.zip and setup.exe.`), [
    `indicator:sha256:${sha256}`,
    'indicator:domain:update-check.net',
  ]);
  assert.deepEqual(ids('md5 D41D8CD98F00B204E9800998ECF8427F seen.'), [
    'indicator:md5:d41d8cd98f00b204e9800998ecf8427f',
  ]);
});

test('benign values are filtered: documentation and private ranges, example domains, vendors, the outlet', () => {
  const text =
    'Ignore 192.0.2.10, 198.51.100.7, 203.0.113.7, 10.0.0.1, 192.168.1.1, 127.0.0.1, example.com, ' +
    'www.example.org, https://learn.microsoft.com/advisory, news.outlet-daily.com and report.test.';
  assert.deepEqual(ids(text, 'https://www.outlet-daily.com/2024/story'), []);
  assert.ok(findIndicators(text).blocked.length >= 9);
  assert.deepEqual(ids('Real one: 8.8.4.4.'), ['indicator:ipv4:8.8.4.4']);
});

test('version numbers, product variants and asp.net are not indicators; bare address URLs and .bit domains are', () => {
  assert.deepEqual(ids('Quasar 1.2.0.0 and Downeks.NET built on asp.net and Agent.BTZ.'), []);
  assert.deepEqual(ids('Beacons to 45.77.12.9:8080/gate.php and ponedobla.bit daily.'), [
    'indicator:url:45.77.12.9:8080/gate.php',
    'indicator:domain:ponedobla.bit',
  ]);
});

test('dotted-quad version numbers after a version cue are not addresses; addresses elsewhere still are', () => {
  assert.deepEqual(ids('Versions 12.4.0.1 and 12.4.0.3 are affected; fixed in 12.4.0.4.'), []);
  assert.deepEqual(ids('Upgrade to firmware 1.0.0.12 or later.'), []);
  assert.deepEqual(ids('The fixed versions are EPMM 12.5.0.2, 12.4.0.3 and 12.3.0.4.'), []);
  assert.deepEqual(ids('Before the attackers moved to 45.77.12.9 they scanned.'), [
    'indicator:ipv4:45.77.12.9',
  ]);
  assert.deepEqual(ids('The implant beacons to 45.77.12.9 every minute.'), ['indicator:ipv4:45.77.12.9']);
  // Defanged, it is an indicator whatever precedes it.
  assert.deepEqual(ids('Versions 45.77.12[.]9 of the C2 list.'), ['indicator:ipv4:45.77.12.9']);
});
