// Unit tests of the bench's import case: its generated cable map, and the report's section for it.
import { describe, expect, it } from 'vitest';
import { generatedCableMap } from '../../../bench/measure/import.mjs';
import { importSection } from '../../../bench/report/report.mjs';

describe('generatedCableMap()', () => {
  it('is the same file every time: seeded, no third-party data', () => {
    expect(generatedCableMap()).toBe(generatedCableMap());
  });

  it('is at least 1 MB of 500 MultiLineStrings whose properties are only color and slug', () => {
    const text = generatedCableMap();
    const map = JSON.parse(text) as {
      features: { properties: Record<string, string>; geometry: { type: string } }[];
    };
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    expect(text.length).toBeLessThan(1_100_000);
    expect(map.features).toHaveLength(500);
    expect(new Set(map.features.map((f) => f.geometry.type))).toEqual(new Set(['MultiLineString']));
    expect(new Set(map.features.flatMap((f) => Object.keys(f.properties)))).toEqual(
      new Set(['color', 'slug']),
    );
  });
});

describe('importSection(results)', () => {
  it('is empty without an import case', () => {
    expect(importSection({ import: null })).toEqual([]);
  });

  it('gives the cables on screen as a ratio of the default start-up, against the 2× target', () => {
    const figures = (importMs: number) => ({
      runs: 1,
      failed: 0,
      errors: [],
      importMs,
      longTaskCount: 1,
      longTaskMaxMs: 80,
      blockingMs: 30,
      timerLagMaxMs: 60,
      inputDelayMaxMs: null,
      keyRoundTripMaxMs: 90,
      keyRoundTripMedianMs: 20,
    });
    const text = importSection({
      import: {
        file: { bytes: 1_000_000, lines: 500, parts: 1000, points: 50_000 },
        defaultStartupMs: 4000,
        cables: figures(6000),
        default: figures(3000),
      },
    }).join('\n');
    expect(text).toContain('1.50× of it (target ≤ 2×: met)');
    expect(text).toContain("2.00× of importing the default dataset's own file");
  });
});
