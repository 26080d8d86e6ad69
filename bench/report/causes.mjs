// The measured causes of the misses, in plain words, from the figures (bytes per chunk, profiles, long tasks).
import { fmt, MB } from './format.mjs';
import { ratio } from '../stats.mjs';

/** The first five `items` of a profile's top list: "name 12 ms" (or ms per frame, with `key` 'f'). */
const list = (items, key = 'ms', f = fmt.ms) =>
  (items ?? [])
    .slice(0, 5)
    .map((x) => `${x.name} ${key === 'ms' ? f(x.ms) : fmt.ms2(x.msPerFrame)}`)
    .join(', ');

/** "start: duration (top functions)" for the long tasks a profiled phase saw. */
const tasksText = (tasks) =>
  (tasks ?? [])
    .slice(0, 4)
    .map(
      (t) =>
        `${t.startMs} ms: ${t.durationMs} ms (${(t.functions ?? [])
          .slice(0, 3)
          .map((f) => `${f.name} ${fmt.ms(f.ms)}`)
          .join(', ')})`,
    )
    .join('; ');

/** Plain-words causes of the misses, from the measured figures (bytes per chunk, profiles, long tasks). */
export function causesOf(results) {
  const { app, baseline, baselineHalos } = results.default;
  const causes = [];
  const targets = Object.fromEntries(results.targets.map((t) => [t.name.split(',')[0], t]));
  const gz = (list, name) => list.find((f) => f.chunk === name)?.gzip ?? 0;
  const jsChunks = [...new Set([...app.bytes, ...baseline.bytes].map((f) => f.chunk))].filter((c) =>
    /\.m?js$/.test(c),
  );
  const extra = jsChunks
    .map((c) => ({ c, d: gz(app.bytes, c) - gz(baseline.bytes, c) }))
    .filter((x) => x.d > 512)
    .sort((x, y) => y.d - x.d);
  if (targets['initial JavaScript (gzip)']?.met !== true && extra.length > 0) {
    causes.push(
      `Extra initial JavaScript (gzip): ${extra
        .map((x) => `${x.c} +${fmt.kb(x.d)}`)
        .join(
          ', ',
        )}; total +${fmt.kb(app.jsGzip - baseline.jsGzip)} over the baseline's ${fmt.kb(baseline.jsGzip)}.`,
    );
  }
  const p = results.profile;
  if (p?.app?.startup && results.targets[0]?.met !== true) {
    causes.push(
      `First frame: the app's main thread ran ${fmt.ms(app.startupScriptMs)} of JavaScript before its first ` +
        `frame against the baseline's ${fmt.ms(baseline.startupScriptMs)}; by chunk (self time, profiled run): app ` +
        `${list(p.app.startup.chunks)}; baseline ${list(p.baseline?.startup?.chunks)}. ` +
        `Top app functions: ${list(p.app.startup.functions)}.`,
    );
  }
  if (targets['main-thread JS per frame (animating)']?.met !== true) {
    // Measured, not profiled: how much of the gap a bare page pays as well for the app's second layer.
    causes.push(
      `JS per frame: app ${fmt.ms2(app.scriptMsPerFrame)}, baseline ${fmt.ms2(baseline.scriptMsPerFrame)}, ` +
        `baseline with the app's halo layer ${fmt.ms2(baselineHalos.scriptMsPerFrame)}; ` +
        `app/(baseline + halos) ${fmt.ratio(ratio(app.scriptMsPerFrame, baselineHalos.scriptMsPerFrame))}.`,
    );
  }
  if (p?.app?.animation && targets['main-thread JS per frame (animating)']?.met !== true) {
    causes.push(
      `JS per frame: by chunk (self time per frame, profiled run): app ${list(p.app.animation.chunks, 'f')}; ` +
        `baseline ${list(p.baseline?.animation?.chunks, 'f')}. Top app functions: ${list(p.app.animation.functions, 'f')}.`,
    );
  }
  if (app.afterReadyLongTasks.length > 0) {
    const profiled = p?.app?.animation?.longTasks ?? [];
    causes.push(
      `Long tasks after the first frame (app; ms after navigation: duration): ${app.afterReadyLongTasks
        .slice(0, 8)
        .map((t) => `${t.startMs}: ${t.durationMs}`)
        .join('; ')}; the baseline had ${baseline.afterReadyLongTasks.length} in the same window` +
        (profiled.length > 0
          ? `. In the profiled run, what ran in them: ${tasksText(profiled)}.`
          : p?.app?.animation
            ? ' (none in the profiled run).'
            : ' (no profile pass in this run).'),
    );
  }
  const labels = {
    country: 'Open a country',
    language: 'Switch language',
    camera: 'Move the camera',
  };
  for (const [phase, label] of Object.entries(labels)) {
    const a = app.interaction[phase];
    const b = baseline.interaction[phase];
    const profiled = p?.app?.[phase];
    if (!a || !profiled?.functions) continue;
    const slower = b ? (ratio(a.scriptMsPerFrame, b.scriptMsPerFrame) ?? 0) > 1.1 : false;
    if (!(a.longTaskCount > 0 || a.stuck || slower)) continue;
    causes.push(
      `${label}: ${fmt.ms2(a.scriptMsPerFrame)} JS per frame${b ? ` (baseline ${fmt.ms2(b.scriptMsPerFrame)})` : ''}, ` +
        `long tasks up to ${fmt.ms(a.longTaskMaxMs)}. Profiled run, self time: by chunk ${list(profiled.chunks)}; ` +
        `top functions ${list(profiled.functions)}` +
        (profiled.longTasks?.length
          ? `; in its long tasks: ${tasksText(profiled.longTasks)}.`
          : '.'),
    );
  }
  const s = results.soak;
  if (s?.app?.ok && s.app.growth >= 2 * MB) {
    causes.push(
      `Heap samples during the soak (s: MB): app ${s.app.samples.map((x) => `${x.s}: ${(x.heap / MB).toFixed(2)}`).join(', ')}; ` +
        `baseline ${s.baseline?.samples?.map((x) => `${x.s}: ${(x.heap / MB).toFixed(2)}`).join(', ')}.`,
    );
  }
  causes.push(...scaleCauses(results));
  return causes;
}

/** Causes at scale: pages that stopped answering, and the largest scale's profiled start-up and frames. */
function scaleCauses(results) {
  const p = results.profile;
  const causes = [];
  const largest = results.scale.at(-1);
  for (const x of results.scale) {
    if (!x.app.blockedAfterReady) continue;
    const profiled = x.corridors === largest?.corridors ? p?.scale?.app?.blocked : null;
    causes.push(
      `${x.corridors.toLocaleString('en')} corridors: the app's page stopped answering after its first frame ` +
        `(${x.app.blockedWhy}); the baseline's ${x.baseline.blockedAfterReady ? 'did too' : 'kept answering'}` +
        (profiled?.functions?.length
          ? `. Profiled run, self time after the first frame until the GPU restart freed it: ${list(profiled.functions)}.`
          : '.'),
    );
  }
  if (largest && p?.scale?.app?.startup) {
    causes.push(
      `${largest.corridors.toLocaleString('en')} corridors, start-up by chunk (profiled run): app ${list(p.scale.app.startup.chunks)}; ` +
        `baseline ${list(p.scale.baseline?.startup?.chunks)}. Top app functions: ${list(p.scale.app.startup.functions)}.`,
    );
  }
  if (largest && p?.scale?.app?.animation) {
    causes.push(
      `${largest.corridors.toLocaleString('en')} corridors, JS per frame by chunk (profiled run): app ${list(p.scale.app.animation.chunks, 'f')}; ` +
        `baseline ${list(p.scale.baseline?.animation?.chunks, 'f')}.`,
    );
  }
  return causes;
}
