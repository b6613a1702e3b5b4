import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, dayRange, isIsoDate, localDate, localDateTime, zonedDayRange } from './time.ts';

describe('localDate', () => {
  const cases: Array<[string, string, string]> = [
    ['2026-01-02T23:30:00Z', 'UTC', '2026-01-02'],
    ['2026-01-02T23:30:00Z', 'Europe/London', '2026-01-02'],
    ['2026-07-02T23:30:00Z', 'Europe/London', '2026-07-03'],
    ['2026-01-03T03:00:00Z', 'America/New_York', '2026-01-02'],
    ['2026-01-02T15:00:00Z', 'Pacific/Kiritimati', '2026-01-03'],
    ['2026-01-02T10:00:00Z', 'Pacific/Pago_Pago', '2026-01-01'],
  ];
  for (const [instant, zone, expected] of cases) {
    it(`${instant} in ${zone} is ${expected}`, () =>
      assert.equal(localDate(new Date(instant), zone), expected));
  }
});

describe('zonedDayRange', () => {
  const cases: Array<[string, string, string, string, number]> = [
    ['2026-01-02', 'UTC', '2026-01-02T00:00:00.000Z', '2026-01-03T00:00:00.000Z', 24],
    ['2026-01-02', 'Europe/London', '2026-01-02T00:00:00.000Z', '2026-01-03T00:00:00.000Z', 24],
    ['2026-07-02', 'Europe/London', '2026-07-01T23:00:00.000Z', '2026-07-02T23:00:00.000Z', 24],
    // Clocks go forward at 01:00 GMT on the last Sunday of March, back on the last Sunday of October.
    ['2026-03-29', 'Europe/London', '2026-03-29T00:00:00.000Z', '2026-03-29T23:00:00.000Z', 23],
    ['2026-10-25', 'Europe/London', '2026-10-24T23:00:00.000Z', '2026-10-26T00:00:00.000Z', 25],
    // US: second Sunday of March, first Sunday of November, at 02:00 local.
    ['2026-03-08', 'America/New_York', '2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z', 23],
    ['2026-11-01', 'America/New_York', '2026-11-01T04:00:00.000Z', '2026-11-02T05:00:00.000Z', 25],
    ['2026-01-02', 'Asia/Kolkata', '2026-01-01T18:30:00.000Z', '2026-01-02T18:30:00.000Z', 24],
    // Samoa skipped 30 December 2011 entirely: the 29th ran into the 31st.
    ['2011-12-29', 'Pacific/Apia', '2011-12-29T10:00:00.000Z', '2011-12-30T10:00:00.000Z', 24],
    // Midnight in a DST gap: Santiago springs forward at 00:00 -> 01:00, so the day starts at 01:00 local.
    ['2026-09-06', 'America/Santiago', '2026-09-06T04:00:00.000Z', '2026-09-07T03:00:00.000Z', 23],
  ];
  for (const [date, zone, from, to, hours] of cases) {
    it(`${date} in ${zone} runs ${hours}h`, () => {
      const range = zonedDayRange(date, zone);
      assert.deepEqual(range, { from, to });
      assert.equal((Date.parse(range.to) - Date.parse(range.from)) / 3_600_000, hours);
      assert.equal(localDate(new Date(range.from), zone), date);
      assert.notEqual(localDate(new Date(Date.parse(range.from) - 1), zone), date);
    });
  }

  it('rejects malformed dates and unknown zones', () => {
    assert.throws(() => zonedDayRange('2026-13-01', 'UTC'), /not an ISO date/);
    assert.throws(() => zonedDayRange('2026-01-01', 'Mars/Olympus'), RangeError);
  });
});

describe('isIsoDate and addDays', () => {
  const cases: Array<[string, boolean]> = [
    ['2026-01-02', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-1-2', false],
    ['2026-01-02T00:00:00Z', false],
    ['', false],
    ['abcd-ef-gh', false],
  ];
  for (const [input, expected] of cases)
    it(`${JSON.stringify(input)} -> ${expected}`, () => assert.equal(isIsoDate(input), expected));

  it('adds days across months and years', () => {
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
  });

  it('lists consecutive days from a date, as addDays counts them', () => {
    assert.deepEqual(dayRange('2024-02-28', 3), ['2024-02-28', '2024-02-29', '2024-03-01']);
    const from = '2026-12-20';
    assert.deepEqual(
      dayRange(from, 20),
      Array.from({ length: 20 }, (_, i) => addDays(from, i)),
    );
    assert.deepEqual(dayRange(from, 0), []);
    assert.throws(() => dayRange('2026-02-30', 2), /not an ISO date/);
  });
});

describe('localDateTime', () => {
  it('shows wall-clock time in the zone, 24-hour', () => {
    assert.equal(localDateTime(new Date('2026-07-02T23:05:00Z'), 'Europe/London'), '2026-07-03 00:05');
    assert.equal(localDateTime(new Date('2026-01-02T13:05:00Z'), 'America/New_York'), '2026-01-02 08:05');
  });
});
