// What other tools put in a feature's properties: a name under another key, simplestyle, the rest as text.
import type { ExtraProperties, Style } from '../../dataset';
import { CSS_COLORS } from './css-colors';
import { own, type JsonObject } from './json-values';

/** Where a feature's name may be, in order, after `name` itself (which may be bilingual). */
export const NAME_KEYS = ['Name', 'NAME', 'title', 'label', 'slug', 'id'] as const;
/** The simplestyle properties and their common variants, read into a {@link Style}. */
export const STYLE_KEYS = [
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'marker-color',
  'color',
  'colour',
  'fill',
  'fill-opacity',
  'marker-size',
  'marker-symbol',
] as const;
/** Keys that would change an object's prototype if set: never kept, reported by the caller. */
export const HOSTILE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** Most properties kept as text, and the longest text kept. */
const MAX_EXTRAS = 100;
const MAX_TEXT = 2000;

/**
 * A colour as `#rrggbb` from hex (`#e4007c`, `e4007c`, `#e07`, any case) or a CSS name; undefined
 * when it is neither.
 *
 * @example
 * maybeColor('E4007C'); // '#e4007c'
 * maybeColor('Teal');   // '#008080'
 */
export function maybeColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  const named = CSS_COLORS[text];
  if (named) return named;
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text)?.[1];
  if (hex === undefined) return undefined;
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}

/** A number from a number or numeric text, within [min, max]; undefined otherwise. */
function numberIn(value: unknown, min: number, max: number): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}

/**
 * A feature's style from simplestyle (`stroke`, `stroke-width`, `stroke-opacity` for lines;
 * `marker-color` for points) or `color`/`colour`; undefined when it gives none that can be read.
 *
 * @example
 * styleOf({ stroke: '#e4007c', 'stroke-width': 3 }, 'line'); // { color: '#e4007c', width: 3 }
 * styleOf({ color: 'e4007c' }, 'point');                    // { color: '#e4007c' }
 */
export function styleOf(props: JsonObject, kind: 'line' | 'point'): Style | undefined {
  const color =
    maybeColor(own(props, kind === 'line' ? 'stroke' : 'marker-color')) ??
    maybeColor(own(props, 'color')) ??
    maybeColor(own(props, 'colour'));
  const width = kind === 'line' ? numberIn(own(props, 'stroke-width'), 0, 50) : undefined;
  const opacity = kind === 'line' ? numberIn(own(props, 'stroke-opacity'), 0, 1) : undefined;
  const style: Style = {
    ...(color === undefined ? {} : { color }),
    ...(width === undefined ? {} : { width }),
    ...(opacity === undefined ? {} : { opacity }),
  };
  return Object.keys(style).length > 0 ? style : undefined;
}

/**
 * A slug or id made readable: hyphens and underscores become spaces, the first letter upper case.
 *
 * @example
 * readableSlug('2africa-pearls'); // '2africa pearls'
 * readableSlug('sea_me_we-6');    // 'Sea me we 6'
 */
export function readableSlug(slug: string): string {
  const text = slug.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A feature's name from the first of {@link NAME_KEYS} that holds text (a slug or id made
 * readable), and the key it came from; undefined when none does.
 *
 * @example
 * guessedName({ slug: 'sea-me-we-6' }); // { text: 'Sea me we 6', key: 'slug' }
 */
export function guessedName(props: JsonObject): { text: string; key: string } | undefined {
  for (const key of NAME_KEYS) {
    const value = own(props, key);
    const text =
      typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
    if (text === '') continue;
    const shown = key === 'slug' || key === 'id' ? readableSlug(text) : text;
    return { text: shown.slice(0, MAX_TEXT), key };
  }
  return undefined;
}

/**
 * The properties a feature has beyond those the import reads, as text for a key/value table:
 * numbers and booleans written out, lists and objects as JSON, empty values and
 * {@link HOSTILE_KEYS} left out.
 *
 * @example
 * extraProperties({ name: 'A', owners: 'Meta', rfs: 2023 }, new Set(['name'])); // { owners: 'Meta', rfs: '2023' }
 */
export function extraProperties(
  props: JsonObject,
  known: ReadonlySet<string>,
): ExtraProperties | undefined {
  const out: ExtraProperties = {};
  let count = 0;
  for (const [key, value] of Object.entries(props)) {
    if (known.has(key) || HOSTILE_KEYS.has(key) || value === null || value === undefined) continue;
    if (count >= MAX_EXTRAS) break;
    const text = (typeof value === 'string' ? value : JSON.stringify(value)).trim();
    if (text === '' || key.trim() === '') continue;
    out[key.slice(0, 200)] = text.slice(0, MAX_TEXT);
    count += 1;
  }
  return count > 0 ? out : undefined;
}
