// What an exported SVG map adds around the map (pure): title, legend, schematic notice and attribution.
import type { AtlasModel } from '../data/atlas-model';
import type { CountryRole } from '../dataset';
import type { Lang } from '../i18n/format';
import { markedText } from '../i18n/claim-text';
import { t } from '../i18n/messages';
import { corridorColors, cssRgb, type Theme } from '../theme';
import { estimateTextWidth, round, svgLabel, wrapText } from './svg-text';
import { svgEl, type SvgNode } from './svg-tree';

/** Which decorations an export carries; `title` may be a text to use instead of the dataset's title. */
export interface SvgDecorations {
  title?: boolean | string;
  legend?: boolean;
  attribution?: boolean;
  notice?: boolean;
}

export interface DecorationInput {
  model: AtlasModel;
  theme: Theme;
  lang: Lang;
  width: number;
  mapHeight: number;
  decorations: boolean | SvgDecorations;
  /** The dash pattern of a corridor, as the map draws it. */
  dash(corridorId: string): string;
}

/** The decorations' nodes, the bands they take above and below the map, and the title used. */
export interface Decorations {
  top: number;
  bottom: number;
  nodes: SvgNode[];
  title: string | null;
}

const MARGIN = 16;
const ROLES: CountryRole[] = ['iran', 'partner', 'transit', 'destination'];
const TEXT = '#2a2a2e';
const QUIET = '#55555c';

function maybeDecorations(value: boolean | SvgDecorations): SvgDecorations {
  if (value === true) return { title: true, legend: true, attribution: true, notice: true };
  return value === false ? {} : value;
}

/** Lines of text stacked from `y` at the inline-start edge; returns the nodes. */
function lines(
  lang: Lang,
  texts: string[],
  x: number,
  y: number,
  step: number,
  style: { size: number; fill: string; weight?: 'bold' },
): SvgNode[] {
  return texts.map((text, i) =>
    svgLabel(lang, x, y + i * step, text, { ...style, anchor: 'start' }),
  );
}

function legend(input: DecorationInput, top: number): SvgNode {
  const { model, theme, lang, width, mapHeight } = input;
  const rtl = lang === 'fa';
  const textWidth = Math.max(120, Math.min(300, width * 0.45 - 60));
  const swatchAt = (kind: 'fill' | 'line' | 'point', color: string, dash?: string) =>
    ({ kind, color, dash }) as const;
  const entries: { swatch: ReturnType<typeof swatchAt> | null; text: string; bold?: boolean }[] =
    [];
  const roles = ROLES.filter((role) =>
    [...model.countries.values()].some((c) => c.roles[0] === role),
  );
  if (roles.length > 0) {
    entries.push({ swatch: null, text: t(lang, 'legend.countries'), bold: true });
    for (const role of roles) {
      entries.push({ swatch: swatchAt('fill', theme.roles[role]), text: t(lang, `role.${role}`) });
    }
  }
  if (model.corridors.size > 0) {
    entries.push({ swatch: null, text: t(lang, 'legend.corridors'), bold: true });
    for (const corridor of model.corridors.values()) {
      const color = cssRgb(corridorColors(theme, corridor.id).base);
      entries.push({
        swatch: swatchAt('line', color, input.dash(corridor.id)),
        text: markedText(model.dataset, `corridor/${corridor.id}/name`, corridor.name[lang], lang),
      });
    }
  }
  entries.push({
    swatch: swatchAt('point', cssRgb(theme.meeting.fill)),
    text: t(lang, 'legend.meeting'),
  });
  entries.push({
    swatch: swatchAt('line', cssRgb(theme.trip.target)),
    text: t(lang, 'legend.trip'),
  });

  const size = 11;
  const step = 15;
  const textStart = 10 + 28;
  let widest = 0;
  const wrapped = entries.map((entry) => {
    const texts = wrapText(entry.text, entry.swatch ? textWidth : textWidth + 28, size);
    for (const text of texts) {
      widest = Math.max(widest, estimateTextWidth(text, size) + (entry.swatch ? textStart : 10));
    }
    return { ...entry, texts };
  });
  const boxWidth = round(widest + 12);
  const boxHeight =
    8 + wrapped.reduce((sum, e) => sum + e.texts.length * step + (e.bold ? 3 : 0), 0);
  const x0 = rtl ? width - MARGIN - boxWidth : MARGIN;
  const y0 = round(top + mapHeight - MARGIN - boxHeight);
  // Positions along the inline axis, from the box's inline-start edge.
  const inline = (offset: number) => round(rtl ? x0 + boxWidth - offset : x0 + offset);

  const children: SvgNode[] = [
    svgEl('rect', {
      x: x0,
      y: y0,
      width: boxWidth,
      height: boxHeight,
      rx: 4,
      fill: '#ffffff',
      'fill-opacity': 0.92,
      stroke: theme.border,
      'stroke-width': 0.7,
    }),
  ];
  let y = y0 + 4 + size;
  for (const entry of wrapped) {
    if (entry.bold) y += 3;
    const swatch = entry.swatch;
    if (swatch) {
      const sx = rtl ? inline(10) - 24 : inline(10);
      const cy = round(y - 4);
      if (swatch.kind === 'fill') {
        children.push(
          svgEl('rect', {
            x: round(sx + 4),
            y: cy - 5,
            width: 16,
            height: 10,
            fill: swatch.color,
            stroke: theme.border,
            'stroke-width': 0.7,
          }),
        );
      } else if (swatch.kind === 'point') {
        children.push(
          svgEl('circle', {
            cx: round(sx + 12),
            cy,
            r: 5,
            fill: swatch.color,
            stroke: '#ffffff',
            'stroke-width': 1.5,
          }),
        );
      } else {
        children.push(
          svgEl('path', {
            d: `M${round(sx)} ${cy}h24`,
            stroke: swatch.color,
            'stroke-width': swatch.dash ? 3.5 : 1.5,
            'stroke-dasharray': swatch.dash,
            fill: 'none',
          }),
        );
      }
    }
    const x = inline(entry.swatch ? textStart : 10);
    const style = { size, fill: TEXT, ...(entry.bold ? { weight: 'bold' as const } : {}) };
    children.push(...lines(lang, entry.texts, x, y, step, style));
    y += entry.texts.length * step;
  }
  return svgEl('g', { class: 'legend', 'pointer-events': 'none' }, ...children);
}

/**
 * The decorations of an exported map, in `lang`: a title band above the map (the dataset's title and
 * "Schematic · proposed"), the legend over the map's inline-start bottom corner (roles, corridors with
 * their colours and dash patterns, meeting places, trips), and below the map the schematic-routes
 * notice and the attribution. Persian is laid out from the right. Nothing when `decorations` is false.
 *
 * @example
 * const { top, bottom, nodes } = buildDecorations({ model, theme, lang: 'fa', width: 1200,
 *   mapHeight: 800, decorations: true, dash: (id) => corridorDash(theme, id) });
 */
export function buildDecorations(input: DecorationInput): Decorations {
  const { model, lang, width, mapHeight } = input;
  const wanted = maybeDecorations(input.decorations);
  const rtl = lang === 'fa';
  const startX = rtl ? width - MARGIN : MARGIN;
  const textWidth = width - 2 * MARGIN;
  const nodes: SvgNode[] = [];

  let top = 0;
  let title: string | null = null;
  if (wanted.title) {
    title = typeof wanted.title === 'string' ? wanted.title : model.dataset.title[lang];
    const titleLines = wrapText(title, textWidth, 20);
    top = MARGIN + titleLines.length * 26 + 22;
    nodes.push(
      svgEl(
        'g',
        { class: 'title' },
        svgEl('rect', { width, height: top, fill: '#ffffff' }),
        ...lines(lang, titleLines, startX, MARGIN + 18, 26, {
          size: 20,
          fill: TEXT,
          weight: 'bold',
        }),
        svgLabel(lang, startX, MARGIN + titleLines.length * 26 + 10, t(lang, 'app.schematic'), {
          size: 12,
          fill: '#8a1c28',
          anchor: 'start',
        }),
      ),
    );
  }

  const footer: SvgNode[] = [];
  let y = top + mapHeight + MARGIN / 2;
  if (wanted.notice) {
    const notice = wrapText(t(lang, 'disclaimer'), textWidth, 11);
    footer.push(...lines(lang, notice, startX, y + 11, 15, { size: 11, fill: TEXT }));
    y += notice.length * 15;
  }
  if (wanted.attribution) {
    const credit = wrapText(t(lang, 'attribution'), textWidth, 10);
    footer.push(...lines(lang, credit, startX, y + 12, 14, { size: 10, fill: QUIET }));
    y += credit.length * 14 + 2;
  }
  const bottom = footer.length > 0 ? round(y + MARGIN / 2 - (top + mapHeight)) : 0;
  if (footer.length > 0) {
    nodes.push(
      svgEl(
        'g',
        { class: 'notes' },
        svgEl('rect', { y: top + mapHeight, width, height: bottom, fill: '#ffffff' }),
        ...footer,
      ),
    );
  }
  if (wanted.legend) nodes.push(legend(input, top));
  return { top, bottom, nodes, title };
}
