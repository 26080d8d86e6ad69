// Playing the timeline: the pure step from one tick to the next, and the timer that drives it.
import type { State } from '../state/state';
import type { Store } from '../state/store';
import type { IsoInterval } from '../i18n/jalali-period';
import { advance } from './time-scale';

/** How often the timeline advances while it plays, in ms. */
export const PLAY_TICK_MS = 100;

/**
 * One tick of playback: the days carried over from earlier ticks plus this tick's share of `speed`
 * (days per second); whole days move the date on, within the domain, the rest is carried. `stop`
 * at the domain's last day.
 *
 * @example
 * playbackTick('2024-03-20', 0.5, 14, 100, YEAR_1403); // { time: '2024-03-21', carry: 0.9, stop: false }
 */
export function playbackTick(
  time: string,
  carry: number,
  speed: number,
  tickMs: number,
  domain: Readonly<IsoInterval>,
): { time: string; carry: number; stop: boolean } {
  const days = carry + (speed * tickMs) / 1000;
  const whole = Math.floor(days);
  if (whole < 1) return { time, carry: days, stop: false };
  const next = advance(time, whole, domain);
  return { time: next, carry: days - whole, stop: next >= domain.end };
}

/**
 * Advances the timeline while the state says it plays: from the first day of the dataset's timeline
 * when no date is set (or at the end), stopping at its last day. `domain` is read when play starts
 * (the dataset may change); without one (no dated meetings) play stops at once. Returns the
 * function that stops watching.
 *
 * @example
 * const stop = drivePlayback(store, () => model.timeline);
 */
export function drivePlayback(
  store: Store,
  domain: () => Readonly<IsoInterval> | null,
): () => void {
  let timer = 0;
  let carry = 0;
  const stop = () => {
    window.clearInterval(timer);
    timer = 0;
  };
  const start = () => {
    stop();
    const range = domain();
    if (range === null) {
      store.dispatch({ type: 'setPlaying', playing: false });
      return;
    }
    const state = store.getState();
    if (state.time === null || state.time >= range.end || state.time < range.start) {
      store.dispatch({ type: 'setTime', time: range.start });
    }
    carry = 0;
    timer = window.setInterval(() => {
      const now = store.getState();
      if (now.time === null) return;
      const tick = playbackTick(now.time, carry, now.speed, PLAY_TICK_MS, range);
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
