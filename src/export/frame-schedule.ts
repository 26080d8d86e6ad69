// The frames of a video: a fixed clock stepped frame by frame, never the wall clock.
import { FLOW_SPACING_KM, FLOW_SPEED_KM_PER_S, PULSE_PERIOD_S } from '../layers/flow';

/** One video frame: its index, when it shows and for how long (seconds), and the animation time it draws. */
export interface Frame {
  index: number;
  timestamp: number;
  duration: number;
  /** Seconds of animation, for `clockAt`. */
  clockSeconds: number;
}

/** Seconds after which the corridor flow and the meeting halos repeat exactly (2 s). */
export const LOOP_PERIOD_S = lcm(FLOW_SPACING_KM / FLOW_SPEED_KM_PER_S, PULSE_PERIOD_S);

/** Least common multiple of two periods in seconds, to the millisecond. */
function lcm(a: number, b: number): number {
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  const [ma, mb] = [Math.round(a * 1000), Math.round(b * 1000)];
  return (ma * mb) / gcd(ma, mb) / 1000;
}

/** Default video length: three loops of the flow (6 s), so the video itself loops without a seam. */
export const DEFAULT_DURATION_S = 3 * LOOP_PERIOD_S;
/** Default frame rate. */
export const DEFAULT_FPS = 30;

/**
 * The frames of a `durationS`-second video at `fps` frames per second. Timestamps are computed from
 * the index (never accumulated), so there is no drift; the last frame ends exactly at the duration.
 *
 * @example
 * frameSchedule(2, 10).length; // 20
 * frameSchedule(2, 10)[3]; // { index: 3, timestamp: 0.3, duration: 0.1, clockSeconds: 0.3 }
 */
export function frameSchedule(durationS: number, fps: number): Frame[] {
  if (!(durationS > 0) || !(fps > 0)) return [];
  const count = Math.max(1, Math.round(durationS * fps));
  return Array.from({ length: count }, (_, index) => ({
    index,
    timestamp: index / fps,
    duration: 1 / fps,
    clockSeconds: index / fps,
  }));
}
