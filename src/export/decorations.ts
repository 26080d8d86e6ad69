// What an exported image carries beside the map (title, legend, notice, attribution), and where each goes.
import type { AtlasModel } from '../data/atlas-model';
import type { CountryRole } from '../dataset';
import type { Lang } from '../i18n/format';
import { markedText } from '../i18n/claim-text';
import { t } from '../i18n/messages';
import { corridorColors, cssRgba, type Theme } from '../theme';
import { wrapLines } from '../i18n/wrap-lines';
import type { Size } from './output-size';

/** How a legend entry's swatch is drawn, as in the on-screen legend. */
export type SwatchShape = 'fill' | 'line' | 'point' | 'arc';

/** One legend entry: a swatch and its label. */
export interface LegendItem {
  shape: SwatchShape;
  /** A CSS colour. */
  color: string;
  label: string;
  /** The label as drawn: with its mark when it is a claim of ours ("… (our name)", from markedText). */
  text: string;
}

/** A group of legend entries under an optional heading. */
export interface LegendSection {
  heading: string | null;
  items: LegendItem[];
}

/** Everything an export writes beside the map, in one language. */
export interface DecorationContent {
  lang: Lang;
  title: string;
  subtitle: string;
  legend: LegendSection[];
  /** The "routes are schematic" notice. */
  notice: string;
  attribution: string;
}

const ROLES: CountryRole[] = ['iran', 'partner', 'transit', 'destination'];

/**
 * The title, legend, notice and attribution of an export in `lang`: the same entries and words as
 * the legend on screen.
 *
 * @example
 * decorationContent(model, DEFAULT_THEME, 'fa').notice; // 'مسیر کریدورها طرح‌واره است: …'
 */
export function decorationContent(model: AtlasModel, theme: Theme, lang: Lang): DecorationContent {
  const roles = ROLES.filter((role) =>
    [...model.countries.values()].some((c) => c.roles[0] === role),
  );
  return {
    lang,
    title: model.dataset.title[lang],
    subtitle: t(lang, 'app.subtitle'),
    legend: [
      {
        heading: t(lang, 'legend.countries'),
        items: roles.map((role) => ({
          shape: 'fill' as const,
          color: theme.roles[role],
          label: t(lang, `role.${role}`),
          text: t(lang, `role.${role}`),
        })),
      },
      {
        heading: t(lang, 'legend.corridors'),
        items: [...model.corridors.values()].map((corridor) => ({
          shape: 'line' as const,
          color: cssRgba(corridorColors(theme, corridor.id).flow),
          label: corridor.name[lang],
          text: markedText(
            model.dataset,
            `corridor/${corridor.id}/name`,
            corridor.name[lang],
            lang,
          ),
        })),
      },
      {
        heading: null,
        items: [
          {
            shape: 'point',
            color: cssRgba(theme.meeting.fill),
            label: t(lang, 'legend.meeting'),
            text: t(lang, 'legend.meeting'),
          },
          {
            shape: 'arc',
            color: cssRgba(theme.trip.target),
            label: t(lang, 'legend.trip'),
            text: t(lang, 'legend.trip'),
          },
        ],
      },
    ],
    notice: t(lang, 'disclaimer'),
    attribution: t(lang, 'attribution'),
  };
}

/** A font size in output pixels and a weight; the family is the page's (Vazirmatn). */
export interface Font {
  size: number;
  weight: 400 | 700;
}

/** Width in output pixels of `text` set in `font` (a canvas's `measureText` in the browser). */
export type Measure = (text: string, font: Font) => number;

/** One thing to draw. Text is placed by the top of its line box; `x` is where the line starts or ends per `align`. */
export type DrawOp =
  | {
      kind: 'rect';
      x: number;
      y: number;
      width: number;
      height: number;
      fill: string;
      radius: number;
    }
  | {
      kind: 'text';
      x: number;
      y: number;
      lineHeight: number;
      text: string;
      font: Font;
      color: string;
      align: 'left' | 'right';
    }
  | {
      kind: 'swatch';
      shape: SwatchShape;
      x: number;
      y: number;
      width: number;
      height: number;
      color: string;
    };

/** The drawing of the decorations: the text direction and the operations, in order. */
export interface DecorationLayout {
  direction: 'ltr' | 'rtl';
  ops: DrawOp[];
}

/** Sizes in CSS pixels, multiplied by the export's scale: an export looks like the screen, only sharper. */
const METRICS = {
  margin: 12,
  padding: 10,
  gap: 6,
  lineHeight: 1.4,
  swatch: { width: 18, height: 12 },
  /** Legend text wraps at this width. */
  legendLabel: 250,
  title: { size: 20, weight: 700 },
  subtitle: { size: 13, weight: 400 },
  heading: { size: 12, weight: 700 },
  item: { size: 12, weight: 400 },
  notice: { size: 12, weight: 400 },
  attribution: { size: 11, weight: 400 },
} as const;

const INK = '#1d1d1f';
const MUTED = '#55555c';
const BAND = 'rgba(255, 255, 255, 0.9)';
const BOX = 'rgba(255, 255, 255, 0.92)';
/** The legend gives way when it would be wider than this share of the image. */
const MAX_LEGEND_SHARE = 0.45;

/**
 * Breaks `text` into lines no wider than `width` at spaces (greedy). A word wider than `width`
 * gets a line of its own.
 *
 * @example
 * wrapText('a bb ccc', 4, { size: 1, weight: 400 }, (s) => s.length); // ['a bb', 'ccc']
 */
export function wrapText(text: string, width: number, font: Font, measure: Measure): string[] {
  return wrapLines(text, width, (line) => measure(line, font));
}

/**
 * Places the decorations on an image of `size` output pixels: a band at the top with the title and
 * subtitle, a band at the bottom with the notice and the attribution, and the legend in a box in
 * the bottom corner on the reading side (left in English, right in Persian), above the bottom band.
 * The legend is left out when it would not fit. `scale` is output pixels per CSS pixel.
 *
 * @example
 * const layout = layoutDecorations(content, { width: 2560, height: 1200 }, 2, canvasMeasure(ctx));
 * layout.ops.filter((op) => op.kind === 'text').length; // title, subtitle, legend, notice, attribution lines
 */
export function layoutDecorations(
  content: DecorationContent,
  size: Size,
  scale: number,
  measure: Measure,
): DecorationLayout {
  const rtl = content.lang === 'fa';
  const px = (n: number) => n * scale;
  const font = (f: { size: number; weight: 400 | 700 }): Font => ({
    size: px(f.size),
    weight: f.weight,
  });
  const pad = px(METRICS.padding);
  const margin = px(METRICS.margin);
  const gap = px(METRICS.gap);
  const align = rtl ? 'right' : 'left';
  const ops: DrawOp[] = [];

  /** Text lines in a full-width band at the top or the bottom; returns where the band is. */
  const band = (
    anchor: 'top' | 'bottom',
    blocks: { text: string; font: Font; color: string }[],
  ) => {
    const lines = blocks.flatMap((block) =>
      wrapText(block.text, size.width - 2 * pad, block.font, measure).map((text) => ({
        ...block,
        text,
      })),
    );
    const height =
      2 * pad + lines.reduce((sum, line) => sum + line.font.size * METRICS.lineHeight, 0);
    const y0 = anchor === 'top' ? 0 : size.height - height;
    ops.push({ kind: 'rect', x: 0, y: y0, width: size.width, height, fill: BAND, radius: 0 });
    let y = y0 + pad;
    for (const line of lines) {
      const lineHeight = line.font.size * METRICS.lineHeight;
      ops.push({
        kind: 'text',
        x: rtl ? size.width - pad : pad,
        y,
        lineHeight,
        text: line.text,
        font: line.font,
        color: line.color,
        align,
      });
      y += lineHeight;
    }
    return { top: y0, height };
  };

  const header = band('top', [
    { text: content.title, font: font(METRICS.title), color: INK },
    { text: content.subtitle, font: font(METRICS.subtitle), color: MUTED },
  ]);
  const footerOps = ops.length;
  const footer = band('bottom', [
    { text: content.notice, font: font(METRICS.notice), color: INK },
    { text: content.attribution, font: font(METRICS.attribution), color: MUTED },
  ]);
  // The legend is drawn between the bands, but measured after them: keep the bands' order of drawing.
  const bandOps = ops.splice(footerOps);

  const headingFont = font(METRICS.heading);
  const itemFont = font(METRICS.item);
  const swatchWidth = px(METRICS.swatch.width);
  const swatchHeight = px(METRICS.swatch.height);
  const labelWidth = px(METRICS.legendLabel);
  // Each row: a heading or an entry, its text wrapped to the legend's label width.
  const rows = content.legend.flatMap((section) => [
    ...(section.heading
      ? [
          {
            item: null,
            font: headingFont,
            lines: wrapText(section.heading, labelWidth, headingFont, measure),
          },
        ]
      : []),
    ...section.items.map((item) => ({
      item,
      font: itemFont,
      lines: wrapText(item.text, labelWidth - swatchWidth - gap, itemFont, measure),
    })),
  ]);
  const lineHeightOf = (f: Font) => f.size * METRICS.lineHeight;
  const inner = Math.max(
    0,
    ...rows.flatMap((row) =>
      row.lines.map((line) => (row.item ? swatchWidth + gap : 0) + measure(line, row.font)),
    ),
  );
  const boxWidth = inner + 2 * pad;
  const boxHeight = rows.reduce(
    (sum, row) => sum + row.lines.length * lineHeightOf(row.font),
    2 * pad,
  );
  const room = footer.top - (header.top + header.height) - 2 * margin;
  if (rows.length > 0 && boxWidth <= size.width * MAX_LEGEND_SHARE && boxHeight <= room) {
    const x = rtl ? size.width - margin - boxWidth : margin;
    const top = footer.top - margin - boxHeight;
    ops.push({
      kind: 'rect',
      x,
      y: top,
      width: boxWidth,
      height: boxHeight,
      fill: BOX,
      radius: px(8),
    });
    const start = rtl ? x + boxWidth - pad : x + pad;
    const dir = rtl ? -1 : 1;
    let y = top + pad;
    for (const row of rows) {
      const lineHeight = lineHeightOf(row.font);
      if (row.item) {
        ops.push({
          kind: 'swatch',
          shape: row.item.shape,
          x: rtl ? start - swatchWidth : start,
          y: y + (lineHeight - swatchHeight) / 2,
          width: swatchWidth,
          height: swatchHeight,
          color: row.item.color,
        });
      }
      const textX = row.item ? start + dir * (swatchWidth + gap) : start;
      for (const line of row.lines) {
        ops.push({
          kind: 'text',
          x: textX,
          y,
          lineHeight,
          text: line,
          font: row.font,
          color: INK,
          align,
        });
        y += lineHeight;
      }
    }
  }
  ops.push(...bandOps);
  return { direction: rtl ? 'rtl' : 'ltr', ops };
}
