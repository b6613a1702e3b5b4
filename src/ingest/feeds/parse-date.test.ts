import assert from 'node:assert/strict';
import { it } from 'node:test';
import { parseDate } from './parse-date.ts';

const cases: [string, string | null][] = [
  ['Tue, 02 Jan 2024 10:00:00 GMT', '2024-01-02T10:00:00.000Z'],
  ['Tue, 02 Jan 2024 10:00 EST', '2024-01-02T15:00:00.000Z'],
  ['02 Jan 2024 10:00:00 +0530', '2024-01-02T04:30:00.000Z'],
  ['Tue, 2 Jan 24 10:00:00 PDT', '2024-01-02T17:00:00.000Z'],
  ['Tue, 02 Jan 2024 10:00:00 -0500 (EST)', '2024-01-02T15:00:00.000Z'],
  ['Tue, 02 Sept 2024 10:00:00 CEST', '2024-09-02T08:00:00.000Z'],
  ['Jan 2, 2024 10:00 GMT', '2024-01-02T10:00:00.000Z'],
  ['2024-01-02T03:04:05Z', '2024-01-02T03:04:05.000Z'],
  ['2024-01-02T03:04:05.123456+01:00', '2024-01-02T02:04:05.123Z'],
  ['2024-01-02T03:04Z', '2024-01-02T03:04:00.000Z'],
  ['2024-01-02 03:04:05 +0100', '2024-01-02T02:04:05.000Z'],
  ['2024-01-02', '2024-01-02T00:00:00.000Z'],
  ['2024-01', '2024-01-01T00:00:00.000Z'],
  ['2024', '2024-01-01T00:00:00.000Z'],
  ['2024-02-30', null],
  ['Mon, 01 Jan 2024 10:00:00 XYZ', null],
  ['yesterday', null],
];

it('parseDate normalises feed dates to UTC ISO 8601', () => {
  for (const [raw, iso] of cases) assert.equal(parseDate(raw).iso, iso, raw);
});

it('parseDate flags missing zones and unparseable input', () => {
  assert.match(parseDate('2024-01-02T03:04:05').problem ?? '', /no time zone/);
  assert.equal(parseDate('2024-01-02T03:04:05').iso, '2024-01-02T03:04:05.000Z');
  assert.match(parseDate('nonsense').problem ?? '', /unparseable/);
  assert.deepEqual(parseDate(undefined), { iso: null, problem: null });
  assert.equal(parseDate('2024-01-02T03:04:05Z').problem, null);
});
