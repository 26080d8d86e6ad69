// The one place that wires state, map, UI, URL, embedding and data together; returns { ready, destroy }.
import type { AtlasModel } from './data/atlas-model';
import type { CountryRegistry } from './data/countries';
import type { DataSession } from './data-session';
import { connectBridge } from './embed/bridge';
import { connectStepSync } from './embed/step-sync';
import { followUrl } from './embed/url-bridge';
import { t } from './i18n/messages';
import {
  createViewSlot,
  recoverFromContextLoss,
  type ParkedMap,
  type ViewMaker,
} from './map/map-view';
import { svgPreview, svgView, webglOrSvgView, webglView } from './map/view-makers';
import type { DataSource, HoverTarget } from './state/state';
import type { Store } from './state/store';
import { goToStep, presentedStory } from './story/story';
import type { CountryShapes } from './svg/svg-map';
import { themeWithFileColors, type Theme } from './theme';
import { drivePlayback } from './timeline/playback';
import { createAnnouncer } from './ui/announcer';
import type { DataReport } from './ui/data-dialog';
import { createDetailsPanel } from './ui/details-panel';
import { h } from './ui/dom';
import { createDropZone } from './ui/drop-zone';
import { framingPadding } from './ui/framing-padding';
import { createHeader } from './ui/header';
import { startKiosk } from './ui/kiosk';
import { createLegend } from './ui/legend';
import { followLanguage } from './ui/page-language';
import { exportOnDemand, printingOnDemand } from './ui/on-demand';
import { runParts } from './ui/part';
import { createPresenter } from './ui/presenter';
import { createShareDialog } from './ui/share-dialog';
import { connectStoryDraft } from './ui/story-draft';
import { createStoryEditor } from './ui/story-editor';
import { createSourceDialog } from './ui/source-dialog';
import { createTextView } from './ui/text-view';
import { createTimelinePart } from './ui/timeline';
import { createTooltip } from './ui/tooltip';
import { tooltipLines } from './ui/tooltip-text';

export interface AppOptions {
  root: HTMLElement;
  /** The dataset shown first. */
  model: AtlasModel;
  /** The dataset shipped with the app, for "Revert to default data"; no Data button without it. */
  defaultModel?: AtlasModel;
  /** Country codes and names, for importing other datasets. */
  registry: CountryRegistry;
  shapes: CountryShapes;
  store: Store;
  theme: Theme;
  /** Embed mode: map, legend and details; the page scrolls past the map unless Ctrl/⌘ is held. */
  embedded?: boolean;
  /** False draws the SVG map whatever the browser offers (the map otherwise falls back by itself). */
  webgl?: boolean;
  /** The host page when the app runs in an iframe, and the only origin it obeys (`origin=`). */
  host?: { window: Window; origin: string | null } | null;
  /** Kiosk play (`autoplay=1`): the story advances by itself every `dwellSeconds`. */
  kiosk?: { loop: boolean; dwellSeconds: number } | null;
  /** The report of a `?data=` import, shown once the map is up. */
  dataReport?: DataReport | null;
}

/** How long the SVG map takes to fade out over the WebGL map that replaces it. */
const UPGRADE_FADE_MS = 250;

/** What the atlas of one dataset needs from the app around it. */
interface AtlasContext extends Omit<AppOptions, 'model' | 'defaultModel' | 'host' | 'kiosk'> {
  onData: (() => void) | null;
  onDataFile: ((file: File) => void) | null;
  /** The map's place, the same element for every dataset, so a parked map can be taken up in it. */
  mapContainer: HTMLElement;
}

/**
 * Mounts the page for one dataset: header, map, legend, panels, timeline, dialogs. With `parkedMap`
 * (the previous dataset's map, kept), the map view takes it up instead of making a new one.
 */
function mountAtlas(model: AtlasModel, context: AtlasContext, parkedMap = false) {
  const { root, shapes, store, embedded = false, webgl = true, mapContainer } = context;
  // A file's own line colours (simplestyle `stroke`) are drawn as its colours, everywhere.
  const theme = themeWithFileColors(context.theme, model.dataset.corridors);
  // Before the parts draw: the draft kept for this dataset is restored into the state first.
  const draft = connectStoryDraft(store, model);
  const source = createSourceDialog(model);
  const share = createShareDialog((lang) => model.dataset.title[lang]);
  const presenter = createPresenter(model, store);
  const textView = createTextView(model);
  const timeline = createTimelinePart(model, store);
  const legend = createLegend(model, theme, store);
  const panel = createDetailsPanel(model, store);
  const tooltip = createTooltip();
  const editor = createStoryEditor(model, store, {
    camera: () => slot.current()?.camera() ?? null,
    draft,
  });
  const announcer = createAnnouncer(model);
  const stage = h('div', { class: 'map-stage' }, mapContainer, tooltip.element);
  const drops = context.onDataFile ? createDropZone(stage, context.onDataFile) : null;
  stage.append(
    legend.element,
    presenter.element,
    panel.element,
    editor.element,
    textView.element,
    ...(drops ? [drops.element] : []),
  );
  const region = h('main', { class: 'map-region', id: 'map-region' }, stage, timeline.element);
  const onDemand = {
    root,
    stage,
    mapContainer,
    model,
    shapes,
    store,
    theme,
    capture: () => slot.current()?.capture ?? null,
  };
  const exporter = exportOnDemand(onDemand);
  const header = createHeader(model, store, {
    onSource: () => void source.open(),
    onShare: () => share.open(),
    onExport: () => void exporter.open(),
    ...(context.onData ? { onData: context.onData } : {}),
    onTextView: () => textView.open(store.getState().lang),
    onEdit: () => store.dispatch({ type: 'setEditing', editing: !store.getState().editing }),
    onPresent:
      presentedStory(model, store.getState()).length > 0 || store.getState().editing
        ? () => goToStep(store, model, 1)
        : null,
  });
  root.replaceChildren(
    textView.skipLink,
    header.element,
    region,
    announcer.element,
    source.element,
    share.element,
    presenter.blackout,
  );
  const stopLanguage = followLanguage(store, model, region);
  const parts = [header, legend, panel, presenter, editor, textView, timeline, tooltip, announcer];
  const stopParts = runParts([...parts, source, share, ...(drops ? [drops] : [])], store);

  const onHover = (target: HoverTarget | null, x: number, y: number) => {
    const lines = target ? tooltipLines(model, target, store.getState().lang) : [];
    if (lines.length > 0) tooltip.show(lines, x, y);
    else tooltip.hide();
  };
  const slot = createViewSlot({
    container: mapContainer,
    model,
    shapes,
    store,
    theme,
    cooperativeGestures: embedded,
    padding: () => framingPadding(stage, panel.element, legend.element, presenter.element),
    onHover,
    onContextLost: () => recover(),
  });
  // WebGL when the browser gives it; otherwise the same map as SVG (d3-geo), with a notice.
  const best: ViewMaker = webgl ? webglOrSvgView : svgView;
  // A kept map draws the new dataset in place: no SVG map first, no new WebGL context.
  const first = parkedMap ? slot.show(best) : webgl ? paintThenUpgrade() : slot.show(svgView);
  const ready = first.then(() => undefined);
  /**
   * The SVG map at once (its code is small), answering clicks; the WebGL map made beneath it and
   * cross-faded in once drawn. Without WebGL the SVG map stays, now with its notice.
   */
  async function paintThenUpgrade() {
    await slot.show(svgPreview);
    document.documentElement.dataset.firstMap = 'svg';
    const fadeMs = store.getState().motion ? UPGRADE_FADE_MS : 0;
    try {
      return await slot.upgrade(webglView, fadeMs);
    } catch (error) {
      if (slot.current()?.kind === 'webgl') throw error;
      console.warn('Corridor Atlas: no WebGL, drawing the map as SVG.', error);
      return slot.show(svgView);
    }
  }
  const stopPrinting = printingOnDemand(ready, onDemand);
  const recover = recoverFromContextLoss(
    () => slot,
    best,
    () => {
      const html = document.documentElement;
      html.dataset.mapRestored = String(Number(html.dataset.mapRestored ?? 0) + 1);
      announcer.say(t(store.getState().lang, 'map.restored'));
    },
  );
  return {
    ready,
    /**
     * Removes the atlas; with `keepMap`, its WebGL map is parked for the next atlas (returned, to
     * be discarded if none takes it up).
     */
    destroy(keepMap = false): ParkedMap | null {
      stopPrinting();
      const parked = keepMap ? slot.park() : (slot.destroy(), null);
      stopParts();
      draft.destroy();
      stopLanguage();
      root.replaceChildren();
      return parked;
    },
  };
}

/**
 * Mounts the whole app into `root`: the atlas of the dataset, and what outlives a change of dataset
 * (the address bar, the speaker window's step sync, timeline playback, the host page's bridge, kiosk
 * play, the data dialog). Input anywhere becomes an action; every part redraws from the new state.
 *
 * @example
 * const app = mountApp({ root, model, registry, shapes, store, theme: DEFAULT_THEME });
 * await app.ready;
 * app.destroy();
 */
export function mountApp(options: AppOptions): { ready: Promise<void>; destroy(): void } {
  const { store, registry, defaultModel } = options;
  let model = options.model;

  // Bringing one's own data: its code loads on first use (the Data button, a file dropped on the map).
  let session: Promise<DataSession> | null = null;
  const dataSession = (initial: AtlasModel) =>
    (session ??= import('./data-session').then(({ createDataSession }) =>
      createDataSession({
        registry,
        store,
        defaultModel: initial,
        currentModel: () => model,
        replace,
      }),
    ));
  const context: AtlasContext = {
    ...options,
    onData: defaultModel ? () => void dataSession(defaultModel).then((s) => s.open()) : null,
    onDataFile: defaultModel
      ? (file) => void dataSession(defaultModel).then((s) => s.loadFile(file))
      : null,
    mapContainer: h('div', { class: 'map', id: 'map' }),
  };
  let atlas = mountAtlas(model, context);
  /** The previous dataset's map while the next atlas takes it up. */
  let parked: ParkedMap | null = null;
  // Another dataset on screen: the atlas is mounted again on it, on the same WebGL map (its context
  // and compiled programs kept, the data swapped); if the map cannot draw it, the previous one
  // comes back and the data session says why.
  async function replace(next: AtlasModel, source: DataSource) {
    const previous = { model, source: store.getState().dataSource };
    const show = async (shown: AtlasModel, from: DataSource) => {
      store.dispatch({ type: 'datasetLoaded', source: from });
      parked?.discard();
      parked = atlas.destroy(true);
      model = shown;
      atlas = mountAtlas(model, context, parked !== null);
      await atlas.ready;
      // Taken up by now, unless the map fell back to SVG; then it goes.
      parked?.discard();
      parked = null;
    };
    try {
      await show(next, source);
    } catch (error) {
      await show(previous.model, previous.source);
      throw error;
    }
    const html = document.documentElement;
    html.dataset.datasetLoads = String(Number(html.dataset.datasetLoads ?? 0) + 1);
  }

  const ready = atlas.ready;
  const stops = [
    followUrl(store),
    connectStepSync(store, () => model),
    drivePlayback(store, () => model.timeline),
    options.host
      ? connectBridge({
          store,
          model: () => model,
          isCountry: (code) => registry.has(code),
          origin: options.host.origin,
          ready,
          host: options.host.window,
        })
      : () => undefined,
    options.kiosk && presentedStory(model, store.getState()).length > 0
      ? startKiosk(store, model, options.kiosk)
      : () => undefined,
  ];
  const report = options.dataReport;
  if (report && defaultModel) {
    void ready.then(() => dataSession(defaultModel)).then((s) => s.show(report));
  }
  return {
    ready,
    destroy() {
      for (const stop of stops) stop();
      atlas.destroy();
      parked?.discard();
      void session?.then((s) => s.destroy());
    },
  };
}
