// Unit tests of the theme: corridor colours with a fallback, and the default theme's completeness.
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME, corridorColors } from '../../../src/layers/theme';

describe('corridorColors', () => {
  it("corridorColors(theme, 'south-west') is the theme's south-west entry", () => {
    expect(corridorColors(DEFAULT_THEME, 'south-west')).toEqual({
      base: [200, 56, 34, 150],
      flow: [255, 107, 53, 255],
    });
  });

  it('corridorColors falls back for an id the theme does not name', () => {
    expect(corridorColors(DEFAULT_THEME, 'user-corridor')).toBe(DEFAULT_THEME.corridors.fallback);
  });

  it('corridorColors reads the theme it is given', () => {
    const theme = structuredClone(DEFAULT_THEME);
    theme.corridors['north-east'] = { base: [1, 2, 3, 4], flow: [5, 6, 7, 8] };
    expect(corridorColors(theme, 'north-east').flow).toEqual([5, 6, 7, 8]);
  });
});

describe('DEFAULT_THEME', () => {
  it('DEFAULT_THEME gives each country role its own fill colour', () => {
    const colours = Object.values(DEFAULT_THEME.roles);
    expect(new Set(colours).size).toBe(4);
    expect(colours).not.toContain(DEFAULT_THEME.land);
  });

  it('DEFAULT_THEME gives the two corridors different flow colours', () => {
    expect(DEFAULT_THEME.corridors['south-west']?.flow).not.toEqual(
      DEFAULT_THEME.corridors['north-east']?.flow,
    );
  });

  it('DEFAULT_THEME dims other corridors to a fraction strictly between 0 and 1', () => {
    expect(DEFAULT_THEME.dimmed).toBeGreaterThan(0);
    expect(DEFAULT_THEME.dimmed).toBeLessThan(1);
  });
});
