// Unit tests of export decorations: what they say, in which language, and where they go.
import { describe, expect, it } from 'vitest';
import {
  decorationContent,
  layoutDecorations,
  wrapText,
  type DrawOp,
  type Measure,
} from '../../../src/export/decorations';
import { catalogs } from '../../../src/i18n/messages';
import { DEFAULT_THEME } from '../../../src/theme';
import { loadModel } from '../../fixtures/default-model';

/** A stand-in for canvas text measuring: every character is 0.55 em wide. */
const measure: Measure = (text, font) => text.length * font.size * 0.55;
const texts = (ops: DrawOp[]) =>
  ops.filter((op): op is Extract<DrawOp, { kind: 'text' }> => op.kind === 'text');

describe('decorationContent', () => {
  it('decorationContent(model, theme, lang) carries the title, notice and attribution in lang', () => {
    const model = loadModel();
    const fa = decorationContent(model, DEFAULT_THEME, 'fa');
    expect(fa.title).toBe(model.dataset.title.fa);
    expect(fa.notice).toBe(catalogs.fa.disclaimer);
    expect(fa.attribution).toBe(catalogs.fa.attribution);
    expect(decorationContent(model, DEFAULT_THEME, 'en').notice).toMatch(/schematic/);
  });

  it('decorationContent lists the legend as on screen: roles, each corridor, meetings, trips', () => {
    const model = loadModel();
    const { legend } = decorationContent(model, DEFAULT_THEME, 'en');
    const items = legend.flatMap((section) => section.items);
    expect(items.map((item) => item.label)).toEqual([
      'Iran',
      'Meeting (counterpart or venue)',
      'Corridor transit',
      'Corridor destination',
      ...[...model.corridors.values()].map((corridor) => corridor.name.en),
      'Meeting place',
      "Minister's trip from Tehran",
    ]);
    expect(items.find((item) => item.label === 'Iran')?.color).toBe(DEFAULT_THEME.roles.iran);
    expect(items.filter((item) => item.shape === 'line')).toHaveLength(model.corridors.size);
  });
});

describe('decorationContent: marks', () => {
  it("draws each corridor's name with its mark, 'our name', in both languages", () => {
    const model = loadModel();
    for (const [lang, mark] of [
      ['en', '(our name)'],
      ['fa', '(نام‌گذاری ما)'],
    ] as const) {
      const items = decorationContent(model, DEFAULT_THEME, lang).legend.flatMap((s) => s.items);
      const lines = items.filter((item) => item.shape === 'line');
      expect(lines.map((item) => item.text)).toEqual(
        [...model.corridors.values()].map((corridor) => `${corridor.name[lang]} ${mark}`),
      );
      expect(items[0]?.text).toBe(items[0]?.label);
    }
  });
});

describe('wrapText', () => {
  it('wrapText(text, width, font, measure) breaks at spaces, greedily', () => {
    const byChar: Measure = (text) => text.length;
    expect(wrapText('a bb ccc dddd', 6, { size: 1, weight: 400 }, byChar)).toEqual([
      'a bb',
      'ccc',
      'dddd',
    ]);
  });

  it('wrapText gives a word wider than the line a line of its own', () => {
    const byChar: Measure = (text) => text.length;
    expect(wrapText('a longword b', 4, { size: 1, weight: 400 }, byChar)).toEqual([
      'a',
      'longword',
      'b',
    ]);
  });
});

describe('layoutDecorations', () => {
  const size = { width: 1280, height: 640 };

  it('layoutDecorations puts the title in a top band and the notice and attribution in a bottom band', () => {
    const content = decorationContent(loadModel(), DEFAULT_THEME, 'en');
    const { ops } = layoutDecorations(content, size, 1, measure);
    const rects = ops.filter((op) => op.kind === 'rect');
    expect(rects[0]).toMatchObject({ x: 0, y: 0, width: size.width });
    const bottom = rects.at(-1);
    expect(bottom && bottom.y + bottom.height).toBeCloseTo(size.height, 6);
    const lines = texts(ops);
    expect(lines[0]?.text).toBe(content.title);
    expect(lines[0]?.y).toBeLessThan(rects[0]?.height ?? 0);
    const last = lines.at(-1);
    expect(last && last.y + last.lineHeight).toBeLessThanOrEqual(size.height);
    expect(lines.map((line) => line.text).join(' ')).toContain('Natural Earth');
  });

  it('layoutDecorations reads left to right in English and right to left in Persian', () => {
    const model = loadModel();
    const en = layoutDecorations(decorationContent(model, DEFAULT_THEME, 'en'), size, 1, measure);
    const fa = layoutDecorations(decorationContent(model, DEFAULT_THEME, 'fa'), size, 1, measure);
    expect(en.direction).toBe('ltr');
    expect(fa.direction).toBe('rtl');
    expect(texts(en.ops).every((op) => op.align === 'left')).toBe(true);
    expect(texts(fa.ops).every((op) => op.align === 'right')).toBe(true);
    // The legend sits on the reading side: left in English, right in Persian.
    const legendBox = (ops: DrawOp[]) => ops.filter((op) => op.kind === 'rect')[1];
    expect(legendBox(en.ops)?.x).toBeLessThan(size.width / 2);
    expect(legendBox(fa.ops)?.x).toBeGreaterThan(size.width / 2);
    const swatches = fa.ops.filter((op) => op.kind === 'swatch');
    expect(swatches.length).toBeGreaterThan(0);
  });

  it('layoutDecorations scales everything with the export, so 2× is the 1× layout doubled', () => {
    const content = decorationContent(loadModel(), DEFAULT_THEME, 'en');
    const one = layoutDecorations(content, size, 1, measure);
    const two = layoutDecorations(content, { width: 2560, height: 1280 }, 2, measure);
    expect(two.ops).toHaveLength(one.ops.length);
    const [a, b] = [texts(one.ops)[0], texts(two.ops)[0]];
    expect(b?.font.size).toBe((a?.font.size ?? 0) * 2);
    expect(b?.y).toBeCloseTo((a?.y ?? 0) * 2, 6);
  });

  it('layoutDecorations leaves the legend out when it does not fit', () => {
    const content = decorationContent(loadModel(), DEFAULT_THEME, 'en');
    const { ops } = layoutDecorations(content, { width: 400, height: 300 }, 1, measure);
    expect(ops.some((op) => op.kind === 'swatch')).toBe(false);
    // The title is still there, wrapped to the narrow image.
    expect(content.title.startsWith(texts(ops)[0]?.text ?? '?')).toBe(true);
  });

  it('layoutDecorations keeps every drawing inside the image', () => {
    const content = decorationContent(loadModel(), DEFAULT_THEME, 'fa');
    for (const op of layoutDecorations(content, size, 1, measure).ops) {
      expect(op.x).toBeGreaterThanOrEqual(0);
      expect(op.x).toBeLessThanOrEqual(size.width);
      expect(op.y).toBeGreaterThanOrEqual(0);
      expect(op.y).toBeLessThanOrEqual(size.height);
    }
  });
});
