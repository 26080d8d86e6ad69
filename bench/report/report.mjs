// The printed report (markdown): machine, default table, bytes per chunk, scale, profiles, targets.
import { fmt, table } from './format.mjs';
import { profileSection } from './profile-section.mjs';
import { ratio } from '../stats.mjs';

/**
 * The report of a bench run, as printed and stored: markdown tables and lines.
 *
 * @example console.log(report(results));
 */
export function report(results) {
  return [
    ...headerLines(results),
    ...defaultSection(results),
    ...chunkSection(results),
    ...scaleSection(results),
    ...importSection(results),
    ...lighthouseSection(results),
    ...profileSection(results),
    ...targetsSection(results),
  ].join('\n');
}

/**
 * The import case: a generated 1 MB, 500-line GeoJSON of cables chosen in the Data dialog, against
 * the default dataset (its start-up to the first complete frame, and the same import of its own
 * file), and how the page answered meanwhile. Target: the file on screen within 2× the default's.
 *
 * @example importSection({ import: null }); // []
 */
export function importSection(results) {
  const x = results.import;
  if (!x) return [];
  const { cables, file } = x;
  const own = x.default;
  const toStartup = ratio(cables.importMs, x.defaultStartupMs);
  const toOwn = ratio(cables.importMs, own.importMs);
  const n = (v) => (v === null || v === undefined ? '–' : String(Math.round(v)));
  const out = [
    `Import (issue 17): a generated GeoJSON of ${file.lines} cables (MultiLineStrings, ${file.parts} ` +
      `parts, ${file.points.toLocaleString('en')} points, only \`color\` and \`slug\`), ` +
      `${(file.bytes / 1e6).toFixed(2)} MB, chosen in the Data dialog; ` +
      `medians of ${cables.runs} run(s), each in a fresh browser:`,
    '',
    table(
      ['figure', '1 MB cables', "default's own file"],
      [
        ['chosen → on screen (map drawn with it)', fmt.ms(cables.importMs), fmt.ms(own.importMs)],
        ['long tasks meanwhile', n(cables.longTaskCount), n(own.longTaskCount)],
        ['longest task', fmt.ms(cables.longTaskMaxMs), fmt.ms(own.longTaskMaxMs)],
        ['total blocking (> 50 ms)', fmt.ms(cables.blockingMs), fmt.ms(own.blockingMs)],
        ['50 ms timer, latest by', fmt.ms(cables.timerLagMaxMs), fmt.ms(own.timerLagMaxMs)],
        [
          'key press every 100 ms: round trip, median / max',
          `${fmt.ms(cables.keyRoundTripMedianMs)} / ${fmt.ms(cables.keyRoundTripMaxMs)}`,
          `${fmt.ms(own.keyRoundTripMedianMs)} / ${fmt.ms(own.keyRoundTripMaxMs)}`,
        ],
        [
          'input delay (Event Timing, ≥ 16 ms events)',
          fmt.ms(cables.inputDelayMaxMs),
          fmt.ms(own.inputDelayMaxMs),
        ],
      ],
    ),
    '',
    `- Default dataset on screen at start-up (navigation → first complete frame): ` +
      `${fmt.ms(x.defaultStartupMs)}. The cables on screen after import: ` +
      `${fmt.ratio(toStartup)} of it (target ≤ 2×: ${toStartup === null ? '–' : toStartup <= 2 ? 'met' : 'missed'}); ` +
      `${fmt.ratio(toOwn)} of importing the default dataset's own file.`,
  ];
  for (const [name, r] of [
    ['cables', cables],
    ['default file', own],
  ]) {
    if (r.failed > 0) out.push(`- ${name}: ${r.failed} run(s) failed: ${r.errors.join('; ')}`);
  }
  out.push('');
  return out;
}

/** The machine, the browser and the options the figures were taken with. */
function headerLines(results) {
  const out = [];
  const o = results.options;
  const machine = results.machine;
  out.push(
    `Corridor Atlas bench, ${results.date}: ${machine.cpus} × ${machine.cpuModel}, ` +
      `${machine.memoryGB} GB, ${machine.renderer ?? 'WebGL renderer unknown'}; ` +
      `Chromium ${machine.chromium} (--angle=${o.angle}); Node ${machine.node}; ` +
      `load average ${machine.loadAverage} at the start, ${machine.loadAverageAtEnd ?? '?'} at the end.`,
  );
  if (machine.warning) out.push(`WARNING: ${machine.warning}`);
  out.push(
    `Medians of ${o.runs} run(s) per page (scale: ${o.scaleRuns}); animation window ≥ ${o.windowSeconds} s ` +
      `after ${o.settleSeconds} s of settling ` +
      `and ≥ ${o.minFrames} frames; soak ${o.soakSeconds} s${o.soakSeconds < 600 ? ' (shortened; the full soak is --soak=600)' : ''}` +
      `${o.quick ? '; --quick smoke run: single runs with short windows' : ''}` +
      `${o.profile ? '' : '; no profile pass'}.`,
  );
  out.push('');
  return out;
}

/** The default dataset's figures, app against baseline, with the interactions and the soak. */
function defaultSection(results) {
  const { app, baseline, baselineHalos } = results.default;
  const out = [];
  const o = results.options;
  const row = (name, a, b, f, showRatio = true) => [
    name,
    f(a),
    f(b),
    showRatio ? fmt.ratio(ratio(a, b)) : '',
  ];
  const rows = [
    row(
      'first recognisable map (poster or frame), cold',
      app.firstMapMs,
      baseline.firstMapMs,
      fmt.ms,
    ),
    row('everything before the first map, gzip', app.mapTotalGzip, baseline.mapTotalGzip, fmt.kb),
    row('first complete frame, cold cache', app.coldReadyMs, baseline.coldReadyMs, fmt.ms),
    row('first complete frame, warm cache', app.warmReadyMs, baseline.warmReadyMs, fmt.ms),
    row(
      'first frame finished by the GPU, cold',
      app.firstFrameDrawnMs,
      baseline.firstFrameDrawnMs,
      fmt.ms,
    ),
    row('main-thread JS during start-up', app.startupScriptMs, baseline.startupScriptMs, fmt.ms),
    row('initial JavaScript, raw', app.jsRaw, baseline.jsRaw, fmt.kb),
    row('initial JavaScript, gzip', app.jsGzip, baseline.jsGzip, fmt.kb),
    row('everything before first frame, gzip', app.totalGzip, baseline.totalGzip, fmt.kb),
    row('JS per frame, animating', app.scriptMsPerFrame, baseline.scriptMsPerFrame, fmt.ms2),
    // Against a bare page that animates the same two layers as the app: what is left of the gap above.
    row(
      "JS per frame, animating: baseline + the app's halo layer",
      app.scriptMsPerFrame,
      baselineHalos.scriptMsPerFrame,
      fmt.ms2,
    ),
    row(
      'main-thread tasks per frame, animating',
      app.taskMsPerFrame,
      baseline.taskMsPerFrame,
      fmt.ms2,
    ),
    row('frames per second submitted (requestAnimationFrame)', app.fps, baseline.fps, fmt.fps2),
    [
      'frames per second drawn (finished by the GPU)',
      fmt.drawn(app),
      fmt.drawn(baseline),
      fmt.ratio(ratio(app.drawnFps, baseline.drawnFps)),
    ],
    ['GPU behind the page after the window', fmt.lag(app), fmt.lag(baseline), ''],
    [
      'long tasks during start-up (median count, median longest)',
      `${fmt.n(app.startupLongTaskCount)}, ${fmt.ms(app.startupLongTaskMaxMs)}`,
      `${fmt.n(baseline.startupLongTaskCount)}, ${fmt.ms(baseline.startupLongTaskMaxMs)}`,
      '',
    ],
    [
      'long tasks after first frame, default view (all runs: count, longest)',
      `${app.afterReadyLongTasks.length}, ${fmt.longest(app)}`,
      `${baseline.afterReadyLongTasks.length}, ${fmt.longest(baseline)}`,
      '',
    ],
  ];
  const interactionCell = (x) =>
    x
      ? `${fmt.ms2(x.scriptMsPerFrame)}; ${fmt.n(x.longTaskCount)}, ${x.stuck ? '≥ ' : ''}${fmt.ms(x.longTaskMaxMs)}`
      : '–';
  const labels = {
    country: 'open a country',
    language: 'switch language',
    camera: 'move the camera',
  };
  for (const [phase, label] of Object.entries(labels)) {
    const a = app.interaction[phase];
    const b = baseline.interaction[phase];
    rows.push([
      `${label}: JS per frame; long tasks (median count, longest in any run)`,
      a
        ? interactionCell(a)
        : `not measured${app.interactionStuck ? ` (${app.interactionStuck})` : ''}`,
      phase === 'camera' ? interactionCell(b) : '(no such UI)',
      b ? fmt.ratio(ratio(a?.scriptMsPerFrame ?? null, b.scriptMsPerFrame)) : '',
    ]);
  }
  rows.push(
    row(
      'JS heap after start-up (after GC)',
      app.heapAfterStartup,
      baseline.heapAfterStartup,
      fmt.mb,
    ),
  );
  const s = results.soak;
  const soakCell = (x) =>
    `${fmt.mb(x.growth)} (${fmt.mb(x.slopePerMinute)}/min; ${fmt.fps(x.fps)} fps)`;
  if (s) {
    rows.push([
      `JS heap growth over a ${Math.round(s.app?.seconds ?? o.soakSeconds)} s soak (fitted slope; frames per second)`,
      s.app?.ok ? soakCell(s.app) : `failed: ${s.app?.error}`,
      s.baseline?.ok ? soakCell(s.baseline) : `failed: ${s.baseline?.error}`,
      '',
    ]);
  }
  out.push(`Default dataset (${results.datasets.default?.corridors ?? '?'} corridors), 1280×800:`);
  out.push('');
  out.push(table(['figure (median)', 'app', 'baseline', 'app/baseline'], rows));
  out.push('');
  return out;
}

/** Bytes requested before the first complete frame, per chunk, app and baseline. */
function chunkSection(results) {
  const { app, baseline } = results.default;
  const out = [];
  const names = [...new Set([...app.bytes, ...baseline.bytes].map((f) => f.chunk))];
  const find = (list, name) => list.find((f) => f.chunk === name);
  const chunkRows = names
    .map((name) => ({ name, a: find(app.bytes, name), b: find(baseline.bytes, name) }))
    .sort((x, y) => (y.a?.raw ?? y.b?.raw ?? 0) - (x.a?.raw ?? x.b?.raw ?? 0))
    .map(({ name, a, b }) => [
      name,
      a ? `${fmt.kb(a.raw)} / ${fmt.kb(a.gzip)}` : '–',
      b ? `${fmt.kb(b.raw)} / ${fmt.kb(b.gzip)}` : '–',
    ]);
  out.push('Requested before the first complete frame (raw / gzip -9), per chunk:');
  out.push('');
  out.push(table(['chunk', 'app', 'baseline'], chunkRows));
  out.push('');
  return out;
}

/** The scale runs' table (synthetic corridors), when there were any. */
function scaleSection(results) {
  const out = [];
  if (results.scale.length === 0) return out;
  out.push('Scale (synthetic corridors, seeded): app / baseline (app/baseline)');
  out.push('');
  const pair = (va, vb, f) => `${f(va)} / ${f(vb)} (${fmt.ratio(ratio(va, vb))})`;
  const scaleRows = results.scale.map((x) => {
    const a = x.app;
    const b = x.baseline;
    const failed = a.failed
      ? ` (app: ${a.errors[0]})`
      : b.failed
        ? ` (baseline: ${b.errors[0]})`
        : '';
    const phases = Object.entries(a.interaction);
    return [
      `${x.corridors.toLocaleString('en')} (${x.facts.vertices.toLocaleString('en')} vertices)${failed}`,
      pair(a.coldReadyMs, b.coldReadyMs, fmt.ms),
      `${fmt.warm(a)} / ${fmt.warm(b)} (${fmt.ratio(ratio(a.warmReadyMs, b.warmReadyMs))})`,
      pair(a.scriptMsPerFrame, b.scriptMsPerFrame, fmt.ms2),
      pair(a.scriptMsPerSecond, b.scriptMsPerSecond, fmt.ms),
      `${fmt.n(a.framesInWindow)} / ${fmt.n(b.framesInWindow)} in ${fmt.n(a.windowSeconds)} / ${fmt.n(b.windowSeconds)} s`,
      `${fmt.drawn(a)} / ${fmt.drawn(b)}`,
      `${fmt.lag(a)} / ${fmt.lag(b)}`,
      `${a.afterReadyLongTasks.length}, ${fmt.longest(a)}`,
      phases.length > 0
        ? phases
            .map(
              ([k, v]) =>
                `${k} ${fmt.n(v.longTaskCount)}, ${v.stuck ? '≥ ' : ''}${fmt.ms(v.longTaskMaxMs)}`,
            )
            .join('; ')
        : a.interactionStuck
          ? a.interactionStuck
          : 'not run',
      pair(a.heapAfterStartup, b.heapAfterStartup, fmt.mb),
      pair(a.jsGzip, b.jsGzip, fmt.kb),
      pair(a.totalGzip, b.totalGzip, fmt.kb),
    ];
  });
  out.push(
    table(
      [
        'corridors',
        'first frame, cold',
        'first frame, warm',
        'JS per frame',
        'JS per second',
        'frames in window',
        'fps drawn',
        'GPU behind by',
        'app long tasks after first frame',
        'app long tasks per interaction (count, longest)',
        'heap after start-up',
        'JS before first frame (gzip)',
        'all bytes before first frame (gzip)',
      ],
      scaleRows,
    ),
  );
  out.push('');
  if (results.scale.some((x) => x.app.warmGpuRestarts || x.baseline.warmGpuRestarts)) {
    out.push(
      "† after a GPU-process restart: the GPU was still busy with the cold tab's frames after " +
        'the wait, so the bench restarted it before the warm load (HTTP and code caches kept).',
    );
    out.push('');
  }
  return out;
}

/** Lighthouse's mobile figures, app and baseline (medians), when the run took them. */
function lighthouseSection(results) {
  const lh = results.lighthouse;
  if (!lh) return [];
  const { app, baseline } = lh;
  const score = (x) => (x === null || x === undefined ? '–' : x.toFixed(2));
  const row = (name, f, key) => [name, f(app[key]), f(baseline[key])];
  const out = [
    `Lighthouse ${lh.version ?? ''} mobile profile (simulated mid-range phone on slow 4G, ` +
      `4× CPU slowdown), served with gzip; medians of ${app.runs} run(s) per page:`,
    '',
    table(
      ['figure', 'app', 'baseline'],
      [
        row('performance score', score, 'score'),
        row('first contentful paint', fmt.ms, 'fcpMs'),
        row('largest contentful paint', fmt.ms, 'lcpMs'),
        row('total blocking time', fmt.ms, 'tbtMs'),
        row('cumulative layout shift', score, 'cls'),
        row('speed index', fmt.ms, 'speedIndexMs'),
      ],
    ),
    '',
  ];
  for (const [name, x] of [
    ['app', app],
    ['baseline', baseline],
  ]) {
    if (x.lcpElements.length > 0)
      out.push(
        `- ${name}: largest contentful paint: ${x.lcpElements.map((e) => `\`${e}\``).join(', ')}`,
      );
    if (x.failed > 0) out.push(`- ${name}: ${x.failed} run(s) failed: ${x.errors.join('; ')}`);
    for (const warning of x.warnings) out.push(`- ${name}: Lighthouse warned: ${warning}`);
  }
  out.push('');
  return out;
}

/** The targets table and the measured causes of the misses. */
function targetsSection(results) {
  const out = [];
  out.push('Targets:');
  out.push('');
  out.push(
    table(
      ['target', 'measured', 'limit', 'met'],
      results.targets.map((t) => [
        t.name,
        t.value,
        t.limit,
        `${t.met === true ? 'yes' : t.met === false ? '**no**' : 'not measurable here'}${t.note ? ` (${t.note})` : ''}`,
      ]),
    ),
  );
  out.push('');
  if (results.causes.length > 0) {
    out.push('Measured causes:');
    out.push('');
    for (const cause of results.causes) out.push(`- ${cause}`);
    out.push('');
  }
  return out;
}
