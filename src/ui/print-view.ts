// Printing: the map as vector SVG (browsers do not print WebGL canvases reliably) and the legend unfolded.
import type { AtlasModel } from '../data/atlas-model';
import type { Theme } from '../theme';
import type { Store } from '../state/store';
import { toSvgElement } from '../svg/serialize';
import { svgCameraOf } from '../svg/svg-camera';
import { buildSvgMap, type CountryShapes } from '../svg/svg-map';
import { h } from './dom';

export interface PrintOptions {
  /** The map's stage: the SVG is put over the map in it, the same size. */
  stage: HTMLElement;
  model: AtlasModel;
  shapes: CountryShapes;
  store: Store;
  theme: Theme;
}

/**
 * Gets the page ready for the printer on `beforeprint`: the current view drawn as SVG with d3-geo
 * over the map (print.css hides the canvases), every `<details>` in the stage opened (the legend),
 * and undoes it all on `afterprint`. Returns the function that stops listening.
 *
 * @example
 * const stop = preparePrinting({ stage, model, shapes, store, theme });
 */
export function preparePrinting({ stage, model, shapes, store, theme }: PrintOptions): () => void {
  const printMap = h('div', { class: 'print-map', 'aria-hidden': 'true' });
  stage.append(printMap);
  let reopen: HTMLDetailsElement[] = [];
  const before = () => {
    const state = store.getState();
    const { width, height } = stage.getBoundingClientRect();
    const tree = buildSvgMap({
      model,
      shapes,
      state,
      theme,
      size: { width: Math.max(1, Math.round(width)), height: Math.max(1, Math.round(height)) },
      camera: state.view ? svgCameraOf(state.view) : null,
    });
    printMap.replaceChildren(toSvgElement(tree, document));
    stage.classList.add('printing');
    reopen = [...stage.querySelectorAll('details')].filter((details) => !details.open);
    for (const details of reopen) details.open = true;
  };
  const after = () => {
    stage.classList.remove('printing');
    printMap.replaceChildren();
    for (const details of reopen) details.open = false;
    reopen = [];
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    printMap.remove();
  };
}
