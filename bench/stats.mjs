// Statistics over runs: medians, app/baseline ratios, the heap's fitted slope, and the per-page summary.

/**
 * The median of the finite numbers in `values` (others, such as null, are left out); null when none.
 *
 * @example median([3, null, 1, 2]); // 2
 * @example median([1, 2, 3, 4]); // 2.5
 * @param {unknown[]} values
 * @returns {number | null}
 */
export function median(values) {
  const xs = /** @type {number[]} */ (
    values.filter((x) => typeof x === 'number' && Number.isFinite(x))
  ).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/**
 * `a / b`; null when either is null or `b` is 0.
 *
 * @example ratio(110, 100); // 1.1
 * @param {number | null} a
 * @param {number | null} b
 * @returns {number | null}
 */
export const ratio = (a, b) => (a === null || b === null || b === 0 ? null : a / b);

/**
 * The least-squares slope of `ys` over `xs` (same length, at least one point); 0 when all `xs` are
 * equal. On a short soak it is less swayed by one sample than last − first.
 *
 * @example leastSquaresSlope([0, 1, 2], [10, 12, 14]); // 2
 * @param {number[]} xs
 * @param {number[]} ys
 * @returns {number}
 */
export function leastSquaresSlope(xs, ys) {
  const mean = (vs) => vs.reduce((sum, v) => sum + v, 0) / vs.length;
  const mx = mean(xs);
  const my = mean(ys);
  const sxx = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return sxx > 0 ? xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0) / sxx : 0;
}

/**
 * Medians of the figures of several runs of one page (`measureRun` results); runs that never reached
 * their first frame count as failed and give no figures.
 *
 * @example summarise([{ ok: true, coldReadyMs: 900 }, { ok: false, error: 'x' }]).coldReadyMs; // 900
 */
export function summarise(runs) {
  const ok = runs.filter((r) => r.ok);
  const m = (f) => median(ok.map((r) => f(r) ?? null));
  const interaction = summariseInteractions(ok);
  const afterReady = ok.filter((r) => r.afterReadyLongTasks);
  return {
    runs: runs.length,
    failed: runs.length - ok.length,
    errors: runs.map((r) => r.error).filter(Boolean),
    coldReadyMs: m((r) => r.coldReadyMs),
    firstMapMs: m((r) => r.firstMapMs),
    mapTotalGzip: m((r) => r.bytesBeforeMap?.totalGzip),
    warmReadyMs: m((r) => r.warmReadyMs),
    /** The first frame finished by the GPU: ready plus the GPU's lag at that moment. */
    firstFrameDrawnMs: m((r) => r.firstFrameDrawnMs),
    /** Runs whose warm load came after a GPU-process restart (the GPU was minutes behind). */
    warmGpuRestarts: ok.filter((r) => r.warmGpuRestarted || r.coldGpuRestarted).length,
    startupScriptMs: m((r) => r.startup?.scriptMs),
    startupTaskMs: m((r) => r.startup?.taskMs),
    startupLongTaskCount: m((r) => r.startup?.longTasks?.count),
    startupLongTaskMaxMs: m((r) => r.startup?.longTasks?.maxMs),
    jsRaw: m((r) => r.bytes?.jsRaw),
    jsGzip: m((r) => r.bytes?.jsGzip),
    totalRaw: m((r) => r.bytes?.totalRaw),
    totalGzip: m((r) => r.bytes?.totalGzip),
    scriptMsPerFrame: m((r) => r.idle?.scriptMsPerFrame),
    taskMsPerFrame: m((r) => r.idle?.taskMsPerFrame),
    /** Main-thread JS per second of animation: comparable even when (almost) no frame is drawn. */
    scriptMsPerSecond: m((r) => (r.idle ? r.idle.scriptMs / r.idle.seconds : null)),
    fps: m((r) => r.idle?.fps),
    drawnFps: m((r) => r.drawnFps),
    /** When the GPU did not catch up within the wait: the drawn rate is at most this. */
    drawnFpsAtMost: ok.some((r) => r.drawnFps === null && typeof r.drawnFpsAtMost === 'number')
      ? median(ok.map((r) => r.drawnFpsAtMost))
      : null,
    /** How far the GPU was behind the page at the end of the steady window. */
    gpuLagMs: m((r) => r.gpuLagMs),
    gpuLagAtLeastMs: m((r) => r.gpuLagAtLeastMs),
    framesInWindow: m((r) => r.idle?.frames),
    windowSeconds: m((r) => r.idle?.seconds),
    afterReadyLongTaskMaxMs: afterReady.length
      ? Math.max(...afterReady.map((r) => r.afterReadyLongTasks.maxMs))
      : null,
    afterReadyLongTasks: afterReady.flatMap((r) => r.afterReadyLongTasks.list),
    /** Runs whose page stopped answering after its first frame (a long task of at least stuckMs). */
    blockedAfterReady: ok.filter((r) => r.coldStuck).length,
    blockedWhy: ok.find((r) => r.coldStuck)?.coldStuck ?? null,
    heapAfterStartup: m((r) => r.heapAfterStartup),
    interaction,
    interactionSkipped: ok.find((r) => r.interactionSkipped)?.interactionSkipped ?? null,
    interactionStuck: ok.find((r) => r.interactionStuck)?.interactionStuck ?? null,
    notFound: [...new Set(runs.flatMap((r) => r.notFound ?? []))],
    bytes: ok.find((r) => r.bytes)?.bytes.files ?? [],
    mapBox: ok.find((r) => r.facts)?.facts.box ?? null,
  };
}

/** Per interaction phase, medians over the runs that measured it (the longest task: the longest in any). */
function summariseInteractions(ok) {
  const phases = ['country', 'language', 'camera'];
  const interaction = {};
  for (const phase of phases) {
    const xs = ok.map((r) => r.interaction?.[phase]).filter(Boolean);
    if (xs.length === 0) continue;
    interaction[phase] = {
      scriptMsPerFrame: median(xs.map((x) => x.scriptMsPerFrame)),
      /** Main-thread JS over the whole phase (seconds of watching), frames or none. */
      scriptMs: median(xs.map((x) => x.scriptMs)),
      frames: median(xs.map((x) => x.frames)),
      fps: median(xs.map((x) => x.fps)),
      longTaskCount: median(xs.map((x) => x.longTasks.count)),
      longTaskMaxMs: Math.max(...xs.map((x) => x.longTasks.maxMs)),
      /** A run whose page stopped answering in this phase: its longest task is at least that long. */
      stuck: xs.some((x) => x.stuck),
    };
  }
  return interaction;
}

/**
 * Medians of the Lighthouse figures of several runs of one page (`lighthouseRuns`); a run with an
 * error gives none. The element of the largest contentful paint and the warnings are those of the
 * runs, each once.
 *
 * @example summariseLighthouse([{ fcpMs: 900, score: 0.9 }, { fcpMs: 1100, score: 0.7 }]).fcpMs; // 1000
 */
export function summariseLighthouse(runs) {
  const ok = runs.filter((r) => !r.error);
  const m = (name) => median(ok.map((r) => r[name] ?? null));
  const unique = (values) => [...new Set(values.filter((v) => typeof v === 'string'))];
  return {
    runs: runs.length,
    failed: runs.length - ok.length,
    errors: unique(runs.map((r) => r.error)),
    fcpMs: m('fcpMs'),
    lcpMs: m('lcpMs'),
    tbtMs: m('tbtMs'),
    cls: m('cls'),
    speedIndexMs: m('speedIndexMs'),
    score: m('score'),
    lcpElements: unique(ok.map((r) => r.lcpElement)),
    warnings: unique(ok.flatMap((r) => r.warnings ?? [])),
  };
}
