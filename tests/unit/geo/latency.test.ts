// Unit tests of the fibre latency estimate.
import { describe, expect, it } from 'vitest';
import { FIBRE_DELAY_US_PER_KM, fibreLatencyMs } from '../../../src/geo/latency';

describe('fibreLatencyMs', () => {
  it('fibreLatencyMs(1000) is 4.9 ms', () => {
    expect(fibreLatencyMs(1000)).toBe(4.9);
  });

  it('fibreLatencyMs(0) is 0', () => {
    expect(fibreLatencyMs(0)).toBe(0);
  });

  it('fibreLatencyMs grows linearly with the distance', () => {
    expect(fibreLatencyMs(2500)).toBeCloseTo(2.5 * fibreLatencyMs(1000), 12);
  });

  it('FIBRE_DELAY_US_PER_KM is 4.9 µs per km', () => {
    expect(FIBRE_DELAY_US_PER_KM).toBe(4.9);
  });
});
