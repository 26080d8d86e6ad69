// Colours and sizes of the map and its layers: one theme object, no literals inside accessors.
import type { CountryRole } from '../data/types';

/** An RGBA colour, 0–255 per channel, as deck.gl takes it. */
export type Rgba = [number, number, number, number];

export interface Theme {
  background: string;
  land: string;
  border: string;
  selectedBorder: string;
  label: string;
  labelHalo: string;
  /** Country fill by role; countries the dataset does not describe are plain land. */
  roles: Record<CountryRole, string>;
  /** Corridor colours by corridor id; `fallback` for ids a theme does not know (user data). */
  corridors: Record<string, { base: Rgba; flow: Rgba }> & { fallback: { base: Rgba; flow: Rgba } };
  /** Meeting places: under way (`fill`), over (`past`) and still to come (`future`) on the timeline. */
  meeting: { fill: Rgba; past: Rgba; future: Rgba; stroke: Rgba; pulse: Rgba };
  trip: { source: Rgba; target: Rgba };
  /** Opacity multiplier of corridors other than the highlighted one. */
  dimmed: number;
}

/**
 * The default theme: a quiet, light basemap (it projects and prints well) under saturated corridors.
 * Role colours are told apart by lightness as well as hue.
 *
 * @example
 * DEFAULT_THEME.corridors['south-west'].flow; // [255, 107, 53, 255]
 */
export const DEFAULT_THEME: Theme = {
  background: '#cfdde6',
  land: '#f4f2ed',
  border: '#a9a398',
  selectedBorder: '#1d1d1f',
  label: '#2a2a2e',
  labelHalo: 'rgba(255,255,255,0.9)',
  roles: {
    iran: '#5fa894',
    partner: '#f0c96b',
    transit: '#c6b3dd',
    destination: '#a9cfe0',
  },
  corridors: {
    'south-west': { base: [200, 56, 34, 150], flow: [255, 107, 53, 255] },
    'north-east': { base: [32, 84, 170, 150], flow: [64, 140, 255, 255] },
    fallback: { base: [90, 90, 90, 150], flow: [30, 30, 30, 255] },
  },
  meeting: {
    fill: [214, 40, 57, 255],
    past: [150, 60, 70, 230],
    future: [120, 120, 130, 90],
    stroke: [255, 255, 255, 255],
    pulse: [214, 40, 57, 200],
  },
  trip: { source: [60, 60, 70, 40], target: [214, 40, 57, 200] },
  dimmed: 0.25,
};

/**
 * The colours of one corridor, falling back for ids the theme does not name.
 *
 * @example
 * corridorColors(DEFAULT_THEME, 'user-corridor') === DEFAULT_THEME.corridors.fallback; // true
 */
export function corridorColors(theme: Theme, id: string): { base: Rgba; flow: Rgba } {
  return theme.corridors[id] ?? theme.corridors.fallback;
}
