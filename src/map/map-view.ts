// The one contract both map renderers follow (WebGL and SVG), and the slot that switches between them.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { AtlasModel } from '../data/atlas-model';
import type { CountryShapeProperties } from '../data/countries';
import type { MapCapture } from '../export/map-capture';
import type { HoverTarget } from '../state/state';
import type { Store } from '../state/store';
import type { Theme } from '../theme';

/** Space the page's panels cover on each side of the map, in CSS pixels. */
export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The camera exactly as a view shows it, padding included: what a replacement view starts from, so
 * the audience sees no jump when one renderer takes another's place.
 */
export interface CameraSnapshot {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
  padding: Padding;
}

/** What every map view is given. */
export interface MapViewOptions {
  /** The map's place in the page; the view fills it. */
  container: HTMLElement;
  model: AtlasModel;
  shapes: FeatureCollection<Polygon | MultiPolygon, CountryShapeProperties>;
  store: Store;
  theme: Theme;
  /** In an embed, scrolling the host page must not zoom the map: Ctrl/⌘ + wheel, two fingers. */
  cooperativeGestures?: boolean;
  /** Space the UI covers on each side, so framings stay visible beside the panel. */
  padding(): Padding;
  /** Told of the thing under the pointer, with its position in the container, for the tooltip. */
  onHover(target: HoverTarget | null, x: number, y: number): void;
  /** Told when the browser takes the view's WebGL context away (GPU reset, a driver). */
  onContextLost?(): void;
  /** Where to start instead of the state's camera request: the camera of a view being replaced. */
  initialCamera?: CameraSnapshot;
}

/**
 * A map view. Every view draws the state, follows its camera requests, and turns hover, clicks and
 * drags into actions on the store (the same actions whichever view it is). What only some views
 * can do is a typed member that is null where they cannot, never a method to probe for.
 */
export interface MapView {
  /** Which renderer this is. */
  readonly kind: 'webgl' | 'svg';
  /** Resolves when the countries and the corridors have been drawn once. */
  readonly ready: Promise<void>;
  /** The camera as it is now. */
  camera(): CameraSnapshot;
  /** Moves to another view's camera at once (a view taking over from another that moved). */
  jumpTo(camera: CameraSnapshot): void;
  /** For raster exports: draws the map at a pixel ratio and a held animation clock; null where the view cannot. */
  readonly capture: MapCapture | null;
  /**
   * Removes the view and everything it listens to, but keeps its map (canvas, WebGL context,
   * compiled programs) for the next view made in the same container: a change of dataset then
   * swaps the data on a live map instead of building a new one. Null where the view cannot.
   */
  readonly park: (() => ParkedMap) | null;
  /** Removes the view and everything it listens to. */
  destroy(): void;
}

/** A map kept from a view that is gone, until the next view in the same container takes it up. */
export interface ParkedMap {
  /** Removes the map if no view took it up; nothing once one has. */
  discard(): void;
}

/** Makes a view (its code may load on demand); throws or rejects when it cannot (no WebGL). */
export type ViewMaker = (options: MapViewOptions) => MapView | Promise<MapView>;

/** The map's place: one view at a time, replaced by one function. */
export interface ViewSlot {
  /** The view on screen, or null before the first is ready. */
  current(): MapView | null;
  /**
   * Replaces the view on screen with the one `make` makes, starting from the old one's camera.
   * Resolves with the new view once it is ready; rejects (leaving the slot empty) when it cannot
   * be made, so the caller can try another.
   */
  show(make: ViewMaker): Promise<MapView>;
  /**
   * Makes the view `make` makes beneath the one on screen, which stays and answers input until the
   * new one is ready; then the new one takes the old one's camera and the old one fades out over
   * `fadeMs` and is destroyed. Rejects, leaving the old view on screen, when the new one cannot be
   * made; with no view on screen it is {@link ViewSlot.show}.
   */
  upgrade(make: ViewMaker, fadeMs: number): Promise<MapView>;
  /**
   * Ends the slot as {@link ViewSlot.destroy} does, but keeps the view's map for the next view in
   * the same container (see {@link MapView.park}); null, with nothing kept, where it cannot.
   */
  park(): ParkedMap | null;
  destroy(): void;
}

/** The class of a view's elements while it fades out under its replacement. */
export const LEAVING_CLASS = 'map-view-leaving';

/**
 * Creates the map's slot. Views are made with `options`; a view still loading when the slot is
 * destroyed, or when another `show` overtakes it, is destroyed as soon as it arrives.
 *
 * @example
 * const slot = createViewSlot(options);
 * await slot.show(createWebglView).catch(() => slot.show(loadSvgView));
 */
export function createViewSlot(options: Omit<MapViewOptions, 'initialCamera'>): ViewSlot {
  let view: MapView | null = null;
  /** A view being made beneath the one on screen (an upgrade). */
  let pending: MapView | null = null;
  let generation = 0;
  let destroyed = false;
  let fade: { timer: ReturnType<typeof setTimeout>; view: MapView; done: () => void } | null = null;
  const endFade = () => {
    if (!fade) return;
    clearTimeout(fade.timer);
    fade.view.destroy();
    fade.done();
    fade = null;
  };
  const overtaken = (mine: number) => destroyed || mine !== generation;
  const slot: ViewSlot = {
    current: () => view,
    async show(make) {
      const mine = ++generation;
      endFade();
      pending?.destroy();
      pending = null;
      const initialCamera = view?.camera();
      view?.destroy();
      view = null;
      const next = await make({ ...options, ...(initialCamera ? { initialCamera } : {}) });
      if (overtaken(mine)) {
        next.destroy();
        throw new Error('The map view was replaced before it was ready.');
      }
      view = next;
      await next.ready;
      return next;
    },
    async upgrade(make, fadeMs) {
      const old = view;
      if (!old) return slot.show(make);
      const mine = ++generation;
      // What the old view put in the container: it fades out once the new one is drawn.
      const leaving = [...options.container.children];
      const next = await make({ ...options, initialCamera: old.camera() });
      if (overtaken(mine)) {
        next.destroy();
        throw new Error('The map view was replaced before it was ready.');
      }
      pending = next;
      try {
        await next.ready;
      } catch (error) {
        if (pending === next) pending = null;
        next.destroy();
        throw error;
      }
      if (overtaken(mine)) throw new Error('The map view was replaced before it was ready.');
      pending = null;
      // The old view may have moved (a drag, a zoom button) while the new one was loading.
      next.jumpTo(old.camera());
      view = next;
      for (const element of leaving) element.classList.add(LEAVING_CLASS);
      await new Promise<void>((done) => {
        fade = { timer: setTimeout(endFade, fadeMs), view: old, done };
      });
      return next;
    },
    park() {
      // Only a view on screen with nothing else under way: a fade or an upgrade ends as destroy ends it.
      const kept = !fade && !pending ? (view?.park?.() ?? null) : null;
      if (kept) view = null;
      slot.destroy();
      return kept;
    },
    destroy() {
      destroyed = true;
      endFade();
      pending?.destroy();
      pending = null;
      view?.destroy();
      view = null;
    },
  };
  return slot;
}

/**
 * What to do when the browser takes WebGL away (GPU reset, a driver, too many contexts): a new map
 * takes the old one's place with the same state and camera, so nothing the audience was looking at
 * is lost; when WebGL cannot be had again, `make` falls back as it does at start. Returns the
 * function to call on each loss; losses during a recovery are one recovery.
 *
 * @example
 * const recover = recoverFromContextLoss(() => slot, webglOrSvgView, () => say('Map restored'));
 */
export function recoverFromContextLoss(
  slot: () => ViewSlot,
  make: ViewMaker,
  onRestored: () => void,
): () => void {
  let recovering = false;
  return () => {
    if (recovering || slot().current()?.kind !== 'webgl') return;
    recovering = true;
    void slot()
      .show(make)
      .catch((error: unknown) => console.error(error))
      .finally(() => {
        recovering = false;
        onRestored();
      });
  };
}
