// Parts whose code loads on first use: the export dialog (and its video encoder) and printing.
import type { AtlasModel } from '../data/atlas-model';
import type { MapCapture } from '../export/map-capture';
import type { Lang } from '../i18n/format';
import type { Store } from '../state/store';
import type { CountryShapes } from '../svg/svg-map';
import type { Theme } from '../theme';

export interface OnDemandOptions {
  /** Where the export dialog is put once made. */
  root: HTMLElement;
  /** The map's stage (printing draws over it) and the map's own box (its size for the SVG). */
  stage: HTMLElement;
  mapContainer: HTMLElement;
  model: AtlasModel;
  shapes: CountryShapes;
  store: Store;
  theme: Theme;
  /** The map view's raster capture, null while there is none (or the view cannot). */
  capture(): MapCapture | null;
}

/**
 * The export dialog, made on first open: PNG and video from the map view's capture, SVG of the
 * current view drawn with d3-geo.
 *
 * @example
 * const exporter = exportOnDemand(options);
 * button.addEventListener('click', () => void exporter.open());
 */
export function exportOnDemand(options: OnDemandOptions): { open(): Promise<void> } {
  const { model, shapes, store, theme, mapContainer } = options;
  // The current view as SVG (vector, d3-geo), for the export dialog.
  const svgFile = async (lang: Lang): Promise<Blob> => {
    const [{ buildSvgMap }, { svgCameraOf }, { toSvgString }] = await Promise.all([
      import('../svg/svg-map'),
      import('../svg/svg-camera'),
      import('../svg/serialize'),
    ]);
    const state = { ...store.getState(), lang };
    const tree = buildSvgMap({
      model,
      shapes,
      state,
      theme,
      size: { width: mapContainer.clientWidth, height: mapContainer.clientHeight },
      camera: state.view ? svgCameraOf(state.view) : null,
      options: { decorations: true },
    });
    return new Blob([toSvgString(tree)], { type: 'image/svg+xml' });
  };
  let dialog: Promise<{ open(lang: Lang): void }> | null = null;
  return {
    async open() {
      dialog ??= Promise.all([import('./export-dialog'), import('../export/decorations')]).then(
        ([{ createExportDialog }, { decorationContent }]) => {
          const made = createExportDialog({
            capture: options.capture,
            content: (lang) => decorationContent(model, theme, lang),
            onSvg: svgFile,
          });
          options.root.append(made.element);
          return made;
        },
      );
      (await dialog).open(store.getState().lang);
    },
  };
}

/** Runs `task` when the browser is idle (or after `timeout` ms); Safari has no requestIdleCallback. */
function whenIdle(task: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = window.setTimeout(task, Math.min(timeout, 200));
  return () => window.clearTimeout(id);
}

/**
 * Printing draws the map as SVG on `beforeprint`, which cannot wait: its code loads once `after`
 * has resolved (the map is up) and the browser is idle. Returns the function that stops it.
 *
 * @example
 * const stop = printingOnDemand(view.ready, options);
 */
export function printingOnDemand(after: Promise<unknown>, options: OnDemandOptions): () => void {
  let stopped = false;
  let cancelIdle = () => {};
  let stopPrinting = () => {};
  void after.then(
    () => {
      if (stopped) return;
      cancelIdle = whenIdle(
        () =>
          void import('./print-view').then(({ preparePrinting }) => {
            if (stopped) return;
            stopPrinting = preparePrinting(options);
            document.documentElement.dataset.printReady = 'true';
          }),
        3000,
      );
    },
    () => undefined,
  );
  return () => {
    stopped = true;
    cancelIdle();
    stopPrinting();
  };
}
