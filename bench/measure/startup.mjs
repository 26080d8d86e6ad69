// Start-up: cold load to the first frame, then the settling and steady windows, heap and GPU lag.
import { now, Stuck, stuckMs } from './clock.mjs';
import { killGpuProcess, mapFacts, waitReady } from './browser.mjs';
import { bytesBefore } from './bytes.mjs';
import {
  benchState,
  blockedFor,
  collectGarbage,
  gpuDone,
  longTasksIn,
  metrics,
} from './in-page.mjs';
import { drawnRate, watch } from './window.mjs';
import { debug } from '../log.mjs';
import { fmt } from '../report/format.mjs';

/**
 * The cold load of `target.url` in `tab` (a blank page with CDP's Performance domain on), up to the
 * page's ready moment: `result.coldReadyMs` and `result.bytes`. Returns the page's ready state and the
 * CDP metrics taken before the navigation.
 */
export async function coldLoad(tab, profiler, server, target, options, result) {
  await profiler.enable();
  await profiler.start();
  const m0 = await metrics(tab.cdp);
  const since = now();
  await tab.page.goto(target.url, { waitUntil: 'commit' });
  const ready = await waitReady(tab.page, options.readyTimeoutMs);
  result.coldReadyMs = ready.readyAt;
  result.bytes = bytesBefore(server.requests, since, ready.readyEpoch);
  // The first recognisable map: a poster in the first paint, or else the complete frame itself.
  const state = await benchState(tab.page);
  const mapAt = state.poster && state.fcpAt !== null ? state.fcpAt : ready.readyAt;
  result.firstMapMs = mapAt;
  result.bytesBeforeMap = bytesBefore(server.requests, since, since + mapAt);
  debug(`  ${target.kind} ready after ${fmt.ms(ready.readyAt)}`);
  return { ready, m0 };
}

/**
 * After the first complete frame: start-up figures, a settling window (its long tasks count against the
 * app: the target is none after the first frame), then the steady window the per-frame figures come
 * from, the heap and the GPU's lag. A page that stops answering meanwhile has its main thread blocked
 * for at least `stuckMs`: recorded as a long task that long, and the GPU process is restarted (that
 * ends a block on a synchronous WebGL call) so the run can go on to the warm load. Returns the GPU
 * mark at the end of the steady window (null when there was none).
 */
export async function afterFirstFrame(tab, profiler, browserServer, target, options, result, cold) {
  // The GPU mark at the end of the steady window, kept when the page stops answering after it.
  const gpu = { end: null };
  try {
    await animate(tab, profiler, target, options, result, cold, gpu);
  } catch (error) {
    if (!(error instanceof Stuck)) throw error;
    result.coldStuck = error.message;
    result.afterReadyLongTasks = blockedFor(stuckMs);
    debug(`  ${target.kind} after the first frame: ${error.message}`);
    result.coldGpuRestarted = killGpuProcess(browserServer) > 0;
    if (target.profile) await profiler.stop('blocked').catch(() => {});
  }
  return gpu.end;
}

async function animate(tab, profiler, target, options, result, { ready, m0 }, gpu) {
  const { page, cdp } = tab;
  const m1 = await metrics(cdp);
  result.startup = {
    readyMs: ready.readyAt,
    scriptMs: m1.script - m0.script,
    taskMs: m1.task - m0.task,
    longTasks: null,
  };
  // The start-up profile runs on to the end of the settling window: stopped at a calm moment, its
  // end places its samples on the page's clock (stopped during a long task, it would not).
  const settle = await watch(page, cdp, {
    seconds: target.startupOnly ? 1 : options.settleSeconds,
    minFrames: 0,
    maxSeconds: options.settleSeconds,
  });
  await profiler.stop('startup', settle.frames);
  result.settle = settle;
  if (target.startupOnly) return;
  await profiler.start();
  const idle = await watch(page, cdp, {
    seconds: options.windowSeconds,
    minFrames: options.minFrames,
    maxSeconds: options.maxWindowSeconds,
    marks: 'idle',
  });
  await profiler.stop('animation', idle.frames);
  debug(`  ${target.kind} window: ${idle.frames} frames in ${idle.seconds.toFixed(1)} s`);
  result.idle = idle;
  const all = (await benchState(page)).longtasks;
  result.startup.longTasks = longTasksIn(all, 0, ready.readyAt);
  // Long tasks from the first complete frame to the end of the steady window.
  result.afterReadyLongTasks = longTasksIn(all, ready.readyAt, idle.to);
  result.facts = await mapFacts(page);
  result.heapAfterStartup = await collectGarbage(cdp);
  debug(`  ${target.kind} heap ${fmt.mb(result.heapAfterStartup)}`);
  await gpuFigures(page, idle, ready, target, options, result, gpu);
}

/** Frames drawn, and how far the GPU runs behind the page (software WebGL: seconds at scale). */
async function gpuFigures(page, idle, ready, target, options, result, gpu) {
  // The end mark first: once it is done, the earlier ones are (one GPU queue, in order).
  const end = await gpuDone(page, 'idle:end', options.gpuWaitMs);
  gpu.end = end;
  const start = await gpuDone(page, 'idle:start', 0);
  const readyMark = await gpuDone(page, 'ready', 0);
  const drawn = drawnRate(idle, start, end);
  result.firstFrameDrawnMs =
    readyMark?.lagMs !== null && readyMark?.lagMs !== undefined
      ? ready.readyAt + readyMark.lagMs
      : null;
  result.drawnFps = drawn?.fps ?? null;
  result.drawnFpsAtMost = drawn?.atMost ?? null;
  result.gpuLagMs = end?.lagMs ?? null;
  result.gpuLagAtLeastMs = end && end.lagMs === null ? (end.waitedMs ?? null) : null;
  debug(
    `  ${target.kind} GPU ${
      end?.lagMs === null
        ? `still behind after ${fmt.ms(end.waitedMs)}`
        : `lag ${fmt.ms(end?.lagMs)}`
    }; frames drawn per second ${fmt.drawn(result)}`,
  );
}
