// Unit tests of one playback tick: days carried, moved on within the domain, stopped at its end.
import { describe, expect, it } from 'vitest';
import { playbackTick } from '../../../src/timeline/playback';
import { YEAR_1403 } from '../../../src/timeline/time-scale';

describe('playbackTick(time, carry, speed, tickMs, domain)', () => {
  it('carries a fraction of a day and moves on by whole days', () => {
    expect(playbackTick('2024-03-20', 0.5, 14, 100, YEAR_1403)).toEqual({
      time: '2024-03-21',
      carry: expect.closeTo(0.9, 9) as number,
      stop: false,
    });
  });

  it("stops at the last day of 1403 for the default dataset's timeline", () => {
    expect(playbackTick('2025-03-18', 0, 60, 100, YEAR_1403)).toMatchObject({
      time: '2025-03-20',
      stop: true,
    });
  });

  it('plays on past 2024 over a 2019–2022 domain and stops at its own last day', () => {
    const domain = { start: '2019-03-21', end: '2022-03-20' };
    expect(playbackTick('2020-03-19', 0, 30, 100, domain)).toMatchObject({
      time: '2020-03-22',
      stop: false,
    });
    expect(playbackTick('2022-03-19', 0, 30, 100, domain)).toMatchObject({
      time: '2022-03-20',
      stop: true,
    });
  });
});
