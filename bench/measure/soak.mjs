// The heap soak: continuous animation in the default view, the JS heap sampled after garbage collection.
import { now, sleep } from './clock.mjs';
import { newContext, waitReady, withBrowser } from './browser.mjs';
import { benchState, collectGarbage } from './in-page.mjs';
import { leastSquaresSlope } from '../stats.mjs';

/**
 * The soak: continuous animation in the default view for `seconds`, the heap (after garbage collection)
 * sampled along the way. The app and the baseline soak at the same time, each in a browser of its own.
 */
export async function soak(url, seconds, readyTimeoutMs) {
  const result = { ok: false, errors: [] };
  try {
    await withBrowser(async (browser) => {
      const context = await newContext(browser, result.errors);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      await waitReady(page, readyTimeoutMs);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await sleep(2000);
      const samples = [];
      const t0 = now();
      const f0 = (await benchState(page)).frames;
      samples.push({ s: 0, heap: await collectGarbage(cdp) });
      const steps = 6;
      for (let i = 1; i <= steps; i++) {
        const until = t0 + (seconds * 1000 * i) / steps;
        while (now() < until) await sleep(Math.min(1000, until - now()));
        samples.push({ s: Math.round((now() - t0) / 1000), heap: await collectGarbage(cdp) });
      }
      const frames = (await benchState(page)).frames - f0;
      const first = samples[0]?.heap ?? 0;
      const last = samples[samples.length - 1]?.heap ?? 0;
      // Least-squares slope over the samples: on a short soak, less swayed by one sample than last − first.
      const slope = leastSquaresSlope(
        samples.map((x) => x.s),
        samples.map((x) => x.heap),
      );
      Object.assign(result, {
        ok: true,
        seconds: (now() - t0) / 1000,
        frames,
        fps: frames / ((now() - t0) / 1000),
        heapStart: first,
        heapEnd: last,
        growth: last - first,
        /** Bytes per minute, from the least-squares fit. */
        slopePerMinute: slope * 60,
        samples,
      });
    });
  } catch (error) {
    result.error = String(error instanceof Error ? error.message : error).split('\n')[0];
  }
  return result;
}
