// Unit tests of the flow animation's timing: the periodic clock and the memoised pulse trains.
import { describe, expect, it } from 'vitest';
import type { LegGeometry } from '../../../src/geo/corridor-geometry';
import {
  FLOW_SPACING_KM,
  FLOW_SPEED_KM_PER_S,
  FLOW_TRAIL_KM,
  PULSE_PERIOD_S,
  STILL_CLOCK,
  clockAt,
  flowTrips,
} from '../../../src/layers/flow';

/** A leg whose timestamps run from `startKm` in steps of `stepKm`. */
function leg(legId: string, startKm: number, steps: number, stepKm = 100): LegGeometry {
  const timestamps = Array.from({ length: steps + 1 }, (_, i) => startKm + i * stepKm);
  return {
    corridorId: 'test',
    legId,
    name: { fa: legId, en: legId },
    path: timestamps.map((_, i) => [i, 0]),
    timestamps,
    lengthKm: steps * stepKm,
  };
}

/** A fresh array of legs: a trunk from 0 km and a branch starting at 2,500 km. */
function legs(): LegGeometry[] {
  return [leg('trunk', 0, 30), leg('branch', 2500, 12)];
}

const LOOP_S = FLOW_SPACING_KM / FLOW_SPEED_KM_PER_S;

describe('clockAt', () => {
  it('clockAt(0) is at the start of both loops', () => {
    expect(clockAt(0)).toEqual({ flowKm: 0, pulse: 0 });
  });

  it('clockAt(1.5) has run 900 km of flow and three quarters of a pulse', () => {
    expect(clockAt(1.5)).toEqual({ flowKm: 900, pulse: 0.75 });
  });

  it('clockAt(0).flowKm equals clockAt(FLOW_SPACING_KM / FLOW_SPEED_KM_PER_S).flowKm', () => {
    expect(clockAt(LOOP_S).flowKm).toBe(clockAt(0).flowKm);
  });

  it('clockAt is periodic in flowKm with period FLOW_SPACING_KM / FLOW_SPEED_KM_PER_S', () => {
    for (const t of [0.3, 1.7, 12.25]) {
      expect(clockAt(t + LOOP_S).flowKm).toBeCloseTo(clockAt(t).flowKm, 6);
    }
  });

  it('clockAt is periodic in pulse with period PULSE_PERIOD_S', () => {
    for (const t of [0.3, 1.7, 12.25]) {
      expect(clockAt(t + PULSE_PERIOD_S).pulse).toBeCloseTo(clockAt(t).pulse, 9);
    }
  });

  it('clockAt keeps flowKm in [0, FLOW_SPACING_KM) and pulse in [0, 1) for any time ≥ 0', () => {
    for (let t = 0; t < 120; t += 0.37) {
      const { flowKm, pulse } = clockAt(t);
      expect(flowKm).toBeGreaterThanOrEqual(0);
      expect(flowKm).toBeLessThan(FLOW_SPACING_KM);
      expect(pulse).toBeGreaterThanOrEqual(0);
      expect(pulse).toBeLessThan(1);
    }
  });
});

describe('STILL_CLOCK', () => {
  it('STILL_CLOCK is a fixed frame: pulses 60% of a spacing along, halos at 0.35', () => {
    expect(STILL_CLOCK).toEqual({ flowKm: 720, pulse: 0.35 });
  });
});

describe('flowTrips', () => {
  it('flowTrips(legs) returns the same array for the same legs array (memoised)', () => {
    const input = legs();
    expect(flowTrips(input)).toBe(flowTrips(input));
  });

  it('flowTrips memoises by the legs array, not by its contents', () => {
    const input = legs();
    expect(flowTrips([...input])).not.toBe(flowTrips(input));
  });

  it('flowTrips refers to the legs themselves, not copies', () => {
    const input = legs();
    expect(new Set(flowTrips(input).map((trip) => trip.leg))).toEqual(new Set(input));
  });

  it("every trip's timestamps are its leg's, shifted back by a whole number of spacings", () => {
    for (const trip of flowTrips(legs())) {
      const shift = (trip.leg.timestamps[0] as number) - (trip.timestamps[0] as number);
      expect(shift % FLOW_SPACING_KM).toBe(0);
      expect(trip.timestamps).toEqual(trip.leg.timestamps.map((km) => km - shift));
    }
  });

  it('flowTrips shifts each leg by 0, 1, 2 … spacings with no gap, far enough for the trail to leave', () => {
    const input = legs();
    const trips = flowTrips(input);
    for (const l of input) {
      const shifts = trips
        .filter((trip) => trip.leg === l)
        .map((trip) => (l.timestamps[0] as number) - (trip.timestamps[0] as number));
      const end = l.timestamps[l.timestamps.length - 1] as number;
      const count = Math.ceil((end + FLOW_TRAIL_KM) / FLOW_SPACING_KM) + 1;
      expect(shifts).toEqual(Array.from({ length: count }, (_, j) => j * FLOW_SPACING_KM));
      expect(Math.max(...shifts)).toBeGreaterThanOrEqual(end + FLOW_TRAIL_KM);
    }
  });

  it('flowTrips of no legs is empty', () => {
    expect(flowTrips([])).toEqual([]);
  });
});
