// Reads the map (MapLibre) and its deck.gl overlay into a 2D canvas at a chosen pixel ratio and animation clock.
// map-view.ts hands it the map and the overlay: with map/, the only code that handles them.
import type * as maplibregl from 'maplibre-gl';
import type { Deck } from '@deck.gl/core';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Clock } from '../layers/flow';
import type { Context2D } from './draw-decorations';
import type { Size } from './output-size';

/** How the map view lets an export hold its animation. */
export interface ClockControl {
  /** The clock drawn on screen now. */
  shown(): Clock;
  /** Holds the animation at `clock` and rebuilds the layers at it; `null` lets it run again. */
  hold(clock: Clock | null): void;
}

/** One capture, at one pixel ratio, with the animation held; `end` restores the view. */
export interface CaptureSession {
  /** Output pixels per CSS pixel the map and the overlay are drawn at. */
  readonly pixelRatio: number;
  /** Redraws the map and copies it into `ctx`, scaled into the box (x, y, width, height). */
  drawMap(ctx: Context2D, x: number, y: number, width: number, height: number): void;
  /**
   * Draws the deck.gl layers at `clock` (by default the clock held when the session began) and
   * copies them into `ctx` over what is there.
   */
  drawOverlay(
    ctx: Context2D,
    x: number,
    y: number,
    width: number,
    height: number,
    clock?: Clock,
  ): Promise<void>;
  /** Puts back the screen's pixel ratio and the running animation. */
  end(): void;
}

/** What the map view offers exports. */
export interface MapCapture {
  /** The map's size in CSS pixels. */
  viewSize(): Size;
  /**
   * Starts a capture at `pixelRatio`: holds the animation at the clock on screen, draws the map and
   * the overlay at that ratio (the view itself does not move) and waits until the map has settled.
   * One at a time: a second `begin` before `end` is refused.
   */
  begin(pixelRatio: number): Promise<CaptureSession>;
}

/** Longest wait for MapLibre's `idle` (ms): after it, capture what is drawn rather than hang. */
const IDLE_TIMEOUT_MS = 15_000;

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Resolves when the map has drawn everything it has to (its `idle` event), or after a timeout. */
function settled(map: maplibregl.Map): Promise<void> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(done, IDLE_TIMEOUT_MS);
    function done() {
      window.clearTimeout(timer);
      map.off('idle', done);
      resolve();
    }
    map.once('idle', done);
    map.triggerRepaint();
  });
}

/**
 * The overlay's Deck. `MapboxOverlay` 9.4 has no way to force a synchronous redraw, which reading a
 * WebGL canvas without `preserveDrawingBuffer` needs (the read must follow the draw in the same
 * task); its Deck instance, whose `redraw(reason)` does that, is the private field `_deck`.
 */
function deckOf(overlay: MapboxOverlay): Deck {
  const deck = (overlay as unknown as { _deck?: Deck })._deck;
  if (!deck) throw new Error('The deck.gl overlay is not ready (MapboxOverlay has no _deck).');
  return deck;
}

/**
 * The capture API over a map and its overlay. The map is drawn with `map.redraw()` (synchronous)
 * and copied at once; the overlay is drawn with a forced `deck.redraw` and copied at once, after
 * deck.gl's own frame loop has taken in the layers at the new clock.
 *
 * @example
 * const capture = createMapCapture(map, overlay, { shown: () => clock, hold: (c) => (held = c) });
 * const session = await capture.begin(2);
 * session.drawMap(ctx, 0, 0, 2560, 1200);
 * await session.drawOverlay(ctx, 0, 0, 2560, 1200);
 * session.end();
 */
export function createMapCapture(
  map: maplibregl.Map,
  overlay: MapboxOverlay,
  clock: ClockControl,
): MapCapture {
  let active = false;
  return {
    viewSize() {
      const container = map.getContainer();
      return { width: container.clientWidth, height: container.clientHeight };
    },
    async begin(pixelRatio) {
      if (active) throw new Error('Another export is drawing the map.');
      active = true;
      const previousRatio = map.getPixelRatio();
      const held = clock.shown();
      clock.hold(held);
      map.setPixelRatio(pixelRatio);
      overlay.setProps({ useDevicePixels: pixelRatio });
      await settled(map);
      let ended = false;
      return {
        pixelRatio,
        drawMap(ctx, x, y, width, height) {
          map.redraw();
          ctx.drawImage(map.getCanvas(), x, y, width, height);
        },
        async drawOverlay(ctx, x, y, width, height, at = held) {
          clock.hold(at);
          // Two frames: deck.gl takes in new layers in its own frame loop, not in `redraw`.
          await nextFrame();
          await nextFrame();
          if (ended) throw new Error('The capture has ended.');
          deckOf(overlay).redraw('export');
          const canvas = overlay.getCanvas();
          if (canvas) ctx.drawImage(canvas, x, y, width, height);
        },
        end() {
          if (ended) return;
          ended = true;
          active = false;
          map.setPixelRatio(previousRatio);
          overlay.setProps({ useDevicePixels: true });
          clock.hold(null);
        },
      };
    },
  };
}
