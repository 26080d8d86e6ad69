// Unit tests of the theme: corridor colours with a fallback, and the default theme's completeness.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THEME,
  corridorColors,
  cssRgb,
  cssRgba,
  themeWithFileColors,
  corridorWidths,
} from '../../src/theme';

describe('corridorColors', () => {
  it("corridorColors(theme, 'south-west') is the theme's south-west entry", () => {
    expect(corridorColors(DEFAULT_THEME, 'south-west')).toEqual({
      base: [200, 56, 34, 150],
      flow: [255, 107, 53, 255],
      dash: [0, 0],
    });
  });

  it('corridorColors gives an id the theme does not name one of otherCorridors, the same each time', () => {
    const style = corridorColors(DEFAULT_THEME, 'user-corridor');
    expect(DEFAULT_THEME.otherCorridors).toContain(style);
    expect(corridorColors(DEFAULT_THEME, 'user-corridor')).toBe(style);
  });

  it('corridorColors spreads unknown ids over several styles', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `corridor-${i}`);
    const styles = new Set(ids.map((id) => corridorColors(DEFAULT_THEME, id)));
    expect(styles.size).toBe(DEFAULT_THEME.otherCorridors.length);
  });

  it('corridorColors ignores inherited names such as constructor', () => {
    expect(DEFAULT_THEME.otherCorridors).toContain(corridorColors(DEFAULT_THEME, 'constructor'));
  });

  it('corridorColors reads the theme it is given', () => {
    const theme = structuredClone(DEFAULT_THEME);
    theme.corridors['north-east'] = { base: [1, 2, 3, 4], flow: [5, 6, 7, 8], dash: [0, 0] };
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

  it('DEFAULT_THEME gives the two corridors different dash patterns (told apart without colour)', () => {
    expect(DEFAULT_THEME.corridors['south-west']?.dash).not.toEqual(
      DEFAULT_THEME.corridors['north-east']?.dash,
    );
  });

  it('DEFAULT_THEME dims other corridors to a fraction strictly between 0 and 1', () => {
    expect(DEFAULT_THEME.dimmed).toBeGreaterThan(0);
    expect(DEFAULT_THEME.dimmed).toBeLessThan(1);
  });
});

describe('cssRgb and cssRgba', () => {
  it('cssRgb leaves the alpha out', () => {
    expect(cssRgb([200, 56, 34, 150])).toBe('rgb(200, 56, 34)');
  });

  it('cssRgba turns 0–255 alpha into CSS 0–1', () => {
    expect(cssRgba([214, 40, 57, 255])).toBe('rgba(214, 40, 57, 1)');
    expect(cssRgba([200, 56, 34, 150])).toBe('rgba(200, 56, 34, 0.588)');
  });
});

describe('themeWithFileColors(theme, corridors)', () => {
  it("gives a corridor its file's colour: the flow at the file's opacity, the base at 60 % of it", () => {
    const theme = themeWithFileColors(DEFAULT_THEME, [
      { id: '2africa', style: { color: '#e4007c' } },
      { id: 'peace', style: { color: '#00ff00', opacity: 0.5 } },
    ]);
    expect(corridorColors(theme, '2africa').flow).toEqual([228, 0, 124, 255]);
    expect(corridorColors(theme, '2africa').base).toEqual([228, 0, 124, 153]);
    expect(corridorColors(theme, 'peace').flow).toEqual([0, 255, 0, 128]);
  });

  it('keeps the dash pattern the id picks, and the theme itself unchanged', () => {
    const before = corridorColors(DEFAULT_THEME, '2africa').dash;
    const theme = themeWithFileColors(DEFAULT_THEME, [
      { id: '2africa', style: { color: '#e4007c' } },
    ]);
    expect(corridorColors(theme, '2africa').dash).toEqual(before);
    expect(Object.hasOwn(DEFAULT_THEME.corridors, '2africa')).toBe(false);
  });

  it("returns the theme as it is without a coloured corridor, and keeps the theme's own corridors", () => {
    expect(
      themeWithFileColors(DEFAULT_THEME, [{ id: 'a' }, { id: 'b', style: { width: 2 } }]),
    ).toBe(DEFAULT_THEME);
    const theme = themeWithFileColors(DEFAULT_THEME, [
      { id: 'south-west', style: { color: '#000000' } },
    ]);
    expect(corridorColors(theme, 'south-west')).toBe(DEFAULT_THEME.corridors['south-west']);
  });
});

describe('corridorWidths(style)', () => {
  it('is 3.5 px still, 5 highlighted, 6.5 hovered and a 5 px flow without a file width', () => {
    expect(corridorWidths(undefined)).toEqual({ line: 3.5, highlighted: 5, hovered: 6.5, flow: 5 });
  });

  it("takes a file's stroke-width as the still line's, the others wider by as much", () => {
    expect(corridorWidths({ width: 2 })).toEqual({
      line: 2,
      highlighted: 3.5,
      hovered: 5,
      flow: 3.5,
    });
  });

  it('keeps a stroke-width within 0.5–12 px', () => {
    expect(corridorWidths({ width: 0 }).line).toBe(0.5);
    expect(corridorWidths({ width: 50 }).line).toBe(12);
  });
});

describe('themeWithFileColors and stroke-opacity', () => {
  it("draws a corridor with only an opacity in the colour its id picks, at the file's opacity", () => {
    const picked = corridorColors(DEFAULT_THEME, 'faint').flow;
    const theme = themeWithFileColors(DEFAULT_THEME, [{ id: 'faint', style: { opacity: 0.4 } }]);
    expect(corridorColors(theme, 'faint').flow).toEqual([picked[0], picked[1], picked[2], 102]);
    expect(corridorColors(theme, 'faint').base[3]).toBe(61);
  });
});
