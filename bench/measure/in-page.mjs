// In the page: the init script (frames, long tasks, GPU marks) and the calls that read it and CDP.
import { ask, now, sleep } from './clock.mjs';

// In the page: long tasks (PerformanceObserver), frames (requestAnimationFrame), the moment the page
// says it is ready (<html data-status>), and GPU marks, installed before any of the page's scripts run.
//
// A GPU mark is a WebGL2 fence in the map's contexts (MapLibre's canvas and deck.gl's overlay canvas):
// it is done when the GPU has finished everything the page asked of it before the mark. It is polled
// from timers (at a growing interval, so a long wait costs the page next to nothing): nothing in the
// page waits on the GPU, unlike a readPixels. Only canvases that already hold a WebGL context are
// asked (getContext with the context's own type returns it, no new context is made), after `ready`.
// One mark is set the moment the page says it is ready: the first frame is on screen when it is done.
/** The init script, installed before any of the page's scripts run (as `window.__bench`). */
export const INIT_SCRIPT = `(() => {
  const bench = (window.__bench = {
    longtasks: [], frames: 0, readyAt: null, readyEpoch: null, status: null, marks: {},
    fcpAt: null, poster: false,
  });
  // A recognisable map before the complete frame: the first paint, when the HTML holds a poster.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') bench.fcpAt = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch {}
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') bench.poster = document.querySelector('svg[data-poster]') !== null;
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const frame = () => { bench.frames += 1; requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  const contexts = () => {
    const out = [];
    for (const canvas of document.querySelectorAll('canvas.maplibregl-canvas, canvas#deckgl-overlay')) {
      let gl = null;
      try { gl = canvas.getContext('webgl2'); } catch {}
      if (gl && !gl.isContextLost() && typeof gl.fenceSync === 'function') out.push(gl);
    }
    return out;
  };
  bench.gpuMark = (label) => {
    const entry = { at: performance.now(), doneAt: null, contexts: 0, lost: false };
    bench.marks[label] = entry;
    const fences = [];
    for (const gl of contexts()) {
      const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
      gl.flush();
      if (sync) fences.push({ gl, sync });
    }
    entry.contexts = fences.length;
    if (fences.length === 0) return;
    let wait = 8;
    const poll = () => {
      for (const f of fences) {
        if (!f.sync) continue;
        if (f.gl.isContextLost()) { entry.lost = true; f.sync = null; continue; }
        if (f.gl.getSyncParameter(f.sync, f.gl.SYNC_STATUS) === f.gl.SIGNALED) {
          f.gl.deleteSync(f.sync);
          f.sync = null;
        }
      }
      if (fences.every((f) => !f.sync)) entry.doneAt = performance.now();
      else setTimeout(poll, (wait = Math.min(250, wait * 1.25)));
    };
    setTimeout(poll, wait);
  };
  const check = () => {
    const status = document.documentElement && document.documentElement.dataset.status;
    if (bench.readyAt === null && (status === 'ready' || status === 'error')) {
      bench.readyAt = performance.now();
      bench.readyEpoch = performance.timeOrigin + bench.readyAt;
      bench.status = status;
      if (status === 'ready') { try { bench.gpuMark('ready'); } catch {} }
    }
  };
  new MutationObserver(check).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-status'] });
})();`;

/** CDP Performance metrics as an object (ms for durations, bytes for the heap). */
export async function metrics(cdp) {
  const { metrics: list } = await ask(cdp.send('Performance.getMetrics'), 'metrics');
  const get = (name) => list.find((m) => m.name === name)?.value ?? 0;
  return {
    script: get('ScriptDuration') * 1000,
    task: get('TaskDuration') * 1000,
    heap: get('JSHeapUsedSize'),
  };
}

/** Two forced garbage collections, then the JS heap in use (bytes). */
export async function collectGarbage(cdp) {
  await ask(cdp.send('HeapProfiler.collectGarbage'), 'garbage collection');
  await ask(cdp.send('HeapProfiler.collectGarbage'), 'garbage collection');
  return (await metrics(cdp)).heap;
}

/** The page's clock (`performance.now()` in the page, ms). */
export const pageNow = (page) =>
  ask(
    page.evaluate(() => performance.now()),
    'clock',
  );
/** What the init script has counted so far: frames, long tasks, the ready moment, GPU marks. */
export const benchState = (page) =>
  ask(
    page.evaluate(() => {
      const b = /** @type {any} */ (window).__bench;
      return {
        frames: b.frames,
        longtasks: b.longtasks,
        readyAt: b.readyAt,
        fcpAt: b.fcpAt,
        poster: b.poster,
        status: b.status,
        marks: b.marks,
      };
    }),
    'state',
  );

/** Sets a GPU mark (see INIT_SCRIPT) and returns the page clock it was set at. */
export const gpuMark = (page, label) =>
  ask(
    page.evaluate((name) => {
      const b = /** @type {any} */ (window).__bench;
      b.gpuMark(name);
      return b.marks[name].at;
    }, label),
    'GPU mark',
  );

/**
 * Waits (at most `capMs`) until the GPU mark `label` is done; returns the mark with `lagMs`, the time
 * the GPU took to catch up with it, or `lagMs: null` when it did not within the wait (`waitedMs`).
 */
export async function gpuDone(page, label, capMs) {
  const t0 = now();
  for (;;) {
    const mark = (await benchState(page)).marks[label];
    if (!mark) return null;
    if (mark.doneAt !== null || mark.contexts === 0 || mark.lost) {
      return { ...mark, lagMs: mark.doneAt === null ? null : mark.doneAt - mark.at };
    }
    if (now() - t0 >= capMs) {
      return { ...mark, lagMs: null, waitedMs: (await pageNow(page)) - mark.at };
    }
    await sleep(100);
  }
}

/** Long tasks that started within [from, to) (page clock, ms). */
export function longTasksIn(all, from, to) {
  const tasks = all.filter(([start]) => start >= from && start < to);
  return {
    count: tasks.length,
    maxMs: tasks.reduce((m, [, d]) => Math.max(m, d), 0),
    totalMs: tasks.reduce((s, [, d]) => s + d, 0),
    list: tasks.map(([start, d]) => ({ startMs: Math.round(start), durationMs: Math.round(d) })),
  };
}

/**
 * The long tasks of a page that stopped answering for `ms`: one task of at least that long, as
 * `longTasksIn` gives them.
 *
 * @example blockedFor(90_000).maxMs; // 90000
 */
export const blockedFor = (ms) => ({
  count: 1,
  maxMs: ms,
  totalMs: ms,
  atLeast: true,
  list: [{ startMs: null, durationMs: ms, atLeast: true }],
});
