// Kiosk play: the story advances by itself on a fixed dwell time, and stops at the first key or touch.
import type { AtlasModel } from '../data/atlas-model';
import type { Store } from '../state/store';
import { goToStep, nextKioskStep, presentedStory } from '../story/story';

/** Seconds each step stays on screen in kiosk play, unless `dwell=` says otherwise. */
export const DEFAULT_DWELL_S = 12;

/**
 * Starts kiosk play. It stops at the end (unless `loop`), at the first key or pointer press, or when
 * presenter mode ends. Returns the function that stops it.
 *
 * @example
 * const stop = startKiosk(store, model, { loop: true, dwellSeconds: 12 });
 */
export function startKiosk(
  store: Store,
  model: AtlasModel,
  options: { loop: boolean; dwellSeconds: number },
): () => void {
  const timer = window.setInterval(() => {
    const current = store.getState().presentation;
    const steps = presentedStory(model, store.getState()).length;
    if (!current) return stop();
    const next = nextKioskStep(current.step, steps, options.loop);
    if (next === null) return stop();
    goToStep(store, model, next);
  }, options.dwellSeconds * 1000);
  const stop = () => {
    window.clearInterval(timer);
    document.removeEventListener('keydown', stop, true);
    document.removeEventListener('pointerdown', stop, true);
    document.documentElement.classList.remove('kiosk');
  };
  document.addEventListener('keydown', stop, true);
  document.addEventListener('pointerdown', stop, true);
  document.documentElement.classList.add('kiosk');
  return stop;
}
