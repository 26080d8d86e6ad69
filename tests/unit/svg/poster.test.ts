// Unit tests of the build-time poster: its tree, its relative paths, and the first HTML's markup.
import shapes from 'virtual:atlas/country-shapes';
import { describe, expect, it } from 'vitest';
import { htmlMarkup, posterMarkup, POSTER_SCRIPT } from '../../../src/build/poster-html';
import { inlineScriptHashes } from '../../../src/build/site-policy';
import { POSTER_MARK, withPoster } from '../../../src/build/vite-plugin-atlas';
import { buildPoster, relativePath } from '../../../src/svg/poster';
import { svgElements, svgEl, type SvgElementNode } from '../../../src/svg/svg-tree';
import {
  fitCamera,
  MAX_HOME_ZOOM,
  svgProjection,
  type SvgPadding,
  type SvgSize,
} from '../../../src/svg/svg-camera';
import { homeBounds } from '../../../src/data/framing';
import { DEFAULT_THEME } from '../../../src/theme';
import { loadModel } from '../../fixtures/default-model';

const padding = { top: 40, bottom: 40, left: 376, right: 40 };
const size = { width: 1280, height: 620 };

/** The absolute points a path of M, m, l, z commands visits. */
function absolutePoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let [x, y, sx, sy] = [0, 0, 0, 0];
  let command = '';
  const tokens = d.match(/[MmLlZz]|-?\d+(?:\.\d+)?/g) ?? [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] ?? '';
    if (/[A-Za-z]/.test(token)) {
      command = token;
      if (/z/i.test(token)) [x, y] = [sx, sy];
      continue;
    }
    const a = Number(token);
    const b = Number(tokens[(i += 1)]);
    const first = command === 'M' || command === 'm';
    if (command === 'M' || command === 'L') [x, y] = [a, b];
    else [x, y] = [x + a, y + b];
    if (first) [sx, sy] = [x, y];
    points.push([x, y]);
    if (command === 'm') command = 'l';
    if (command === 'M') command = 'L';
  }
  return points;
}

describe('relativePath', () => {
  it('relativePath(d) rewrites absolute M, L, Z as relative commands', () => {
    expect(relativePath('M10,10L13,8L13,12Z')).toBe('M10 10l3-2 0 4z');
  });

  it('relativePath(d) visits the same rounded points, across subpaths', () => {
    const d = 'M10.4,10L13,8.2L13,12ZM20,20L21,21L25,25.6Z';
    expect(absolutePoints(relativePath(d))).toEqual([
      [10, 10],
      [13, 8],
      [13, 12],
      [20, 20],
      [21, 21],
      [25, 26],
    ]);
  });

  it('relativePath(d) leaves paths with other commands as they are', () => {
    expect(relativePath('M0,0A5,5 0 1,1 10,0')).toBe('M0,0A5,5 0 1,1 10,0');
  });
});

describe('buildPoster', () => {
  const input = {
    model: loadModel(),
    shapes,
    theme: DEFAULT_THEME,
    size,
    padding,
    bleed: { x: 0.1, y: 0.5 },
  };

  /** Where `place` lands when the poster's viewBox is fitted (`meet`) into `box` less `pad`. */
  function placedAt(tree: SvgElementNode, place: string, box: SvgSize, pad: SvgPadding) {
    const [x, y, w, h] = String(tree.attrs.viewBox).split(' ').map(Number) as number[];
    const circle = [...svgElements(tree)].find((n) => n.attrs['data-place'] === place);
    const [cx, cy] = [Number(circle?.attrs.cx), Number(circle?.attrs.cy)];
    const availW = box.width - pad.left - pad.right;
    const availH = box.height - pad.top - pad.bottom;
    const k = Math.min(availW / w!, availH / h!);
    return [
      pad.left + availW / 2 + (cx - (x! + w! / 2)) * k,
      pad.top + availH / 2 + (cy - (y! + h! / 2)) * k,
    ];
  }

  it("buildPoster(input) has the default framing's bounds as its viewBox, so it frames as fitBounds does on any screen", () => {
    const model = loadModel();
    const tree = buildPoster({ ...input, lang: 'en' });
    expect(tree.attrs.preserveAspectRatio).toBe('xMidYMid meet');
    expect(tree.attrs.overflow).toBe('visible');
    expect(tree.attrs.width).toBeUndefined();
    const tehran = model.places.get('tehran')?.coordinates as [number, number];
    // A phone (no legend padding), the size it was drawn for, a projector (legend open).
    const screens: [SvgSize, SvgPadding][] = [
      [
        { width: 412, height: 617 },
        { top: 40, bottom: 40, left: 40, right: 40 },
      ],
      [size, padding],
      [{ width: 1920, height: 910 }, padding],
    ];
    for (const [box, pad] of screens) {
      const camera = fitCamera(homeBounds(model), box, { padding: pad, maxZoom: MAX_HOME_ZOOM });
      const [ex = 0, ey = 0] = svgProjection(camera, box)(tehran) ?? [];
      const [px = 0, py = 0] = placedAt(tree, 'tehran', box, pad);
      // Whole-pixel coordinates in the drawing, scaled: within a pixel or two of the live map.
      expect(Math.abs(px - ex)).toBeLessThan(2);
      expect(Math.abs(py - ey)).toBeLessThan(2);
    }
  });

  it('buildPoster(input) draws countries in their role colours and both corridors', () => {
    const tree = buildPoster({ ...input, lang: 'en' });
    const nodes = [...svgElements(tree)];
    const fill = (code: string) => nodes.find((n) => n.attrs['data-code'] === code)?.attrs.fill;
    expect(fill('IRN')).toBe(DEFAULT_THEME.roles.iran);
    expect(fill('SAU')).toBe(DEFAULT_THEME.roles.partner);
    const corridors = new Set(nodes.map((n) => n.attrs['data-corridor']).filter(Boolean));
    expect(corridors.size).toBe(2);
  });

  it('buildPoster(input) writes whole-pixel relative paths', () => {
    const tree = buildPoster({ ...input, lang: 'fa' });
    const paths = [...svgElements(tree)].filter((n) => n.tag === 'path');
    expect(paths.length).toBeGreaterThan(50);
    for (const path of paths) expect(String(path.attrs.d)).toMatch(/^M-?\d+ -?\d+[mlz\d\s-]*$/);
  });
});

describe('posterMarkup', () => {
  it('posterMarkup(input) holds a header, a map and a legend for each language', () => {
    const { html, mapBytes } = posterMarkup({ model: loadModel(), shapes, theme: DEFAULT_THEME });
    for (const lang of ['en', 'fa']) {
      expect(html).toContain(`<header class="topbar" data-poster="${lang}"`);
      expect(html).toContain(`<div class="legend-area" data-poster="${lang}"`);
      expect(html).toMatch(new RegExp(`<svg [^>]*data-poster="${lang}"`));
    }
    // Small enough to inline: under 100 kB for each language's map before compression.
    expect(mapBytes.en).toBeLessThan(100_000);
    expect(mapBytes.fa).toBeLessThan(100_000);
    expect(html).not.toContain('<script');
  });

  it("posterMarkup(input) marks what is ours: each corridor name in the legend, the waypoints' labels in the inferred style, 'schematic' once in the legend", () => {
    const { html } = posterMarkup({ model: loadModel(), shapes, theme: DEFAULT_THEME });
    expect(html).toContain(
      'South-west corridor: Iran – Saudi Arabia – Mediterranean and Africa (our name)',
    );
    expect(html).toContain('(نام‌گذاری ما)');
    expect(html).toMatch(
      /<text [^>]*class="inferred"[^>]*data-inference="schematic"[^>]*>Port Said</,
    );
    expect(html).not.toContain('Port Said (schematic)');
    expect(html).toContain('Proposed corridors (routes and end points schematic)');
  });

  it('htmlMarkup(node) escapes text and attributes and writes void elements without an end tag', () => {
    expect(htmlMarkup(svgEl('p', { title: 'a "b"' }, '<b>&</b>', svgEl('br')))).toBe(
      '<p title="a &quot;b&quot;">&lt;b&gt;&amp;&lt;/b&gt;<br></p>',
    );
    expect(() => htmlMarkup(svgEl('p', { onclick: 'x()' }))).toThrow(/attribute/);
  });

  it('withPoster(html, poster) fills the mark and adds the script whose hash the CSP lists', () => {
    const page = `<html><head><title>x</title></head><body>${POSTER_MARK}</body></html>`;
    const html = withPoster(page, { html: '<p>poster</p>', script: POSTER_SCRIPT });
    expect(html).toContain('<body><p>poster</p></body>');
    expect(inlineScriptHashes(html)).toHaveLength(1);
    expect(inlineScriptHashes('<script src="a.js"></script>')).toEqual([]);
  });
});
