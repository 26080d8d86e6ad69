// Which map view to make: WebGL when the browser gives it, otherwise SVG (its code loaded on demand).
import type { ViewMaker } from './map-view';
import { createWebglView } from './webgl-view';

/**
 * The SVG map view; its code (d3-geo and the SVG drawing) loads on first use.
 *
 * @example
 * await slot.show(svgView);
 */
export const svgView: ViewMaker = (options) =>
  import('./svg-view').then(({ createSvgView }) => createSvgView(options));

/**
 * The WebGL map view, or the SVG one, with a console note, when the browser gives no WebGL context.
 *
 * @example
 * await slot.show(webglOrSvgView);
 */
export const webglOrSvgView: ViewMaker = (options) => {
  try {
    return createWebglView(options);
  } catch (error) {
    console.warn('Corridor Atlas: no WebGL, drawing the map as SVG.', error);
    return svgView(options);
  }
};
