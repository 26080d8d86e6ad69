// The one place that wires state, map, UI and URL together; returns { ready, destroy }.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { JumpToOptions } from 'maplibre-gl';
import type { AtlasModel } from './data/atlas-model';
import type { CountryShapeProperties } from './data/countries';
import { followUrl } from './embed/url-bridge';
import { t } from './i18n/messages';
import type { Theme } from './theme';
import { createMapView, type MapView } from './map/webgl-view';
import type { HoverTarget, Lang, State } from './state/state';
import type { Store } from './state/store';
import { countryName } from './ui/country-details';
import { createDetailsPanel } from './ui/details-panel';
import { h } from './ui/dom';
import { createHeader } from './ui/header';
import { createLegend } from './ui/legend';
import { createShareDialog } from './ui/share-dialog';
import { createSourceDialog } from './ui/source-dialog';
import { createTextView } from './ui/text-view';
import { createTooltip } from './ui/tooltip';
import { tooltipLines } from './ui/tooltip-text';
import { createPresenter } from './ui/presenter';
import { createTimeline } from './ui/timeline';
import { connectStepSync } from './embed/step-sync';
import { stepAction, storyOf } from './story/story';
import { advance, YEAR_1403 } from './timeline/time-scale';

/**
 * Files dragged over the map: an overlay says to drop them; a dropped file goes to `onFile`.
 * Returns the function that stops listening.
 */
function acceptDrops(stage: HTMLElement, store: Store, onFile: (file: File) => void): () => void {
  const overlay = h('div', { class: 'drop-overlay', hidden: true });
  stage.append(overlay);
  const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  let depth = 0;
  const enter = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth += 1;
    overlay.textContent = t(store.getState().lang, 'data.drop');
    overlay.hidden = false;
  };
  const over = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };
  const leave = () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  };
  const drop = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const file = event.dataTransfer?.files[0];
    if (file) onFile(file);
  };
  stage.addEventListener('dragenter', enter);
  stage.addEventListener('dragover', over);
  stage.addEventListener('dragleave', leave);
  stage.addEventListener('drop', drop);
  return () => {
    stage.removeEventListener('dragenter', enter);
    stage.removeEventListener('dragover', over);
    stage.removeEventListener('dragleave', leave);
    stage.removeEventListener('drop', drop);
    overlay.remove();
  };
}

/** A map view whose code loads on demand (the SVG map, only for browsers without WebGL). */
interface LazyView {
  ready: Promise<void>;
  destroy(): void;
}

function lazyView(load: () => Promise<{ ready: Promise<void>; destroy(): void }>): LazyView {
  let inner: { destroy(): void } | null = null;
  let destroyed = false;
  return {
    ready: load().then((view) => {
      inner = view;
      if (destroyed) view.destroy();
      return view.ready;
    }),
    destroy() {
      destroyed = true;
      inner?.destroy();
    },
  };
}

export interface AppOptions {
  root: HTMLElement;
  model: AtlasModel;
  shapes: FeatureCollection<Polygon | MultiPolygon, CountryShapeProperties>;
  store: Store;
  theme: Theme;
  /** Embed mode: map, legend and details; the page scrolls past the map unless Ctrl/⌘ is held. */
  embedded?: boolean;
  /** False draws the SVG map whatever the browser offers (the map otherwise falls back by itself). */
  webgl?: boolean;
  /** Opens the data dialog; no Data button without it (the speaker view, tests). */
  onData?: () => void;
  /** A file dropped on the map, to load as the dataset. */
  onDataFile?: (file: File) => void;
}

/** How often the timeline advances while it plays, in ms. */
const PLAY_TICK_MS = 100;

/** Opens (or brings forward) the speaker window on this page's state, with `speaker=1`. */
function openSpeakerWindow() {
  const url = new URL(location.href);
  url.searchParams.set('speaker', '1');
  window.open(url.href, 'corridor-atlas-speaker', 'popup,width=1000,height=720');
}

/**
 * Advances the timeline while it plays: `speed` days per second, from the start of 1403 when no
 * date is set, stopping at the end of the year. Returns the function that stops watching.
 */
function drivePlayback(store: Store): () => void {
  let timer = 0;
  let days = 0;
  const stop = () => {
    window.clearInterval(timer);
    timer = 0;
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.playing === previous.playing) return;
    stop();
    if (!state.playing) return;
    if (state.time === null || state.time >= YEAR_1403.end) {
      store.dispatch({ type: 'setTime', time: YEAR_1403.start });
    }
    days = 0;
    timer = window.setInterval(() => {
      const now = store.getState();
      days += (now.speed * PLAY_TICK_MS) / 1000;
      const whole = Math.floor(days);
      if (whole < 1 || now.time === null) return;
      days -= whole;
      const next = advance(now.time, whole);
      store.dispatch({ type: 'setTime', time: next });
      if (next >= YEAR_1403.end) store.dispatch({ type: 'setPlaying', playing: false });
    }, PLAY_TICK_MS);
  });
  return () => {
    stop();
    unsubscribe();
  };
}

/**
 * Space to keep clear when framing: the open panel on the inline-end side (or the bottom, where it
 * is a bottom sheet), the open legend or the presenter's card on the inline-start side.
 */
function framingPadding(
  region: HTMLElement,
  panel: HTMLElement,
  legend: HTMLElement,
  card: HTMLElement,
) {
  const padding = { top: 40, bottom: 40, left: 40, right: 40 };
  const area = region.getBoundingClientRect();
  const rtl = document.documentElement.dir === 'rtl';
  const [start, end] = rtl ? (['right', 'left'] as const) : (['left', 'right'] as const);
  // The legend and the presenter's card both sit on the start side; whichever is shown.
  const startBox = !card.hidden
    ? card.getBoundingClientRect()
    : legend.querySelector('details')?.open && legend.checkVisibility()
      ? legend.getBoundingClientRect()
      : null;
  if (startBox && startBox.width < area.width * 0.6) padding[start] += startBox.width;
  if (!panel.hidden) {
    const box = panel.getBoundingClientRect();
    if (box.width >= area.width * 0.9) padding.bottom += box.height;
    else padding[end] += box.width;
  }
  return padding;
}

/**
 * Mounts the whole app into `root`: header, map, legend, details panel, tooltip, source dialog.
 * Input anywhere becomes an action; every part redraws from the new state.
 *
 * @example
 * const app = mountApp({ root, model, shapes, store, theme: DEFAULT_THEME });
 * await app.ready;
 */
export function mountApp({
  root,
  model,
  shapes,
  store,
  theme,
  embedded = false,
  webgl = true,
  onData,
  onDataFile,
}: AppOptions): {
  ready: Promise<void>;
  destroy(): void;
} {
  const source = createSourceDialog(model);
  const share = createShareDialog();
  const header = createHeader(model, store, {
    onSource: () => void source.open(store.getState().lang),
    onShare: () => share.open(store.getState().lang, model.dataset.title[store.getState().lang]),
    onExport: () => void openExport(),
    ...(onData ? { onData } : {}),
    onTextView: () => textView.open(store.getState().lang),
    onPresent:
      storyOf(model).length > 0
        ? () => {
            const action = stepAction(model, 1);
            if (action) store.dispatch(action);
          }
        : null,
  });
  const presenter = createPresenter(model, store, { openSpeaker: openSpeakerWindow });
  const textView = createTextView(model);
  const timeline = createTimeline(model, {
    onTime: (time) => store.dispatch({ type: 'setTime', time }),
    onPlay: (playing) => store.dispatch({ type: 'setPlaying', playing }),
    onSpeed: (speed) => store.dispatch({ type: 'setSpeed', speed }),
  });
  const legend = createLegend(model, theme, store);
  const panel = createDetailsPanel(model, store);
  const tooltip = createTooltip();
  const announcer = h('div', { class: 'visually-hidden', 'aria-live': 'polite' });
  const mapContainer = h('div', { class: 'map', id: 'map' });
  const stage = h(
    'div',
    { class: 'map-stage' },
    mapContainer,
    tooltip.element,
    legend.element,
    presenter.element,
    panel.element,
    textView.element,
  );
  const stopDropping = onDataFile ? acceptDrops(stage, store, onDataFile) : () => {};
  const region = h('main', { class: 'map-region', id: 'map-region' }, stage, timeline.element);
  root.replaceChildren(
    textView.skipLink,
    header.element,
    region,
    announcer,
    source.element,
    share.element,
    presenter.blackout,
  );

  const parts = [header, legend, panel, presenter, textView];
  const render = (state: State, previous: State | null) => {
    if (!previous || previous.lang !== state.lang) {
      document.documentElement.lang = state.lang;
      document.documentElement.dir = state.lang === 'fa' ? 'rtl' : 'ltr';
      document.title = `${model.dataset.title[state.lang]} · ${t(state.lang, 'app.name')}`;
      region.setAttribute('aria-label', t(state.lang, 'app.mapLabel'));
    }
    for (const part of parts) part.update(state, previous);
    timeline.update({
      lang: state.lang,
      time: state.time,
      playing: state.playing,
      speed: state.speed,
    });
    // The polite live region: what changed that a screen-reader user did not do with focus there.
    if (previous && previous.selectedCountry !== state.selectedCountry && state.selectedCountry) {
      announcer.textContent = countryName(model, state.selectedCountry, state.lang);
    }
    const step = state.presentation?.step;
    if (previous && step !== undefined && step !== previous.presentation?.step) {
      const chapter = storyOf(model)[step - 1];
      const count = storyOf(model).length;
      announcer.textContent = `${t(state.lang, 'presenter.step', { step, count })}: ${chapter?.title[state.lang] ?? ''}`;
    }
  };
  render(store.getState(), null);
  const unsubscribe = store.subscribe((state, previous) => render(state, previous));
  const stopPlayback = drivePlayback(store);
  const stopUrl = followUrl(store);
  const disconnect = connectStepSync(store, model);

  const padding = () => framingPadding(stage, panel.element, legend.element, presenter.element);
  const onHover = (target: HoverTarget | null, x: number, y: number) => {
    const lines = target ? tooltipLines(model, target, store.getState().lang) : [];
    if (lines.length > 0) tooltip.show(lines, x, y);
    else tooltip.hide();
  };
  // WebGL when the browser gives it; otherwise the same map as SVG (d3-geo), with a notice. MapLibre
  // asks for the context itself and throws when it cannot have one: no throwaway context to find out.
  const makeView = (initialCamera?: JumpToOptions): MapView | LazyView => {
    if (webgl) {
      try {
        return createMapView({
          container: mapContainer,
          model,
          shapes,
          store,
          theme,
          cooperativeGestures: embedded,
          initialCamera,
          padding,
          onHover,
          onContextLost: () => recover(),
        });
      } catch (error) {
        console.warn('Corridor Atlas: no WebGL, drawing the map as SVG.', error);
        mapContainer.replaceChildren();
        mapContainer.className = 'map';
      }
    }
    return lazyView(() =>
      import('./map/svg-view').then(({ createSvgFallback }) =>
        createSvgFallback(mapContainer, { model, shapes, store, theme, padding, onHover }),
      ),
    );
  };
  let view = makeView();
  const ready = view.ready;

  // The current view as SVG (vector, d3-geo), for the export dialog: loaded on first use.
  const svgFile = async (lang: Lang): Promise<Blob> => {
    const [{ buildSvgMap }, { svgCameraOf }, { toSvgString }] = await Promise.all([
      import('./svg/svg-map'),
      import('./svg/svg-camera'),
      import('./svg/serialize'),
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
  // Export code (and the video encoder) is not needed for the first frame: loaded on first use.
  let exporter: Promise<{ open(lang: Lang): void }> | null = null;
  const openExport = async () => {
    exporter ??= Promise.all([import('./ui/export-dialog'), import('./export/decorations')]).then(
      ([{ createExportDialog }, { decorationContent }]) => {
        const dialog = createExportDialog({
          capture: () => ('capture' in view ? view.capture : null),
          content: (lang) => decorationContent(model, theme, lang),
          onSvg: svgFile,
        });
        root.append(dialog.element);
        return dialog;
      },
    );
    (await exporter).open(store.getState().lang);
  };
  // Printing draws the map as SVG on `beforeprint`, which cannot wait: its code loads once the map is
  // up and the browser is idle.
  let destroyed = false;
  let stopPrinting = () => {};
  void ready.then(() =>
    requestIdleCallback(
      () =>
        void import('./ui/print-view').then(({ preparePrinting }) => {
          if (destroyed) return;
          stopPrinting = preparePrinting({ stage, model, shapes, store, theme });
          document.documentElement.dataset.printReady = 'true';
        }),
      { timeout: 3000 },
    ),
  );
  // The browser took WebGL away (GPU reset, a driver, too many contexts): a new map takes the old one's
  // place, with the same state and the same camera, so nothing the audience was looking at is lost;
  // when WebGL cannot be had again, the SVG map takes its place.
  let recovering = false;
  const recover = () => {
    if (recovering || !('camera' in view)) return;
    recovering = true;
    const camera = view.camera();
    view.destroy();
    view = makeView(camera);
    void view.ready.finally(() => {
      recovering = false;
      const root = document.documentElement;
      root.dataset.mapRestored = String(Number(root.dataset.mapRestored ?? 0) + 1);
      announcer.textContent = t(store.getState().lang, 'map.restored');
    });
  };

  return {
    ready,
    destroy() {
      destroyed = true;
      unsubscribe();
      stopPlayback();
      stopUrl();
      disconnect();
      timeline.destroy();
      stopPrinting();
      stopDropping();
      view.destroy();
      root.replaceChildren();
    },
  };
}
