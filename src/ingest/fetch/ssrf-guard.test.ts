import assert from 'node:assert/strict';
import { it } from 'node:test';
import { isBlockedAddress } from './ssrf-guard.ts';

it('isBlockedAddress classifies addresses', () => {
  const blocked = [
    '127.0.0.1',
    '10.0.0.1',
    '172.16.5.4',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    'fc12::3',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    'not-an-ip',
  ];
  const allowed = [
    '93.184.216.34',
    '8.8.8.8',
    '172.32.0.1',
    '100.128.0.1',
    '2606:4700::1111',
    '::ffff:8.8.8.8',
  ];
  for (const ip of blocked) assert.equal(isBlockedAddress(ip), true, ip);
  for (const ip of allowed) assert.equal(isBlockedAddress(ip), false, ip);
});
