// Playing the timeline: the pure step from one tick to the next, and the timer that drives it.
import type { State } from '../state/state';
import type { Store } from '../state/store';
import { advance, YEAR_1403 } from './time-scale';

/** How often the timeline advances while it plays, in ms. */
export const PLAY_TICK_MS = 100;

/**
 * One tick of playback: the days carried over from earlier ticks plus this tick's share of `speed`
 * (days per second); whole days move the date on, the rest is carried. `stop` at the year's end.
 *
 * @example
 * playbackTick('2024-03-20', 0.5, 14, 100); // { time: '2024-03-21', carry: 0.9, stop: false }
 */
export function playbackTick(
  time: string,
  carry: number,
  speed: number,
  tickMs: number,
): { time: string; carry: number; stop: boolean } {
  const days = carry + (speed * tickMs) / 1000;
  const whole = Math.floor(days);
  if (whole < 1) return { time, carry: days, stop: false };
  const next = advance(time, whole);
  return { time: next, carry: days - whole, stop: next >= YEAR_1403.end };
}

/**
 * Advances the timeline while the state says it plays: from the start of 1403 when no date is set
 * (or at the end), stopping at the end of the year. Returns the function that stops watching.
 *
 * @example
 * const stop = drivePlayback(store);
 */
export function drivePlayback(store: Store): () => void {
  let timer = 0;
  let carry = 0;
  const stop = () => {
    window.clearInterval(timer);
    timer = 0;
  };
  const start = () => {
    stop();
    const state = store.getState();
    if (state.time === null || state.time >= YEAR_1403.end) {
      store.dispatch({ type: 'setTime', time: YEAR_1403.start });
    }
    carry = 0;
    timer = window.setInterval(() => {
      const now = store.getState();
      if (now.time === null) return;
      const tick = playbackTick(now.time, carry, now.speed, PLAY_TICK_MS);
      carry = tick.carry;
      if (tick.time !== now.time) store.dispatch({ type: 'setTime', time: tick.time });
      if (tick.stop) store.dispatch({ type: 'setPlaying', playing: false });
    }, PLAY_TICK_MS);
  };
  const onChange = (state: State, previous: State) => {
    if (state.playing === previous.playing) return;
    if (state.playing) start();
    else stop();
  };
  const unsubscribe = store.subscribe(onChange);
  // Mounted on a state that already plays (the app mounted again): it goes on playing.
  if (store.getState().playing) start();
  return () => {
    stop();
    unsubscribe();
  };
}
