// The build-time poster (pure): the default view as a small SVG tree, drawn beyond its box so it covers any screen shape.
import type { AtlasModel } from '../data/atlas-model';
import { homeBounds } from '../data/framing';
import type { Lang } from '../i18n/format';
import { t } from '../i18n/messages';
import { initialState } from '../state/state';
import type { Theme } from '../theme';
import {
  fitCamera,
  MAX_HOME_ZOOM,
  svgProjection,
  type SvgCamera,
  type SvgPadding,
  type SvgSize,
} from './svg-camera';
import { buildSvgMap, type CountryShapes } from './svg-map';
import type { SvgElementNode, SvgNode } from './svg-tree';

/** What a poster is drawn from. */
export interface PosterInput {
  model: AtlasModel;
  shapes: CountryShapes;
  theme: Theme;
  lang: Lang;
  /** The map's size the poster is framed for (its `viewBox`), in px. */
  size: SvgSize;
  /** Padding of the default framing at that size, as the page's legend leaves it. */
  padding: SvgPadding;
  /**
   * How much more is drawn beyond the box on each side, as a fraction of its width (`x`) and height
   * (`y`): the box scales to fit the screen, so a taller screen shows more above and below it.
   */
  bleed: { x: number; y: number };
  /** Coordinate precision: whole pixels and 1.5 px thinning by default, for a small file. */
  precision?: { digits: number; minPx: number };
}

/** The poster's default precision: whole pixels, points closer than 1.5 px dropped. */
export const POSTER_PRECISION = { digits: 0, minPx: 2 } as const;

/**
 * A path of absolute `M`, `L` and `Z` commands (as d3-geo writes them) rewritten with relative
 * commands and rounded to whole units: the same shape, about half the characters. Other commands
 * are left as they are.
 *
 * @example
 * relativePath('M10,10L13,8L13,12Z'); // "M10 10l3-2 0 4z"
 */
export function relativePath(d: string): string {
  if (/[^MLZmlz\d\s,.eE+-]/.test(d)) return d;
  let out = '';
  let [x, y, startX, startY] = [0, 0, 0, 0];
  /** The last command written: after `m` and `l` more pairs need no letter; after `M` they would be absolute. */
  let last = '';
  // A minus sign or a letter separates numbers by itself.
  const write = (n: number) => {
    out += n < 0 || /[a-z]$/i.test(out) ? `${n}` : ` ${n}`;
  };
  for (const [, command = '', args = ''] of d.matchAll(/([MLZ])([^MLZ]*)/gi)) {
    if (command.toUpperCase() === 'Z') {
      out += 'z';
      [x, y, last] = [startX, startY, 'z'];
      continue;
    }
    const values = (args.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? []).map(Number);
    for (let i = 0; i + 1 < values.length; i += 2) {
      const px = Math.round(values[i] ?? 0);
      const py = Math.round(values[i + 1] ?? 0);
      if (command.toUpperCase() === 'M' && i === 0) {
        if (out === '') out += `M${px}`;
        else {
          out += 'm';
          write(px - x);
        }
        write(out.startsWith('M') && last === '' ? py : py - y);
        [startX, startY, last] = [px, py, last === '' ? 'M' : 'm'];
      } else {
        // A segment rounded to nothing draws nothing.
        if (px === x && py === y) continue;
        if (last !== 'm' && last !== 'l') out += 'l';
        write(px - x);
        write(py - y);
        last = 'l';
      }
      [x, y] = [px, py];
    }
  }
  return out;
}

/** Every path of a tree written with {@link relativePath}. */
function relativePaths(node: SvgNode): SvgNode {
  if (typeof node === 'string') return node;
  const d = node.attrs.d;
  return {
    ...node,
    attrs: typeof d === 'string' ? { ...node.attrs, d: relativePath(d) } : node.attrs,
    children: node.children.map(relativePaths),
  };
}

/**
 * The camera of the poster: the default framing (every corridor and home) of `size` less `padding`,
 * as the SVG and WebGL views frame the default view.
 *
 * @example
 * posterCamera(model, { width: 1280, height: 640 }, { top: 40, bottom: 40, left: 376, right: 40 });
 */
export function posterCamera(model: AtlasModel, size: SvgSize, padding: SvgPadding): SvgCamera {
  return fitCamera(homeBounds(model), size, { padding, maxZoom: MAX_HOME_ZOOM });
}

/**
 * The default view as an SVG tree for the first HTML: countries in their role colours, the
 * corridors, meeting places and labels in `lang`, with coordinates rounded to whole pixels, drawn
 * at the default framing of `size` and `bleed` further on each side. Its `viewBox` is the box of
 * the default framing's bounds (every corridor and home), `xMidYMid meet`, overflow shown: laid
 * over the map's area less the framing's padding (styles.css), the bounds fit that area, centred,
 * exactly as MapLibre's `fitBounds` frames them on any screen shape, so the WebGL map that
 * replaces it shows the same place at the same scale.
 *
 * @example
 * const tree = buildPoster({ model, shapes, theme: DEFAULT_THEME, lang: 'fa',
 *   size: { width: 1280, height: 640 }, padding: { top: 40, bottom: 40, left: 40, right: 376 }, bleed: { x: 0.1, y: 0.5 } });
 */
export function buildPoster(input: PosterInput): SvgElementNode {
  const { model, size, bleed } = input;
  const mx = Math.round(size.width * bleed.x);
  const my = Math.round(size.height * bleed.y);
  const full = { width: size.width + 2 * mx, height: size.height + 2 * my };
  const camera = posterCamera(model, size, input.padding);
  const tree = buildSvgMap({
    model,
    shapes: input.shapes,
    state: initialState(input.lang),
    theme: input.theme,
    size: full,
    // The camera's centre is the middle of the drawing, and so of the box within it.
    camera,
    options: {
      precision: input.precision ?? POSTER_PRECISION,
      label: t(input.lang, 'app.mapLabel'),
    },
  });
  // No width or height: the poster takes its box's size.
  const attrs = { ...tree.attrs };
  delete attrs.width;
  delete attrs.height;
  return {
    ...(relativePaths(tree) as SvgElementNode),
    attrs: {
      ...attrs,
      viewBox: boundsViewBox(model, camera, full),
      preserveAspectRatio: 'xMidYMid meet',
      overflow: 'visible',
      class: 'atlas-svg-map poster-svg',
    },
  };
}

/** The default framing's bounds in the drawing's coordinates, as a `viewBox` (0.1 px). */
function boundsViewBox(model: AtlasModel, camera: SvgCamera, size: SvgSize): string {
  const project = svgProjection(camera, size).clipExtent(null);
  const [[w, s], [e, n]] = homeBounds(model);
  const [x0 = 0, y0 = 0] = project([w, n]) ?? [];
  const [x1 = 0, y1 = 0] = project([e, s]) ?? [];
  const round = (v: number) => Math.round(v * 10) / 10;
  return [x0, y0, x1 - x0, y1 - y0].map(round).join(' ');
}
