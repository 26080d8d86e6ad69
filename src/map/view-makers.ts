// Which map view to make: the SVG view first (small), the WebGL one when the browser gives it (its code, MapLibre and deck.gl, loaded on demand).
import { MAP_FONT } from './style';
import type { ViewMaker } from './map-view';

/**
 * The SVG map view; its code (d3-geo and the SVG drawing) loads on first use.
 *
 * @example
 * await slot.show(svgView);
 */
export const svgView: ViewMaker = (options) =>
  import('./svg-view').then(({ createSvgView }) => createSvgView(options));

/**
 * The SVG map view while the WebGL one loads: the same map, without the "no WebGL" notice.
 *
 * @example
 * await slot.show(svgPreview);
 * await slot.upgrade(webglView);
 */
export const svgPreview: ViewMaker = (options) =>
  import('./svg-view').then(({ createSvgView }) => createSvgView(options, { notice: false }));

/**
 * The WebGL map view: MapLibre and deck.gl load on first use, and the page's font with them (labels
 * are rasterised with it, so it must be there first). Rejects when the browser gives no WebGL.
 *
 * @example
 * await slot.upgrade(webglView).catch(() => slot.show(svgView));
 */
export const webglView: ViewMaker = async (options) => {
  const [{ createWebglView }] = await Promise.all([
    import('./webgl-view'),
    // The bold face too: the title is bold, and a title laid out first in a fallback font changes
    // height when the font arrives, resizing both map canvases during start-up.
    document.fonts.load(`16px ${MAP_FONT}`, 'ایران Iran'),
    document.fonts.load(`700 16px ${MAP_FONT}`, 'ایران Iran'),
  ]);
  return createWebglView(options);
};

/**
 * The WebGL map view, or the SVG one, with a console note, when the browser gives no WebGL context.
 *
 * @example
 * await slot.show(webglOrSvgView);
 */
export const webglOrSvgView: ViewMaker = async (options) => {
  try {
    return await webglView(options);
  } catch (error) {
    console.warn('Corridor Atlas: no WebGL, drawing the map as SVG.', error);
    return svgView(options);
  }
};
