// Frame timing: a watched window (JS per frame, frames submitted, long tasks) and frames drawn.
import { now, sleep } from './clock.mjs';
import { benchState, gpuMark, longTasksIn, metrics, pageNow } from './in-page.mjs';

/**
 * Watches the page for at least `seconds` and `minFrames` frames (at most `maxSeconds`), doing `act`
 * first: main-thread time per frame from CDP Performance.getMetrics deltas over frames counted with
 * requestAnimationFrame, frames per second, and the long tasks that started in the window. With
 * `marks`, GPU marks are set at both ends (`${marks}:start`, `${marks}:end`) for the frames drawn.
 */
export async function watch(
  page,
  cdp,
  { seconds, minFrames, maxSeconds, marks },
  act = async () => {},
) {
  const before = await benchState(page);
  const from = marks ? await gpuMark(page, `${marks}:start`) : await pageNow(page);
  const m0 = await metrics(cdp);
  const t0 = now();
  await act();
  for (;;) {
    await sleep(250);
    const elapsed = (now() - t0) / 1000;
    if (elapsed >= maxSeconds) break;
    if (elapsed < seconds) continue;
    const { frames } = await benchState(page);
    if (frames - before.frames >= minFrames) break;
  }
  const m1 = await metrics(cdp);
  const to = marks ? await gpuMark(page, `${marks}:end`) : await pageNow(page);
  const after = await benchState(page);
  const frames = after.frames - before.frames;
  const wall = (to - from) / 1000;
  return {
    seconds: wall,
    frames,
    fps: frames / wall,
    scriptMsPerFrame: frames > 0 ? (m1.script - m0.script) / frames : null,
    taskMsPerFrame: frames > 0 ? (m1.task - m0.task) / frames : null,
    scriptMs: m1.script - m0.script,
    taskMs: m1.task - m0.task,
    longTasks: longTasksIn(after.longtasks, from, to),
    from,
    to,
  };
}

/**
 * Frames drawn per second in a watched window: the frames the page submitted in it, over the time the
 * GPU took to finish them (from its start mark done to its end mark done), at least the window. Software
 * WebGL can run far behind the page; requestAnimationFrame alone counts frames submitted, not drawn.
 * When the end mark was not done within the wait, `atMost` bounds the rate from above.
 */
export function drawnRate(window, start, end) {
  if (!start || !end || start.lagMs === null || start.contexts === 0) return null;
  const from = start.at + start.lagMs;
  // Never more than submitted: a GPU still busy with earlier frames when the window opened finishes
  // the window's frames in a shorter span, but it spent the window's start on frames not counted here.
  if (end.lagMs !== null) {
    const span = Math.max(window.seconds, (end.at + end.lagMs - from) / 1000);
    return { fps: span > 0 ? window.frames / span : null, atMost: null };
  }
  const span = Math.max(window.seconds, (end.at + (end.waitedMs ?? 0) - from) / 1000);
  return { fps: null, atMost: span > 0 ? window.frames / span : null };
}
