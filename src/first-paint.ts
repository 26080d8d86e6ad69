// When the first contentful paint has reached the screen: what the entry waits for before it asks for the app.

/** The parts of `window` this needs (a test passes its own). */
export interface PaintClock {
  PerformanceObserver?: typeof PerformanceObserver;
  requestAnimationFrame(callback: FrameRequestCallback): number;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
  document: { visibilityState: DocumentVisibilityState };
}

/** The longest wait: a page whose first paint never comes (nothing contentful) still boots. */
export const FIRST_PAINT_CAP_MS = 2000;
/** A tab that does not paint (hidden) waits this long, as before. */
const HIDDEN_WAIT_MS = 100;

/**
 * Resolves once the browser reports its first contentful paint (the Paint Timing entry, delivered
 * after the frame is on screen, rasterised and presented, not merely committed), or, where Paint
 * Timing is missing, after the first animation frame's paint; a hidden tab after 100 ms, and at the
 * latest after `FIRST_PAINT_CAP_MS`.
 *
 * Why the real paint: a frame committed by the main thread can take another second to be
 * rasterised on a slow GPU (software WebGL: the poster's ~200 paths), and every script asked for
 * meanwhile competes with it, and counts against it in Lighthouse's simulated slow phone.
 *
 * @example await afterFirstContentfulPaint(window); const { start } = await import('./boot');
 */
export function afterFirstContentfulPaint(clock: PaintClock): Promise<void> {
  return new Promise((resolve) => {
    let settled = false;
    let observer: PerformanceObserver | null = null;
    const done = () => {
      if (settled) return;
      settled = true;
      clock.clearTimeout(cap);
      observer?.disconnect();
      resolve();
    };
    const hidden = clock.document.visibilityState === 'hidden';
    const cap = clock.setTimeout(done, hidden ? HIDDEN_WAIT_MS : FIRST_PAINT_CAP_MS);
    if (hidden) return;
    const Observer = clock.PerformanceObserver;
    if (Observer?.supportedEntryTypes?.includes('paint')) {
      observer = new Observer((list) => {
        if (list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) done();
      });
      // `buffered`: a paint that happened before this script ran is reported at once.
      observer.observe({ type: 'paint', buffered: true });
      return;
    }
    // No Paint Timing: a task queued from an animation frame runs after that frame's paint.
    clock.requestAnimationFrame(() => clock.setTimeout(done, 0));
  });
}
