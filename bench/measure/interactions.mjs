// Interactions in the warm tab: open a country, switch language (app only), move the camera.
import { ask, Stuck, stuckMs } from './clock.mjs';
import { blockedFor } from './in-page.mjs';
import { watch } from './window.mjs';
import { debug } from '../log.mjs';

/**
 * A camera move on the map: a drag, then two wheel steps, as DOM events dispatched in the page (the same
 * handlers as a user's; Chromium's real input waits for a frame per event, minutes at 10,000 corridors).
 */
export async function moveCamera(page, box) {
  await page.evaluate(
    async ({ x, y }) => {
      const canvas = /** @type {HTMLElement} */ (document.querySelector('.maplibregl-canvas'));
      const pause = (ms) => new Promise((done) => setTimeout(done, ms));
      const mouse = (type, cx, cy, buttons) =>
        canvas.dispatchEvent(
          new MouseEvent(type, {
            bubbles: true,
            cancelable: true,
            view: window,
            clientX: cx,
            clientY: cy,
            button: 0,
            buttons,
          }),
        );
      mouse('mousemove', x, y, 0);
      mouse('mousedown', x, y, 1);
      for (let i = 1; i <= 8; i++) {
        await pause(16);
        mouse('mousemove', x - (180 * i) / 8, y + (90 * i) / 8, 1);
      }
      mouse('mouseup', x - 180, y + 90, 0);
      for (let i = 0; i < 2; i++) {
        await pause(150);
        const wheel = { bubbles: true, cancelable: true, clientX: x, clientY: y, deltaY: -240 };
        canvas.dispatchEvent(new WheelEvent('wheel', wheel));
      }
    },
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
}

/** Opens Saudi Arabia's details from the header's country list, as a user's choice does. */
export const openCountry = (page) =>
  page.evaluate(() => {
    const picker = /** @type {HTMLSelectElement} */ (document.querySelector('#country-picker'));
    picker.value = 'SAU';
    picker.dispatchEvent(new Event('change', { bubbles: true }));
  });

/** Switches the app to Persian with its language button. */
export const switchLanguage = (page) =>
  page.evaluate(() =>
    /** @type {HTMLButtonElement} */ (document.querySelector('button[data-lang="fa"]')).click(),
  );

/**
 * The interactions, in the warm tab (`tab.page`, `tab.cdp`) once it has settled, into
 * `result.interaction`. A phase the page does not answer (its main thread blocked, e.g. by a synchronous
 * GPU read-back behind minutes of software rendering) ends the run, recorded as a long task of at least
 * that long.
 */
export async function interact(tab, profiler, target, options, result) {
  const { page, cdp } = tab;
  if (result.coldStuck) {
    result.interactionSkipped = 'the main thread was blocked after the first frame';
    return;
  }
  const box = result.facts?.box;
  if (!box) {
    result.interactionSkipped = 'no map canvas';
    return;
  }
  try {
    result.warmSettle = await watch(page, cdp, {
      seconds: options.settleSeconds,
      minFrames: 0,
      maxSeconds: options.settleSeconds,
    });
  } catch (error) {
    if (!(error instanceof Stuck)) throw error;
    result.interactionStuck = `after the warm load, before the interactions: ${error.message}`;
    return; // the browser is killed with the page still blocked
  }
  const phase = {
    seconds: options.interactionSeconds,
    minFrames: options.interactionMinFrames,
    maxSeconds: options.interactionMaxSeconds,
  };
  const camera = { camera: () => moveCamera(page, box) };
  const phases =
    target.kind === 'app'
      ? { country: () => openCountry(page), language: () => switchLanguage(page), ...camera }
      : camera;
  for (const [name, act] of Object.entries(phases)) {
    try {
      await profiler.start();
      const watched = await watch(page, cdp, phase, () => ask(act(), name));
      await profiler.stop(name, watched.frames);
      result.interaction[name] = watched;
      debug(
        `  ${target.kind} ${name}: ${watched.frames} frames in ${watched.seconds.toFixed(1)} s`,
      );
    } catch (error) {
      if (!(error instanceof Stuck)) throw error;
      result.interaction[name] = {
        stuck: true,
        seconds: null,
        frames: 0,
        fps: 0,
        scriptMsPerFrame: null,
        taskMsPerFrame: null,
        longTasks: blockedFor(stuckMs),
      };
      result.interactionStuck = `${name}: ${error.message}`;
      debug(`  ${target.kind} ${name}: ${error.message}`);
      return; // the browser is killed with the page still blocked
    }
  }
}
