// Unit tests of the bench's statistics: medians, ratios, the soak's fitted slope and the per-page summary.
import { describe, expect, it } from 'vitest';
import { leastSquaresSlope, median, ratio, summarise } from '../../../bench/stats.mjs';

/** A run that reached its first frame, with the figures a test gives it. */
function okRun(figures: Record<string, unknown>): Record<string, unknown> {
  return { ok: true, errors: [], interaction: {}, notFound: [], ...figures };
}

/** The long tasks of a window, as the bench records them. */
function longTasks(...durations: number[]) {
  return {
    count: durations.length,
    maxMs: Math.max(0, ...durations),
    totalMs: durations.reduce((s, d) => s + d, 0),
    list: durations.map((durationMs, i) => ({ startMs: 1000 + i * 100, durationMs })),
  };
}

describe('median', () => {
  it('median(values) is the middle value of an odd count', () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it('median(values) is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('median(values) leaves out null, undefined, NaN, infinities and non-numbers', () => {
    expect(median([null, 7, undefined, Number.NaN, Infinity, '9', 1])).toBe(4);
  });

  it('median(values) is null when no value is a finite number', () => {
    expect(median([])).toBeNull();
    expect(median([null, Number.NaN])).toBeNull();
  });

  it('median(values) sorts numerically, not as text', () => {
    expect(median([10, 9, 100])).toBe(10);
  });

  it('median(values) leaves its input in its order', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('ratio', () => {
  it('ratio(a, b) is a / b', () => {
    expect(ratio(110, 100)).toBeCloseTo(1.1, 12);
  });

  it('ratio(a, b) is null when either figure is missing or b is 0', () => {
    expect(ratio(null, 100)).toBeNull();
    expect(ratio(100, null)).toBeNull();
    expect(ratio(100, 0)).toBeNull();
  });

  it('ratio(0, b) is 0', () => {
    expect(ratio(0, 5)).toBe(0);
  });
});

describe('leastSquaresSlope', () => {
  it('leastSquaresSlope(xs, ys) is the slope of points on a line', () => {
    expect(leastSquaresSlope([0, 10, 20, 30], [100, 120, 140, 160])).toBeCloseTo(2, 12);
  });

  it('leastSquaresSlope(xs, ys) fits scattered points by least squares', () => {
    // By hand: mean x 1.5, mean y 2.5, Sxy 6, Sxx 5.
    expect(leastSquaresSlope([0, 1, 2, 3], [1, 2, 2, 5])).toBeCloseTo(1.2, 12);
  });

  it('leastSquaresSlope(xs, ys) is less swayed by one outlying sample than last − first', () => {
    const xs = [0, 1, 2, 3, 4, 5, 6];
    const ys = [0, 0, 0, 0, 0, 0, 6];
    expect(leastSquaresSlope(xs, ys)).toBeLessThan((ys[6]! - ys[0]!) / 6);
  });

  it('leastSquaresSlope(xs, ys) is 0 when every x is the same', () => {
    expect(leastSquaresSlope([2, 2, 2], [1, 5, 9])).toBe(0);
  });
});

describe('summarise', () => {
  it('summarise(runs) takes the median of each figure over the runs that reached their first frame', () => {
    const summary = summarise([
      okRun({ coldReadyMs: 900, warmReadyMs: 400 }),
      okRun({ coldReadyMs: 1100, warmReadyMs: 600 }),
      okRun({ coldReadyMs: 1000, warmReadyMs: 500 }),
    ]);
    expect(summary.coldReadyMs).toBe(1000);
    expect(summary.warmReadyMs).toBe(500);
  });

  it('summarise(runs) counts failed runs and keeps their errors, without their figures', () => {
    const summary = summarise([
      okRun({ coldReadyMs: 900 }),
      { ok: false, error: 'stopped after 240 s', coldReadyMs: 99_999 },
    ]);
    expect(summary.runs).toBe(2);
    expect(summary.failed).toBe(1);
    expect(summary.errors).toEqual(['stopped after 240 s']);
    expect(summary.coldReadyMs).toBe(900);
  });

  it('summarise(runs) gives null figures when no run reached its first frame', () => {
    const summary = summarise([{ ok: false, error: 'x' }]);
    expect(summary.coldReadyMs).toBeNull();
    expect(summary.scriptMsPerFrame).toBeNull();
    expect(summary.afterReadyLongTaskMaxMs).toBeNull();
  });

  it('summarise(runs) gives JS per second of the steady window from its script time and length', () => {
    const idle = { scriptMs: 300, seconds: 3, frames: 6, scriptMsPerFrame: 50 };
    const summary = summarise([okRun({ idle })]);
    expect(summary.scriptMsPerSecond).toBe(100);
    expect(summary.scriptMsPerFrame).toBe(50);
  });

  it('summarise(runs) lists every long task after the first frame, of all runs, and the longest', () => {
    const summary = summarise([
      okRun({ afterReadyLongTasks: longTasks(60) }),
      okRun({ afterReadyLongTasks: longTasks(120, 80) }),
    ]);
    expect(summary.afterReadyLongTasks.map((t) => t.durationMs)).toEqual([60, 120, 80]);
    expect(summary.afterReadyLongTaskMaxMs).toBe(120);
  });

  it('summarise(runs) takes the longest task of an interaction from any run, the count as a median', () => {
    const camera = (...durations: number[]) => ({
      scriptMsPerFrame: 2,
      scriptMs: 10,
      frames: 5,
      fps: 20,
      longTasks: longTasks(...durations),
    });
    const summary = summarise([
      okRun({ interaction: { camera: camera() } }),
      okRun({ interaction: { camera: camera(70) } }),
      okRun({ interaction: { camera: camera(200, 60) } }),
    ]);
    expect(summary.interaction.camera?.longTaskCount).toBe(1);
    expect(summary.interaction.camera?.longTaskMaxMs).toBe(200);
    expect(summary.interaction.camera?.stuck).toBe(false);
    expect(summary.interaction.country).toBeUndefined();
  });

  it('summarise(runs) gives a drawn rate bound only when some run has a bound and no rate', () => {
    const bounded = summarise([okRun({ drawnFps: null, drawnFpsAtMost: 0.5 })]);
    const measured = summarise([okRun({ drawnFps: 2, drawnFpsAtMost: null })]);
    expect(bounded.drawnFpsAtMost).toBe(0.5);
    expect(measured.drawnFpsAtMost).toBeNull();
  });

  it('summarise(runs) counts the runs blocked after their first frame and says why', () => {
    const summary = summarise([
      okRun({ coldStuck: 'state: no answer from the page for 30 s' }),
      okRun({}),
    ]);
    expect(summary.blockedAfterReady).toBe(1);
    expect(summary.blockedWhy).toBe('state: no answer from the page for 30 s');
  });

  it('summarise(runs) lists each path not found once', () => {
    const summary = summarise([
      okRun({ notFound: ['/favicon.ico'] }),
      { ok: false, notFound: ['/favicon.ico', '/x.json'] },
    ]);
    expect(summary.notFound).toEqual(['/favicon.ico', '/x.json']);
  });
});
