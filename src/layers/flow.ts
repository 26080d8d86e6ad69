// The corridor flow's timing: pulses spaced along each leg, looping seamlessly.
import type { LegGeometry } from '../geo/corridor-geometry';

/** Distance between two pulses of the flow, along a corridor, in km. */
export const FLOW_SPACING_KM = 1200;
/** Length of each pulse's fading trail, in km. */
export const FLOW_TRAIL_KM = 700;
/** How fast the flow runs, in km per second of animation. */
export const FLOW_SPEED_KM_PER_S = 600;
/** Seconds per pulse of a meeting place's halo. */
export const PULSE_PERIOD_S = 2;

/** One pulse train: a leg's path with its timestamps shifted back by a multiple of the spacing. */
export interface FlowTrip {
  leg: LegGeometry;
  timestamps: number[];
}

/** The animation's position: `flowKm` in [0, FLOW_SPACING_KM), `pulse` in [0, 1). */
export interface Clock {
  flowKm: number;
  pulse: number;
}

/** The still frame shown when motion is off: pulses mid-way, halos half open. */
export const STILL_CLOCK: Clock = { flowKm: FLOW_SPACING_KM * 0.6, pulse: 0.35 };

/**
 * The clock at `seconds` of animation. Periodic, so the loop has no seam.
 *
 * @example
 * clockAt(2).flowKm; // 0 (600 km/s × 2 s = one full spacing)
 */
export function clockAt(seconds: number): Clock {
  const modulo = (x: number, m: number) => ((x % m) + m) % m;
  return {
    flowKm: modulo(seconds * FLOW_SPEED_KM_PER_S, FLOW_SPACING_KM),
    pulse: modulo(seconds, PULSE_PERIOD_S) / PULSE_PERIOD_S,
  };
}

const cache = new WeakMap<readonly LegGeometry[], FlowTrip[]>();

/**
 * Pulse trains for every leg: copies of the leg whose timestamps are shifted by whole spacings, so
 * that a `TripsLayer` whose `currentTime` loops over [0, spacing) shows a pulse every `spacing` km.
 * Memoised by the legs array, so the layer's data keeps its identity between frames.
 *
 * @example
 * flowTrips(model.legs).length; // a few per leg
 */
export function flowTrips(legs: readonly LegGeometry[]): FlowTrip[] {
  const cached = cache.get(legs);
  if (cached) return cached;
  const trips: FlowTrip[] = [];
  for (const leg of legs) {
    const end = leg.timestamps[leg.timestamps.length - 1] ?? 0;
    const copies = Math.ceil((end + FLOW_TRAIL_KM) / FLOW_SPACING_KM) + 1;
    for (let j = 0; j < copies; j++) {
      const shift = j * FLOW_SPACING_KM;
      trips.push({ leg, timestamps: leg.timestamps.map((km) => km - shift) });
    }
  }
  cache.set(legs, trips);
  return trips;
}
