// The targets: each measured figure against its limit, met, not met, or not measurable here.
import { fmt, MB } from './format.mjs';
import { ratio } from '../stats.mjs';

/**
 * The targets of bench/README.md against `results` (the summaries, soak, scale, machine and options):
 * `{ name, value, limit, met, note }` each, `met` true, false, or null when not measurable here.
 */
export function targetsOf(results) {
  const { app, baseline } = results.default;
  const largest = results.scale.at(-1);
  const targets = [];
  /** `met`: true, false, or null when this run could not measure it (the note says why). */
  const add = (name, value, limit, met, note = '') =>
    targets.push({ name, value, limit, met, note });
  const r = (a, b) => ratio(a, b);
  const within = (x) => (x === null ? null : x <= 1.1);
  const ttffCold = r(app.coldReadyMs, baseline.coldReadyMs);
  const ttffWarm = r(app.warmReadyMs, baseline.warmReadyMs);
  add('first complete frame, cold, app/baseline', fmt.ratio(ttffCold), '≤ 1.10×', within(ttffCold));
  add('first complete frame, warm, app/baseline', fmt.ratio(ttffWarm), '≤ 1.10×', within(ttffWarm));
  const perFrame = r(app.scriptMsPerFrame, baseline.scriptMsPerFrame);
  add(
    'main-thread JS per frame (animating), app/baseline',
    fmt.ratio(perFrame),
    '≤ 1.10×',
    within(perFrame),
  );
  const js = r(app.jsGzip, baseline.jsGzip);
  add(
    'initial JavaScript (gzip), app/baseline',
    `${fmt.ratio(js)} (raw ${fmt.ratio(r(app.jsRaw, baseline.jsRaw))})`,
    '≤ 1.10×',
    within(js),
  );
  const measuredRuns = app.runs - app.failed;
  add(
    'long tasks > 50 ms after the first frame, default view (app, all runs)',
    measuredRuns > 0
      ? `${app.afterReadyLongTasks.length} in ${measuredRuns} run(s) (longest ${fmt.longest(app)})`
      : 'not measured',
    '0',
    measuredRuns > 0 ? app.afterReadyLongTasks.length === 0 : null,
  );
  const soakApp = results.soak?.app;
  add(
    `heap growth over the soak (app, ${Math.round(soakApp?.seconds ?? results.options.soakSeconds)} s)`,
    soakApp?.ok
      ? fmt.mb(soakApp.growth)
      : `not measured${soakApp?.error ? `: ${soakApp.error}` : ''}`,
    '< 2 MB',
    soakApp?.ok ? soakApp.growth < 2 * MB : null,
    results.options.soakSeconds < 600 ? 'shorter than the 10-minute soak (--soak=600)' : '',
  );
  const lighthouse = results.lighthouse?.app;
  if (lighthouse) {
    const seconds = (x) => (x === null ? 'not measured' : `${(x / 1000).toFixed(2)} s`);
    const at = (x, limit) => (x === null ? null : x <= limit);
    add(
      'Lighthouse mobile: first contentful paint',
      seconds(lighthouse.fcpMs),
      '≤ 1.8 s',
      at(lighthouse.fcpMs, 1800),
    );
    add(
      'Lighthouse mobile: largest contentful paint',
      seconds(lighthouse.lcpMs),
      '≤ 2.5 s',
      at(lighthouse.lcpMs, 2500),
    );
    add(
      'Lighthouse mobile: total blocking time',
      fmt.ms(lighthouse.tbtMs),
      '≤ 300 ms',
      at(lighthouse.tbtMs, 300),
    );
    add(
      'Lighthouse mobile: cumulative layout shift',
      lighthouse.cls === null ? 'not measured' : lighthouse.cls.toFixed(3),
      '≤ 0.1',
      at(lighthouse.cls, 0.1),
    );
    add(
      'Lighthouse mobile: performance score',
      lighthouse.score === null ? 'not measured' : lighthouse.score.toFixed(2),
      '≥ 0.8',
      lighthouse.score === null ? null : lighthouse.score >= 0.8,
    );
  }
  if (largest) {
    const a = largest.app;
    const b = largest.baseline;
    const n = largest.corridors.toLocaleString('en');
    const frames = a.framesInWindow ?? 0;
    const baseFrames = b.framesInWindow ?? 0;
    const started = a.runs > a.failed && a.coldReadyMs !== null;
    // Animating: 2 frames in the window. Where the baseline (the same corridors in one TripsLayer, on
    // the same GPU) did not get 2 frames either, the GPU is the limit, not the app: not measurable.
    const blocked = a.blockedAfterReady > 0;
    const animates =
      !started || blocked ? false : frames >= 2 ? true : baseFrames >= 2 ? false : null;
    const gpu = `frames drawn per second: app ${fmt.drawn(a)}, baseline ${fmt.drawn(b)}; GPU behind by ${fmt.lag(a)} / ${fmt.lag(b)}`;
    add(
      `${n} corridors: app starts and animates`,
      !started
        ? `no${a.errors[0] ? `: ${a.errors[0]}` : ''}`
        : blocked
          ? `starts (${fmt.ms(a.coldReadyMs)}), then its main thread is blocked for ≥ ${fmt.ms(a.afterReadyLongTaskMaxMs)} (baseline: ${baseFrames} frame(s), ${b.blockedAfterReady ? 'blocked too' : 'answering'})`
          : `starts (${fmt.ms(a.coldReadyMs)}); ${frames} frame(s) in ${fmt.n(a.windowSeconds)} s (baseline ${baseFrames})`,
      'starts, ≥ 2 frames',
      animates,
      blocked
        ? `the page stopped answering after its first frame: a synchronous call (e.g. a WebGL read-back or link-status query) waiting on a GPU that is far behind; ${gpu}`
        : animates === null
          ? `the baseline got fewer than 2 frames as well: the GPU (${results.machine.renderer?.includes('SwiftShader') ? 'software WebGL' : 'this GPU'}) is the limit; ${gpu}`
          : gpu,
    );
    const measurable = !blocked && frames >= 2 && baseFrames >= 2;
    const pf = measurable ? r(a.scriptMsPerFrame, b.scriptMsPerFrame) : null;
    add(
      `${n} corridors: JS per frame, app/baseline`,
      blocked
        ? `no frames: main thread blocked ≥ ${fmt.ms(a.afterReadyLongTaskMaxMs)}`
        : measurable
          ? fmt.ratio(pf)
          : 'fewer than 2 frames in a window',
      '≤ 1.10×',
      blocked ? false : measurable ? within(pf) : null,
      blocked || measurable
        ? ''
        : `JS per second of animation instead: ${fmt.ratio(r(a.scriptMsPerSecond, b.scriptMsPerSecond))} ` +
            `(${fmt.ms(a.scriptMsPerSecond)} / ${fmt.ms(b.scriptMsPerSecond)}); a longer --scale-window or a GPU (--angle) measures it`,
    );
  }
  return targets;
}
