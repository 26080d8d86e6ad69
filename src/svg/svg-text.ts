// Text in the SVG map (pure): labels in either language, width estimates, line wrapping, label collisions.
import type { Lang } from '../i18n/format';
import { svgEl, type SvgElementNode } from './svg-tree';
import { wrapLines } from '../i18n/wrap-lines';

/** The page's font first (it carries Persian), then common fonts that also do. */
export const SVG_FONT_FAMILY = 'Vazirmatn, Tahoma, Arial, sans-serif';

/** How a label is drawn. `anchor` is logical: `start` is the right end of right-to-left text. */
export interface LabelStyle {
  size: number;
  fill: string;
  anchor?: 'start' | 'middle' | 'end';
  weight?: 'normal' | 'bold';
  /** A halo behind the letters (the colour), as MapLibre's text-halo. */
  halo?: string;
  /**
   * The kind of inference when the label is a claim of ours: drawn in italic, a little lighter,
   * with `class="inferred"` and `data-inference` (its text carries the mark, from markedLabel).
   */
  inference?: string | null;
}

/** How much lighter an inferred label is drawn, as on the WebGL map. */
export const INFERRED_OPACITY = 0.85;

/**
 * A `<text>` in `lang`: Persian carries `direction="rtl"` (and `unicode-bidi="embed"`), so the
 * browser lays it out right to left and `text-anchor` reads from the right.
 *
 * @example
 * svgLabel('fa', 100, 50, 'ایران', { size: 12, fill: '#222' });
 */
export function svgLabel(
  lang: Lang,
  x: number,
  y: number,
  text: string,
  style: LabelStyle,
): SvgElementNode {
  return svgEl(
    'text',
    {
      x: round(x),
      y: round(y),
      'font-size': style.size,
      'font-weight': style.weight === 'bold' ? 'bold' : undefined,
      fill: style.fill,
      'text-anchor': style.anchor ?? 'middle',
      direction: lang === 'fa' ? 'rtl' : undefined,
      'unicode-bidi': lang === 'fa' ? 'embed' : undefined,
      stroke: style.halo,
      'stroke-width': style.halo ? 3 : undefined,
      'stroke-linejoin': style.halo ? 'round' : undefined,
      'paint-order': style.halo ? 'stroke' : undefined,
      class: style.inference ? 'inferred' : undefined,
      'data-inference': style.inference ?? undefined,
      'font-style': style.inference ? 'italic' : undefined,
      'fill-opacity': style.inference ? INFERRED_OPACITY : undefined,
    },
    text,
  );
}

/**
 * A rough width of `text` at `size` px, for layout without a browser: wide enough for Vazirmatn's
 * Latin and Persian letters, so boxes sized by it hold their text.
 *
 * @example
 * estimateTextWidth('Iran', 12); // ≈ 27
 */
export function estimateTextWidth(text: string, size: number): number {
  let em = 0;
  for (const char of text) {
    if (/[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]/.test(char)) em += 0.55;
    else if (/[A-Z0-9]/.test(char)) em += 0.66;
    else if (/[\s.,:;'’()|·-]/.test(char)) em += 0.3;
    else em += 0.56;
  }
  return em * size;
}

/**
 * `text` broken into lines no wider than `maxWidth` (estimated), at spaces.
 *
 * @example
 * wrapText('Corridor routes are schematic', 80, 11); // ["Corridor routes", "are schematic"]
 */
export function wrapText(text: string, maxWidth: number, size: number): string[] {
  return wrapLines(text, maxWidth, (line) => estimateTextWidth(line, size));
}

/** An axis-aligned box in pixels. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Greedy label placement, as MapLibre's collision does: labels are offered in priority order and
 * one that would overlap an earlier one is left out.
 *
 * @example
 * const placer = labelPlacer();
 * placer.place({ x0: 0, y0: 0, x1: 50, y1: 12 }); // true
 * placer.place({ x0: 10, y0: 5, x1: 60, y1: 17 }); // false
 */
export function labelPlacer(): { place(box: Box): boolean } {
  const placed: Box[] = [];
  return {
    place(box) {
      if (placed.some((b) => box.x0 < b.x1 && b.x0 < box.x1 && box.y0 < b.y1 && b.y0 < box.y1)) {
        return false;
      }
      placed.push(box);
      return true;
    },
  };
}

/**
 * Rounds a coordinate to 0.1 px: precise enough for print, and the files stay small.
 *
 * @example
 * round(12.3456); // 12.3
 */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
