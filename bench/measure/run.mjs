// One measured run of one page in a browser of its own: cold start-up, warm load, interactions.
import { ask, sleep, stuckMs, within } from './clock.mjs';
import { killGpuProcess, newContext, waitReady, withBrowser } from './browser.mjs';
import { pageNow } from './in-page.mjs';
import { interact } from './interactions.mjs';
import { afterFirstFrame, coldLoad } from './startup.mjs';
import { debug } from '../log.mjs';
import { fmt } from '../report/format.mjs';

// A fresh browser per run (no shared GPU process, program cache or HTTP cache between runs): load to
// the first complete frame, watch the default view animate, take the heap, then load the page again in
// a new tab of the same context (warm: HTTP cache, V8 code cache) and interact.

/**
 * One run of one page in a browser of its own; stopped when it takes longer than `options.runTimeoutMs`.
 * A run that fails part-way keeps the figures it has (`ok` is true once the page was ready).
 * With `profile`, CPU profiles of start-up, the animation window and each interaction are taken too
 * (the profiler slows the page: such runs are not counted in the figures).
 *
 * @param {{ kind: 'app' | 'baseline' | 'baselineHalos', url: string, profile?: boolean, startupOnly?: boolean }} target
 */
export async function measureRun(server, target, options) {
  /** @type {Record<string, any>} */
  const result = { ok: false, errors: [], profiles: {}, interaction: {}, notFound: [] };
  let timer;
  const limit = new Promise((done) => {
    timer = setTimeout(() => done('timeout'), options.runTimeoutMs);
  });
  const firstRequest = server.requests.length;
  try {
    await withBrowser(async (browser, browserServer) => {
      const steps = runSteps(browser, browserServer, server, target, options, result);
      steps.catch(() => {}); // after a timeout, its pending calls fail when the browser is killed
      const outcome = await Promise.race([steps, limit]);
      if (outcome === 'timeout') throw new Error(`stopped after ${options.runTimeoutMs / 1000} s`);
    });
  } catch (error) {
    result.error = String(error instanceof Error ? error.message : error).split('\n')[0];
  } finally {
    clearTimeout(timer);
  }
  result.notFound = [
    ...new Set(
      server.requests
        .slice(firstRequest)
        .filter((r) => r.status === 404)
        .map((r) => r.path),
    ),
  ];
  result.ok = result.coldReadyMs !== undefined;
  return result;
}

async function runSteps(browser, browserServer, server, target, options, result) {
  const context = await newContext(browser, result.errors);
  context.setDefaultTimeout(options.readyTimeoutMs);
  /** The tab being measured: the cold one, then the warm one. */
  const tab = await openTab(context, server);
  const profiler = createProfiler(tab, target, result);
  const cold = await coldLoad(tab, profiler, server, target, options, result);
  const end = await afterFirstFrame(tab, profiler, browserServer, target, options, result, cold);
  if (target.startupOnly) return;
  await warmLoad(context, tab, profiler, browserServer, server, target, options, result, end);
  if (!options.interact) return;
  await interact(tab, profiler, target, options, result);
}

/** A new tab on the blank page, with CDP's Performance domain on: `{ page, cdp }`. */
async function openTab(context, server) {
  const page = await context.newPage();
  await page.goto(`${server.base}/blank.html`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

/**
 * CPU profiles of the run's phases into `result.profiles` when `target.profile` asks (no-ops
 * otherwise), always in `tab`'s current page.
 */
function createProfiler(tab, target, result) {
  return {
    enable: async () => {
      if (!target.profile) return;
      await tab.cdp.send('Profiler.enable');
      await tab.cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    },
    start: async () => {
      if (!target.profile) return;
      await tab.cdp.send('Profiler.start');
    },
    // The page clock when the profile ended: it places the profile's samples on the page's clock
    // (the stop is handled once the main thread is free, so a long task in progress is inside).
    stop: async (name, frames = 0) => {
      if (!target.profile) return;
      const { profile } = await ask(tab.cdp.send('Profiler.stop'), 'profiler');
      result.profiles[name] = { profile, frames, pageEnd: await pageNow(tab.page) };
    },
  };
}

/**
 * Warm: a new tab of the same context (it replaces the cold one in `tab`); the first tab is closed
 * first, so its teardown is not timed. A GPU still busy with the first tab's frames (software WebGL at
 * scale: minutes) would delay the second load by that much: its process is then restarted (HTTP and
 * code caches live elsewhere).
 */
async function warmLoad(
  context,
  tab,
  profiler,
  browserServer,
  server,
  target,
  options,
  result,
  end,
) {
  await tab.cdp.detach().catch(() => {});
  await within(tab.page.close({ runBeforeUnload: false }), stuckMs, 'closing the tab');
  if (end && end.contexts > 0 && !end.lost && end.lagMs === null) {
    result.warmGpuRestarted = killGpuProcess(browserServer) > 0;
    debug(`  ${target.kind} GPU process restarted before the warm load`);
  }
  await sleep(500);
  Object.assign(tab, await openTab(context, server));
  await profiler.enable();
  await tab.page.goto(target.url, { waitUntil: 'commit' });
  result.warmReadyMs = (await waitReady(tab.page, options.readyTimeoutMs)).readyAt;
  debug(`  ${target.kind} warm: ready after ${fmt.ms(result.warmReadyMs)}`);
}
