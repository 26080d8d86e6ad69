// Time in the bench: waits, the wall clock, and the patience it has with a page that stops answering.

/** Resolves after `ms`. */
export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
/** A step of a run that got no answer from the page in time (see `options.stuckMs`). */
export class Stuck extends Error {}

/**
 * `promise`, or a `Stuck` error after `ms`.
 *
 * @example await within(page.close(), 30_000, 'closing the tab');
 */
export function within(promise, ms, what) {
  let timer;
  const late = new Promise((_, fail) => {
    timer = setTimeout(
      () => fail(new Stuck(`${what}: no answer from the page for ${Math.round(ms / 1000)} s`)),
      ms,
    );
  });
  promise.catch(() => {});
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Longest a call into a page may go unanswered (options.stuckMs, set by `main` with `setStuckMs`): a
 * page whose main thread is blocked (a synchronous WebGL call waiting behind minutes of software
 * rendering, say) answers nothing, not even CDP's metrics.
 */
export let stuckMs = 60_000;
/** Sets `stuckMs` for every later call into a page. */
export function setStuckMs(ms) {
  stuckMs = ms;
}
/**
 * `promise` (a call into the page), or a `Stuck` error after `stuckMs`.
 *
 * @example const { frames } = await ask(page.evaluate(() => window.__bench), 'state');
 */
export const ask = (promise, what) => within(promise, stuckMs, what);
/** The wall clock in ms (epoch), as precise as `performance.now()`. */
export const now = () => performance.timeOrigin + performance.now();
