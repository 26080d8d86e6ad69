import { describe, expect, it } from 'vitest';
import { maybeIsoDate, parseIsoDate } from '../../../src/i18n/iso-date';

describe('maybeIsoDate', () => {
  it('maybeIsoDate accepts 29 February of a leap year', () => {
    expect(maybeIsoDate('2024-02-29')).toBe('2024-02-29');
  });

  it('maybeIsoDate rejects 30 February', () => {
    expect(maybeIsoDate('2024-02-30')).toBeNull();
  });

  it('maybeIsoDate rejects a month and day without leading zeros', () => {
    expect(maybeIsoDate('2024-2-3')).toBeNull();
  });

  it('maybeIsoDate rejects text that is not a date', () => {
    expect(maybeIsoDate('x')).toBeNull();
  });

  it('maybeIsoDate rejects a date with a time', () => {
    expect(maybeIsoDate('2024-06-01T00:00:00Z')).toBeNull();
  });

  it('maybeIsoDate rejects a missing parameter (null)', () => {
    expect(maybeIsoDate(null)).toBeNull();
  });
});

describe('parseIsoDate', () => {
  it('parseIsoDate reads a day as midnight UTC', () => {
    expect(parseIsoDate('2025-01-20').toISOString()).toBe('2025-01-20T00:00:00.000Z');
  });

  it('parseIsoDate throws a RangeError for a day that does not exist', () => {
    expect(() => parseIsoDate('2025-02-29')).toThrow(RangeError);
  });
});
