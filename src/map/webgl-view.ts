// The WebGL map view, the only code that touches MapLibre and the deck.gl overlay: draws state, turns input into actions.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { CountryShapeProperties } from '../data/countries';
import { t } from '../i18n/messages';
import { buildLayers } from '../layers';
import { createMapCapture } from '../export/map-capture';
import { clockAt, STILL_CLOCK, type Clock } from '../layers/flow';
import type { CameraTarget, CameraView, HoverTarget, State } from '../state/state';
import { countryBounds, homeBounds } from '../data/framing';
import { clickAction } from './click-action';
import type { MapView, MapViewOptions, ParkedMap } from './map-view';
import { restyle } from './restyle';
import {
  changedStates,
  NO_FEATURE_STATE,
  overlayFeatureStates,
  overlayInputsChanged,
  type OverlayFeatureStates,
} from './feature-states';
import { overlayHit, type FeatureRef } from './overlay-hit';
import { OVERLAY_LAYER, OVERLAY_SOURCE } from './overlay-sources';
import { watchVisibility } from './visibility';
import {
  buildStyle,
  emphasisOpacity,
  focusFilters,
  labelText,
  LAYER,
  selectedFilter,
} from './style';

/** Most zoom a country framing goes to: small countries stay in context. */
const MAX_COUNTRY_ZOOM = 5;
const LABEL_LAYERS = [LAYER.labels, LAYER.minorLabels, LAYER.places, LAYER.corridorEnds];

/** The still overlay's layers that answer hover and clicks, top first. */
const PICKABLE = [OVERLAY_LAYER.meetings, OVERLAY_LAYER.trips, OVERLAY_LAYER.corridors];
/** How near (px) the pointer must be to a corridor, a trip or a meeting place to hit it. */
const PICK_RADIUS = 6;

/** A map a view left for the next view in its container, with what was made with it. */
interface KeptMap {
  map: maplibregl.Map;
  overlay: MapboxOverlay;
  /** The country shapes its `countries` source holds. */
  shapes: MapViewOptions['shapes'];
  /** What the overlay calls after each frame it draws: the view using the map sets it. */
  afterRender: () => void;
}

/** Parked maps by container: at most one each, taken up by the next view made there. */
const parked = new WeakMap<HTMLElement, KeptMap>();

/** The map parked in `container`, taken out; null when there is none, or its WebGL context is lost. */
function takeParked(container: HTMLElement): KeptMap | null {
  const kept = parked.get(container) ?? null;
  parked.delete(container);
  if (kept && kept.map.painter.context.gl.isContextLost()) {
    removeMap(kept);
    return null;
  }
  return kept;
}

/** Removes a map and its overlay for good. */
function removeMap({ map, overlay }: KeptMap): void {
  stopCanvasObservers(overlay);
  map.removeControl(overlay);
  map.remove();
}

function cameraOf(map: maplibregl.Map): CameraView {
  const center = map.getCenter().wrap();
  return {
    longitude: center.lng,
    latitude: center.lat,
    zoom: map.getZoom(),
    bearing: map.getBearing(),
    pitch: map.getPitch(),
  };
}

/**
 * Creates the map: MapLibre draws the countries, labels, corridor lines, trips and meeting places
 * from the style built in code; deck.gl, through `MapboxOverlay`, draws what moves (the corridors'
 * flow, the halos of the meeting places) from layers built from state each frame.
 * Subscribes to the store; dispatches what the user does on the map.
 *
 * Throws, leaving the container as it was, when the browser gives no WebGL context.
 *
 * @example
 * const view = createWebglView({ container, model, shapes, store, theme, padding, onHover });
 * await view.ready;
 */
export function createWebglView(options: MapViewOptions): MapView {
  const { container, model, shapes, store, theme } = options;
  maplibregl.setWorkerUrl(new URL(workerUrl, location.href).href);
  const initial = store.getState();

  const style = buildStyle(
    model,
    shapes,
    initial.lang,
    theme,
    initial.selectedCountry,
    initial.focus.countries,
  );
  const settings: maplibregl.MapOptions = {
    container,
    style,
    // Label fades are animation too: without motion, frames must be still.
    fadeDuration: initial.motion ? 300 : 0,
    attributionControl: false,
    maxPitch: 60,
    dragRotate: true,
    cooperativeGestures: options.cooperativeGestures ?? false,
    locale: {
      'CooperativeGesturesHandler.WindowsHelpText': t(initial.lang, 'map.gestures.windows'),
      'CooperativeGesturesHandler.MacHelpText': t(initial.lang, 'map.gestures.mac'),
      'CooperativeGesturesHandler.MobileHelpText': t(initial.lang, 'map.gestures.mobile'),
    },
  };
  // A map parked here by the view of the previous dataset is taken up: its canvas, WebGL context
  // and compiled programs stay, and only the data and properties change (`restyle`, below).
  const reused = takeParked(container);
  const kept = reused ?? createMap(container, settings);
  const { map, overlay } = kept;
  // The countries' source keeps its tiles when the shapes are the ones it holds.
  const unchanged = new Set(reused?.shapes === shapes ? ['countries'] : []);
  kept.shapes = shapes;
  // Frames deck.gl drew after it was given layers: its first frames (no layers yet) do not count,
  // so `ready` means the corridors are on screen, shaders linked, not an empty overlay.
  let layersGiven = false;
  let deckFrames = 0;
  kept.afterRender = () => {
    if (layersGiven) deckFrames += 1;
  };
  // Every listener this view puts on the map, so that parking the map leaves none behind.
  const offs: (() => void)[] = [];
  const on = <T extends keyof maplibregl.MapEventType>(
    type: T,
    listener: (event: maplibregl.MapEventType[T]) => void,
    once = false,
  ) => {
    if (once) map.once(type, listener);
    else map.on(type, listener);
    offs.push(() => map.off(type, listener));
  };

  // The animation: rebuild the layer list each frame; only the clock differs between frames.
  const start = performance.now();
  let frame = 0;
  // An export holds the animation at a clock of its own (`held`); `shown` is the clock last drawn.
  let held: Clock | null = null;
  let shown: Clock = STILL_CLOCK;
  const render = (now = performance.now()) => {
    const state = store.getState();
    shown = held ?? (state.motion ? clockAt((now - start) / 1000) : STILL_CLOCK);
    overlay.setProps({ layers: buildLayers(state, model, theme, shown) });
    layersGiven = true;
  };
  const tick = (now: number) => {
    render(now);
    frame = requestAnimationFrame(tick);
  };
  // Animation runs only while someone can see it: not in a hidden tab, not in an embed scrolled away.
  let visible = true;
  const animate = (on: boolean) => {
    cancelAnimationFrame(frame);
    frame = 0;
    if (on && visible) frame = requestAnimationFrame(tick);
    else render();
  };
  // While MapLibre's worker cuts the data into tiles, deck.gl can set its layers up, shaders compiled
  // and linked, drawing nothing yet: the first frame after the map loads then only draws.
  overlay.setProps({
    layers: buildLayers(initial, model, theme, STILL_CLOCK).map((layer) =>
      layer.clone({ visible: false }),
    ),
  });
  const stopWatching = watchVisibility(container, (now) => {
    visible = now;
    if (map.loaded()) animate(store.getState().motion);
  });

  const applyCamera = (cameraTarget: CameraTarget, motion: boolean) => {
    const padding = options.padding();
    if (cameraTarget.kind === 'view') {
      const { longitude, latitude, zoom, bearing, pitch } = cameraTarget.view;
      // A `view=` is the centre of the whole map, as hosts and links expect. A story chapter's
      // camera is the centre of what the audience sees beside the open panel.
      const presenting = store.getState().presentation !== null;
      const camera = {
        center: [longitude, latitude] as [number, number],
        zoom,
        bearing,
        pitch,
        padding: presenting ? padding : { top: 0, bottom: 0, left: 0, right: 0 },
      };
      if (motion) map.flyTo({ ...camera, essential: false });
      else map.jumpTo(camera);
      return;
    }
    const bounds =
      (cameraTarget.kind === 'country' && countryBounds(model, cameraTarget.code)) ||
      homeBounds(model);
    map.fitBounds(bounds, {
      padding,
      maxZoom: cameraTarget.kind === 'country' ? MAX_COUNTRY_ZOOM : 6,
      animate: motion,
    });
  };
  // The first framing goes through the same code as every later one (same padding), so a view
  // reached by a link is the view reached by clicking. A replacement map starts where the old one was.
  if (options.initialCamera) map.jumpTo(options.initialCamera);
  else applyCamera(initial.camera.target, false);

  // Both canvases (MapLibre's and deck.gl's) live in the container; context events do not bubble,
  // so listen in the capture phase.
  const contextLost = (event: Event) => {
    event.preventDefault();
    options.onContextLost?.();
  };
  container.addEventListener('webglcontextlost', contextLost, true);

  // Hover and click: corridors, trips and meeting places near the pointer first (top first, those
  // the focus hides skipped), then the country under it. MapLibre answers from its features, on the CPU.
  let hoveredFeature: FeatureRef | undefined;
  const hitAt = (point: maplibregl.Point): { target: HoverTarget | null; feature?: FeatureRef } => {
    const near: [maplibregl.PointLike, maplibregl.PointLike] = [
      [point.x - PICK_RADIUS, point.y - PICK_RADIUS],
      [point.x + PICK_RADIUS, point.y + PICK_RADIUS],
    ];
    const hit = overlayHit(model, map.queryRenderedFeatures(near, { layers: PICKABLE }));
    if (hit) return hit;
    const feature = map.queryRenderedFeatures(point, { layers: [LAYER.fill] })[0];
    const code = (feature?.properties as CountryShapeProperties | undefined)?.code;
    return code && feature?.id !== undefined
      ? { target: { kind: 'country', code }, feature: { source: 'countries', id: feature.id } }
      : { target: null };
  };
  const targetAt = (point: maplibregl.Point) => hitAt(point).target;
  const setHoveredFeature = (next: FeatureRef | undefined) => {
    if (next?.source === hoveredFeature?.source && next?.id === hoveredFeature?.id) return;
    if (hoveredFeature) map.setFeatureState(hoveredFeature, { hover: false });
    hoveredFeature = next;
    if (next) map.setFeatureState(next, { hover: true });
  };
  // Hover at most once per frame, and not while the camera moves (a drag or a fly), when the thing
  // under the pointer is changing anyway.
  let pending: maplibregl.Point | null = null;
  let hoverFrame = 0;
  const hoverNow = () => {
    hoverFrame = 0;
    const point = pending;
    pending = null;
    if (!point || map.isMoving()) return;
    const { target: hover, feature } = hitAt(point);
    setHoveredFeature(feature);
    map.getCanvas().style.cursor = hover ? 'pointer' : '';
    store.dispatch({ type: 'hover', target: hover });
    options.onHover(hover, point.x, point.y);
  };
  on('mousemove', (event) => {
    pending = event.point;
    hoverFrame ||= requestAnimationFrame(hoverNow);
  });
  on('movestart', () => {
    pending = null;
    options.onHover(null, 0, 0);
  });
  on('mouseout', () => {
    pending = null;
    setHoveredFeature(undefined);
    store.dispatch({ type: 'hover', target: null });
    options.onHover(null, 0, 0);
  });
  on('click', (event) => {
    const hit = targetAt(event.point);
    const action = clickAction(model, hit, store.getState());
    if (action) store.dispatch(action);
  });
  on('moveend', () => store.dispatch({ type: 'cameraMoved', view: cameraOf(map) }));
  // For tests and tools: true while MapLibre has nothing left to load or draw.
  const root = document.documentElement;
  on('idle', () => (root.dataset.mapIdle = 'true'));
  on('movestart', () => (root.dataset.mapIdle = 'false'));
  on('dataloading', () => (root.dataset.mapIdle = 'false'));

  const applyFocus = (state: State) => {
    map.setPaintProperty(LAYER.fill, 'fill-opacity', emphasisOpacity(state.focus.countries));
    const filters = focusFilters(model, state.focus);
    map.setFilter(LAYER.corridorEnds, filters.corridorEnds);
    map.setFilter(LAYER.places, filters.places);
  };
  // The still overlay follows state through feature state: only features that change are touched,
  // and no data is rebuilt or sent to MapLibre's worker.
  let applied: OverlayFeatureStates | undefined;
  const applyFeatureStates = (state: State) => {
    const next = overlayFeatureStates(model, state);
    for (const source of Object.values(OVERLAY_SOURCE)) {
      const blank: object = NO_FEATURE_STATE[source];
      for (const [id, value] of changedStates<object>(applied?.[source], next[source], blank)) {
        map.setFeatureState({ source, id }, value as Record<string, unknown>);
      }
    }
    applied = next;
  };
  if (!reused) {
    on(
      'styledata',
      () => {
        applyFocus(store.getState());
        applyFeatureStates(store.getState());
      },
      true,
    );
  }

  let cameraFrame = 0;
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) {
      for (const id of LABEL_LAYERS) map.setLayoutProperty(id, 'text-field', labelText(state.lang));
    }
    if (state.selectedCountry !== previous.selectedCountry) {
      map.setFilter(LAYER.selected, selectedFilter(state.selectedCountry));
    }
    if (state.focus !== previous.focus) applyFocus(state);
    if (applied && overlayInputsChanged(previous, state)) applyFeatureStates(state);
    if (state.camera.revision !== previous.camera.revision) {
      // After the other subscribers ran, so the panel's new size is known.
      const { target: cameraTarget } = state.camera;
      cancelAnimationFrame(cameraFrame);
      cameraFrame = requestAnimationFrame(() => applyCamera(cameraTarget, state.motion));
    }
    if (state.motion !== previous.motion) animate(state.motion);
    else if (!state.motion) render();
  });

  let deckWait = 0;
  let stopped = false;
  const ready = new Promise<void>((resolve, reject) => {
    const drawn = () => {
      on(
        'idle',
        () => {
          const waitForDeck = () =>
            deckFrames > 0 ? resolve() : (deckWait = requestAnimationFrame(waitForDeck));
          waitForDeck();
        },
        true,
      );
    };
    on('error', (event) => reject(event.error), true);
    if (!reused) {
      on(
        'load',
        () => {
          animate(store.getState().motion);
          drawn();
        },
        true,
      );
      return;
    }
    // The previous dataset's feature states (hover, focus, timeline) are keyed by index: they go.
    for (const source of ['countries', ...Object.values(OVERLAY_SOURCE)]) {
      map.removeFeatureState({ source });
    }
    restyle(map, style, unchanged)
      .then(() => {
        if (stopped) return;
        applyFocus(store.getState());
        applyFeatureStates(store.getState());
        animate(store.getState().motion);
        drawn();
        map.triggerRepaint();
      })
      .catch(reject);
  });

  /** Everything the view started, ended; the map itself stays. */
  const stop = () => {
    stopped = true;
    cancelAnimationFrame(frame);
    cancelAnimationFrame(hoverFrame);
    cancelAnimationFrame(cameraFrame);
    cancelAnimationFrame(deckWait);
    stopWatching();
    container.removeEventListener('webglcontextlost', contextLost, true);
    unsubscribe();
    for (const off of offs) off();
    kept.afterRender = () => undefined;
  };

  return {
    kind: 'webgl',
    ready,
    camera: () => {
      const { lng, lat } = map.getCenter();
      const { top = 0, bottom = 0, left = 0, right = 0 } = map.getPadding();
      return {
        center: [lng, lat],
        zoom: map.getZoom(),
        bearing: map.getBearing(),
        pitch: map.getPitch(),
        padding: { top, bottom, left, right },
      };
    },
    jumpTo: (camera) => map.jumpTo(camera),
    capture: createMapCapture(map, overlay, {
      shown: () => shown,
      hold: (clock) => {
        held = clock;
        render();
      },
    }),
    park(): ParkedMap {
      if (stopped) throw new Error('The map view was already removed.');
      setHoveredFeature(undefined);
      map.getCanvas().style.cursor = '';
      stop();
      const earlier = parked.get(container);
      if (earlier) removeMap(earlier);
      parked.set(container, kept);
      return {
        discard() {
          if (parked.get(container) !== kept) return;
          parked.delete(container);
          removeMap(kept);
        },
      };
    },
    destroy() {
      if (stopped) return;
      stop();
      removeMap(kept);
    },
  };
}

/**
 * A new MapLibre map in `container`, with its controls and the deck.gl overlay. MapLibre asks for
 * the context itself and throws when it cannot have one: no throwaway context to find out first.
 * What it left in the container goes, so another view can take its place.
 */
function createMap(container: HTMLElement, settings: maplibregl.MapOptions): KeptMap {
  let map: maplibregl.Map;
  try {
    map = new maplibregl.Map(settings);
  } catch (error) {
    container.replaceChildren();
    container.className = 'map';
    throw error;
  }
  map.addControl(
    new maplibregl.NavigationControl({ showCompass: true, visualizePitch: true }),
    'top-left',
  );
  // Under automation only (navigator.webdriver), browser tests read what MapLibre placed
  // (queryRenderedFeatures: a label's text and style) instead of matching pixels.
  if (navigator.webdriver)
    (container as HTMLElement & { atlasMap?: maplibregl.Map }).atlasMap = map;
  const kept: KeptMap = {
    map,
    overlay: new MapboxOverlay({
      interleaved: false,
      layers: [],
      onAfterRender: () => kept.afterRender(),
    }),
    shapes: { type: 'FeatureCollection', features: [] },
    afterRender: () => undefined,
  };
  map.addControl(kept.overlay);
  return kept;
}

/**
 * Stops the observers luma.gl keeps on deck.gl's canvas (a ResizeObserver and an
 * IntersectionObserver): in luma.gl 9.x `WebGLDevice.destroy()` leaves them running after the
 * overlay is finalised, so each mount of the map would leave two behind.
 */
function stopCanvasObservers(overlay: MapboxOverlay): void {
  const deck = (
    overlay as unknown as { _deck?: { device?: { canvasContext?: { destroy(): void } } } }
  )._deck;
  deck?.device?.canvasContext?.destroy();
}
