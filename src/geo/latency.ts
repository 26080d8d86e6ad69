// Fibre latency estimate: light in glass covers about 1 km every 4.9 µs, one way.

/** One-way propagation delay in optical fibre, in microseconds per km (an estimate: n ≈ 1.47). */
export const FIBRE_DELAY_US_PER_KM = 4.9;

/**
 * Estimated one-way propagation delay, in milliseconds, over `km` of fibre. It ignores equipment,
 * routing and the real cable path, which is always longer than the drawn schematic route.
 *
 * @example
 * fibreLatencyMs(1000); // 4.9
 */
export function fibreLatencyMs(km: number): number {
  return (km * FIBRE_DELAY_US_PER_KM) / 1000;
}
