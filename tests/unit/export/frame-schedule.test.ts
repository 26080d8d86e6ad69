// Unit tests of the video frame schedule: a fixed clock stepped frame by frame.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DURATION_S,
  frameSchedule,
  LOOP_PERIOD_S,
} from '../../../src/export/frame-schedule';
import { clockAt } from '../../../src/layers/flow';

describe('frameSchedule', () => {
  it('frameSchedule(2, 10) has 20 frames of 0.1 s from 0 to 1.9 s', () => {
    const frames = frameSchedule(2, 10);
    expect(frames).toHaveLength(20);
    expect(frames[0]).toEqual({ index: 0, timestamp: 0, duration: 0.1, clockSeconds: 0 });
    expect(frames[19]?.timestamp).toBeCloseTo(1.9, 12);
  });

  it('frameSchedule computes each timestamp from its index, so 6 s at 30 fps does not drift', () => {
    const frames = frameSchedule(6, 30);
    expect(frames).toHaveLength(180);
    expect(frames[179]?.timestamp).toBe(179 / 30);
    const end = (frames[179]?.timestamp ?? 0) + (frames[179]?.duration ?? 0);
    expect(end).toBeCloseTo(6, 12);
  });

  it('frameSchedule gives no frames for a zero length or rate', () => {
    expect(frameSchedule(0, 30)).toEqual([]);
    expect(frameSchedule(2, 0)).toEqual([]);
  });

  it('the default duration is a whole number of animation loops, so the video loops seamlessly', () => {
    expect(LOOP_PERIOD_S).toBe(2);
    expect(DEFAULT_DURATION_S % LOOP_PERIOD_S).toBe(0);
    expect(clockAt(DEFAULT_DURATION_S)).toEqual(clockAt(0));
  });
});
