// Colours and sizes of the map and its layers: one theme object, no literals inside accessors.
import type { CountryRole, Style } from './dataset';

/** An RGBA colour, 0–255 per channel, as deck.gl takes it. */
export type Rgba = [number, number, number, number];

/**
 * How one corridor is drawn. `dash` is `[dash, gap]` in multiples of the line width, `[0, 0]` for a
 * solid line: corridors differ in pattern as well as colour, so they are told apart without colour
 * (WCAG 1.4.1) and in black-and-white print.
 */
export interface CorridorStyle {
  base: Rgba;
  flow: Rgba;
  dash: [number, number];
}

export interface Theme {
  background: string;
  land: string;
  border: string;
  selectedBorder: string;
  label: string;
  labelHalo: string;
  /** Country fill by role; countries the dataset does not describe are plain land. */
  roles: Record<CountryRole, string>;
  /** Corridor styles by corridor id. */
  corridors: Record<string, CorridorStyle>;
  /** Styles for corridor ids the theme does not name (user data), picked by a hash of the id. */
  otherCorridors: readonly CorridorStyle[];
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
    'south-west': { base: [200, 56, 34, 150], flow: [255, 107, 53, 255], dash: [0, 0] },
    'north-east': { base: [32, 84, 170, 150], flow: [64, 140, 255, 255], dash: [2.5, 2] },
  },
  otherCorridors: [
    { base: [0, 121, 107, 150], flow: [0, 150, 136, 255], dash: [0, 0] },
    { base: [123, 31, 162, 150], flow: [156, 39, 176, 255], dash: [3, 1.5] },
    { base: [191, 54, 12, 150], flow: [230, 81, 0, 255], dash: [1, 1.5] },
    { base: [55, 71, 79, 150], flow: [69, 90, 100, 255], dash: [6, 2] },
  ],
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
 * A theme colour as opaque CSS, its alpha left out: text, legend swatches and SVG, where the colour
 * stands alone.
 *
 * @example
 * cssRgb([200, 56, 34, 150]); // 'rgb(200, 56, 34)'
 */
export const cssRgb = ([r, g, b]: Rgba): string => `rgb(${r}, ${g}, ${b})`;

/**
 * A theme colour as CSS with its alpha, 0–255 turned into 0–1 (three decimals).
 *
 * @example
 * cssRgba([200, 56, 34, 150]); // 'rgba(200, 56, 34, 0.588)'
 */
export function cssRgba([r, g, b, a]: Rgba): string {
  return `rgba(${r}, ${g}, ${b}, ${Math.round((a / 255) * 1000) / 1000})`;
}

/** A small stable hash of a string (FNV-1a), to give unknown ids a style that never changes. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The style of one corridor: the theme's own entry, or for an id it does not name (user data) one
 * of `otherCorridors`, always the same for the same id.
 *
 * @example
 * corridorColors(DEFAULT_THEME, 'north-east').dash; // [2.5, 2]
 * corridorColors(DEFAULT_THEME, 'user-corridor') === corridorColors(DEFAULT_THEME, 'user-corridor'); // true
 */
export function corridorColors(theme: Theme, id: string): CorridorStyle {
  const own = Object.hasOwn(theme.corridors, id) ? theme.corridors[id] : undefined;
  if (own) return own;
  const others = theme.otherCorridors;
  return others[hash(id) % others.length] as CorridorStyle;
}

/** The still line's width in px, and the range a file's `stroke-width` is kept to. */
export const CORRIDOR_WIDTH = { default: 3.5, min: 0.5, max: 12 } as const;

/** Pixel widths a corridor is drawn at: still, highlighted, under the pointer, and its flow. */
export interface CorridorWidths {
  line: number;
  highlighted: number;
  hovered: number;
  flow: number;
}

/**
 * The widths a corridor is drawn at, from its file's simplestyle `stroke-width` (px) kept within
 * 0.5–12 px, or 3.5 px without one: highlighted 1.5 px wider, under the pointer 3 px, the moving
 * flow 1.5 px wider than the still line, as the default corridors are drawn (3.5, 5, 6.5 and 5).
 *
 * @example
 * corridorWidths(undefined); // { line: 3.5, highlighted: 5, hovered: 6.5, flow: 5 }
 * corridorWidths({ width: 40 }).line; // 12
 */
export function corridorWidths(style: Style | undefined): CorridorWidths {
  const given = style?.width;
  const line =
    given === undefined || !Number.isFinite(given)
      ? CORRIDOR_WIDTH.default
      : Math.min(CORRIDOR_WIDTH.max, Math.max(CORRIDOR_WIDTH.min, given));
  return { line, highlighted: line + 1.5, hovered: line + 3, flow: line + 1.5 };
}

/**
 * A meeting place's radius in pixels: larger where more meetings were held (up to four).
 *
 * @example
 * meetingRadius(siteWithTwoMeetings); // 8
 */
export const meetingRadius = (site: { events: readonly unknown[] }): number =>
  5 + 1.5 * Math.min(site.events.length, 4);

/** Text colour of a corridor's end labels: its base colour, fully opaque. */
export function corridorTextColor(theme: Theme, corridorId: string): string {
  return cssRgb(corridorColors(theme, corridorId).base);
}

/** `#rrggbb` as RGB channels, or null for any other text. */
function hexRgb(color: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  return match
    ? ([1, 2, 3].map((i) => parseInt(match[i] ?? '0', 16)) as [number, number, number])
    : null;
}

/**
 * The theme with a style of its own for every corridor whose file gives it a colour (simplestyle
 * `stroke`, `color`) or an opacity (`stroke-opacity`): the map, the legend and the exports then draw a
 * cable in the colour its file gives (or the one its id picks). The flow is that colour at the file's
 * opacity, the base line the same at 60 % of it; the
 * dash pattern stays the one the id picks, so lines of one colour are still told apart. Corridors the
 * theme names keep its style; the theme itself is not changed, and without a coloured corridor it is
 * returned as it is.
 *
 * @example
 * themeWithFileColors(DEFAULT_THEME, [{ id: '2africa', style: { color: '#e4007c' } }])
 *   .corridors['2africa'].flow; // [228, 0, 124, 255]
 */
export function themeWithFileColors(
  theme: Theme,
  corridors: readonly { id: string; style?: Style }[],
): Theme {
  const own: Record<string, CorridorStyle> = {};
  for (const { id, style } of corridors) {
    const fileRgb = style?.color === undefined ? null : hexRgb(style.color);
    const [r, g, b] = corridorColors(theme, id).flow;
    const rgb = fileRgb ?? (style?.opacity === undefined ? null : ([r, g, b] as const));
    if (!rgb || Object.hasOwn(theme.corridors, id)) continue;
    const alpha = Math.round(255 * Math.min(1, Math.max(0, style?.opacity ?? 1)));
    own[id] = {
      base: [...rgb, Math.round(alpha * 0.6)],
      flow: [...rgb, alpha],
      dash: corridorColors(theme, id).dash,
    };
  }
  return Object.keys(own).length === 0
    ? theme
    : { ...theme, corridors: { ...theme.corridors, ...own } };
}
