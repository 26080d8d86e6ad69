// Unit tests of the timeline's day arithmetic, checked against known days of 1403.
import { describe, expect, it } from 'vitest';
import {
  advance,
  clampToDomain,
  datasetTimeline,
  DEFAULT_SPEED,
  dayOfDomain,
  domainDays,
  eventSpans,
  eventStatusAt,
  gregorianMonthStarts,
  isoDay,
  jalaliMonthStarts,
  packRows,
  SPEEDS,
  timelineDomain,
  YEAR_1403,
  YEAR_1403_DAYS,
} from '../../../src/timeline/time-scale';
import { jalaliYearInterval } from '../../../src/i18n/jalali-period';
import { loadDataset } from '../../fixtures/default-model';

describe('YEAR_1403', () => {
  it('YEAR_1403 runs from 1 Farvardin (2024-03-20) to 30 Esfand (2025-03-20)', () => {
    expect(YEAR_1403).toEqual({ start: '2024-03-20', end: '2025-03-20' });
  });

  it('YEAR_1403_DAYS counts the 366 days of the leap year 1403', () => {
    expect(YEAR_1403_DAYS).toBe(366);
  });
});

describe('eventSpans', () => {
  it('eventSpans gives a summer-1403 event 2024-06-21..2024-09-21 at season precision', () => {
    expect(eventSpans([{ id: 'kaz', when: { year: 1403, season: 'summer' } }])).toEqual([
      { id: 'kaz', start: '2024-06-21', end: '2024-09-21', precision: 'season' },
    ]);
  });

  it('eventSpans narrows "early Bahman 1403" to its first third at month precision', () => {
    expect(eventSpans([{ id: 'sau', when: { year: 1403, month: 11, part: 'early' } }])).toEqual([
      { id: 'sau', start: '2025-01-20', end: '2025-01-29', precision: 'month' },
    ]);
  });

  it('eventSpans gives an event dated only by its year the whole of 1403', () => {
    expect(eventSpans([{ id: 'arm', when: { year: 1403 } }])).toEqual([
      { id: 'arm', start: '2024-03-20', end: '2025-03-20', precision: 'year' },
    ]);
  });

  it('eventSpans keeps the events in their given order', () => {
    const spans = eventSpans([
      { id: 'b', when: { year: 1403, season: 'winter' } },
      { id: 'a', when: { year: 1403, season: 'spring' } },
    ]);
    expect(spans.map((s) => s.id)).toEqual(['b', 'a']);
  });
});

describe('eventStatusAt', () => {
  it('eventStatusAt is future the day before the span starts', () => {
    expect(eventStatusAt({ start: '2024-06-21', end: '2024-09-21' }, '2024-06-20')).toBe('future');
  });

  it('eventStatusAt is active on the first day of the span', () => {
    expect(eventStatusAt({ start: '2024-06-21', end: '2024-09-21' }, '2024-06-21')).toBe('active');
  });

  it('eventStatusAt is active on the last day of the span', () => {
    expect(eventStatusAt({ start: '2024-06-21', end: '2024-09-21' }, '2024-09-21')).toBe('active');
  });

  it('eventStatusAt is past the day after the span ends', () => {
    expect(eventStatusAt({ start: '2024-06-21', end: '2024-09-21' }, '2024-09-22')).toBe('past');
  });

  it('eventStatusAt is active on the only day of a one-day span', () => {
    expect(eventStatusAt({ start: '2025-01-20', end: '2025-01-20' }, '2025-01-20')).toBe('active');
  });
});

describe('advance(date, days, YEAR_1403)', () => {
  it('advance adds days across a Gregorian month end', () => {
    expect(advance('2025-01-30', 3, YEAR_1403)).toBe('2025-02-02');
  });

  it('advance subtracts days when the count is negative', () => {
    expect(advance('2025-01-20', -30, YEAR_1403)).toBe('2024-12-21');
  });

  it('advance stops at the last day of 1403', () => {
    expect(advance('2025-03-10', 30, YEAR_1403)).toBe('2025-03-20');
  });

  it('advance stops at the first day of 1403', () => {
    expect(advance('2024-03-25', -30, YEAR_1403)).toBe('2024-03-20');
  });

  it('advance reaches 30 Esfand, the leap day of 1403', () => {
    expect(advance('2025-03-19', 1, YEAR_1403)).toBe('2025-03-20');
  });

  it('advance drops the fraction of a day', () => {
    expect(advance('2024-06-01', 2.9, YEAR_1403)).toBe('2024-06-03');
  });

  it('advance throws a RangeError when the number of days is not finite', () => {
    expect(() => advance('2024-06-01', Number.NaN, YEAR_1403)).toThrow(RangeError);
  });
});

describe('clampToDomain(date, YEAR_1403)', () => {
  it('clampToDomain keeps a date within 1403 as it is', () => {
    expect(clampToDomain('2024-11-05', YEAR_1403)).toBe('2024-11-05');
  });

  it('clampToDomain moves a date before 1403 to 1 Farvardin', () => {
    expect(clampToDomain('2023-01-01', YEAR_1403)).toBe('2024-03-20');
  });

  it('clampToDomain moves a date after 1403 to 30 Esfand', () => {
    expect(clampToDomain('2025-03-21', YEAR_1403)).toBe('2025-03-20');
  });

  it('clampToDomain throws a RangeError for a date that does not exist', () => {
    expect(() => clampToDomain('2024-13-01', YEAR_1403)).toThrow(RangeError);
  });
});

describe('dayOfDomain(date, YEAR_1403) and isoDay', () => {
  it('dayOfDomain is 0 on 1 Farvardin 1403', () => {
    expect(dayOfDomain('2024-03-20', YEAR_1403)).toBe(0);
  });

  it('dayOfDomain is 365 on 30 Esfand 1403', () => {
    expect(dayOfDomain('2025-03-20', YEAR_1403)).toBe(365);
  });

  it('dayOfDomain is 306 on 1 Bahman 1403', () => {
    expect(dayOfDomain('2025-01-20', YEAR_1403)).toBe(306);
  });

  it('isoDay gives the UTC day of an instant late in that day', () => {
    expect(isoDay(new Date(Date.UTC(2025, 0, 20, 23, 59, 59)))).toBe('2025-01-20');
  });
});

describe('jalaliMonthStarts', () => {
  it('jalaliMonthStarts(1403) gives twelve first days of months', () => {
    expect(jalaliMonthStarts(1403)).toHaveLength(12);
  });

  it('jalaliMonthStarts(1403) starts on 1 Farvardin, 2024-03-20', () => {
    expect(jalaliMonthStarts(1403)[0]).toBe('2024-03-20');
  });

  it('jalaliMonthStarts(1403)[10] is 1 Bahman, 2025-01-20', () => {
    expect(jalaliMonthStarts(1403)[10]).toBe('2025-01-20');
  });

  it('jalaliMonthStarts(1403) ends on 1 Esfand, 2025-02-19', () => {
    expect(jalaliMonthStarts(1403)[11]).toBe('2025-02-19');
  });
});

describe('gregorianMonthStarts', () => {
  it('gregorianMonthStarts over 1403 starts on 2024-04-01', () => {
    expect(gregorianMonthStarts('2024-03-20', '2025-03-20')[0]).toBe('2024-04-01');
  });

  it('gregorianMonthStarts over 1403 has 12 entries, the last 2025-03-01', () => {
    const starts = gregorianMonthStarts('2024-03-20', '2025-03-20');
    expect([starts.length, starts.at(-1)]).toEqual([12, '2025-03-01']);
  });

  it('gregorianMonthStarts includes a range that starts on the 1st', () => {
    expect(gregorianMonthStarts('2024-04-01', '2024-05-01')).toEqual(['2024-04-01', '2024-05-01']);
  });

  it('gregorianMonthStarts is empty when the range ends before it starts', () => {
    expect(gregorianMonthStarts('2024-05-10', '2024-04-10')).toEqual([]);
  });
});

describe('packRows', () => {
  it('packRows puts two overlapping spans in different rows', () => {
    const rows = packRows([
      { start: '2024-06-21', end: '2024-09-21' },
      { start: '2024-09-01', end: '2024-10-01' },
    ]).map((s) => s.row);
    expect(rows).toEqual([0, 1]);
  });

  it('packRows reuses a row once the span in it has ended', () => {
    const rows = packRows([
      { start: '2024-06-21', end: '2024-09-21' },
      { start: '2024-06-21', end: '2024-09-21' },
      { start: '2024-09-22', end: '2024-10-21' },
    ]).map((s) => s.row);
    expect(rows).toEqual([0, 1, 0]);
  });

  it('packRows keeps spans that share only their end day apart', () => {
    const rows = packRows([
      { start: '2024-06-21', end: '2024-09-21' },
      { start: '2024-09-21', end: '2024-10-21' },
    ]).map((s) => s.row);
    expect(rows).toEqual([0, 1]);
  });

  it('packRows returns the spans in their given order, with their other fields', () => {
    const packed = packRows([
      { id: 'late', start: '2025-01-01', end: '2025-01-10' },
      { id: 'early', start: '2024-05-01', end: '2024-05-10' },
    ]);
    expect(packed).toEqual([
      { id: 'late', start: '2025-01-01', end: '2025-01-10', row: 0 },
      { id: 'early', start: '2024-05-01', end: '2024-05-10', row: 0 },
    ]);
  });
});

describe('SPEEDS', () => {
  it('SPEEDS offers 7, 14, 30 and 60 days per second', () => {
    expect(SPEEDS).toEqual([7, 14, 30, 60]);
  });

  it('DEFAULT_SPEED is one of the SPEEDS', () => {
    expect(SPEEDS).toContain(DEFAULT_SPEED);
  });
});

describe('timelineDomain(events)', () => {
  it('is the Jalali year 1403 for the default dataset and for no events', () => {
    expect(timelineDomain(loadDataset().events)).toEqual(YEAR_1403);
    expect(timelineDomain([])).toEqual(YEAR_1403);
  });

  it('spans the whole Jalali years of 2019–2021 meetings (1398–1400), not 1403', () => {
    const events = [
      { id: 'a', when: { year: 1398, month: 3 } }, // Khordad 1398: May–June 2019
      { id: 'b', when: { year: 1400, season: 'autumn' as const } }, // autumn 2021
      { id: 'c', when: { year: 1399 } },
    ];
    expect(timelineDomain(events)).toEqual({ start: '2019-03-21', end: '2022-03-20' });
  });

  it('ignores the events order and covers one year when every event is in it', () => {
    const events = [
      { id: 'late', when: { year: 1390, month: 12 } },
      { id: 'early', when: { year: 1390, month: 1 } },
    ];
    expect(timelineDomain(events)).toEqual(jalaliYearInterval(1390));
  });
});

describe('datasetTimeline(events) and domainDays(domain)', () => {
  it('datasetTimeline is the timelineDomain of a dataset with meetings (1403 for the default)', () => {
    expect(datasetTimeline(loadDataset().events)).toEqual(YEAR_1403);
  });

  it('datasetTimeline is null without meetings, so no year is shown that the data lacks', () => {
    expect(datasetTimeline([])).toBeNull();
  });

  it('domainDays counts 1398–1400 (2019-03-21 – 2022-03-20) as 1096 days, 1403 as 366', () => {
    expect(domainDays({ start: '2019-03-21', end: '2022-03-20' })).toBe(1096);
    expect(domainDays(YEAR_1403)).toBe(YEAR_1403_DAYS);
  });
});

describe('clamp, advance and day index over another domain (1398–1400)', () => {
  const DOMAIN = { start: '2019-03-21', end: '2022-03-20' };

  it('clampToDomain keeps a 2020 day and moves a 1403 day to the last day of 1400', () => {
    expect(clampToDomain('2020-07-01', DOMAIN)).toBe('2020-07-01');
    expect(clampToDomain('2024-11-05', DOMAIN)).toBe('2022-03-20');
  });

  it('advance crosses Jalali and Gregorian years within the domain and stops at its ends', () => {
    expect(advance('2019-12-25', 10, DOMAIN)).toBe('2020-01-04');
    expect(advance('2019-04-01', -30, DOMAIN)).toBe('2019-03-21');
    expect(advance('2022-03-01', 60, DOMAIN)).toBe('2022-03-20');
  });

  it('dayOfDomain counts from 1 Farvardin 1398: 1095 on the last day of 1400', () => {
    expect(dayOfDomain('2019-03-21', DOMAIN)).toBe(0);
    expect(dayOfDomain('2022-03-20', DOMAIN)).toBe(1095);
  });
});
