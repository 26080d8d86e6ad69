// The SVG map view, for browsers without WebGL: the map drawn with d3-geo, redrawn from state, with clicks, drag and zoom buttons.
import '../svg/svg-map.css';
import { eventStatus } from '../state/selectors';
import { t } from '../i18n/messages';
import { clickAction } from './click-action';
import type { CameraSnapshot, MapView, MapViewOptions } from './map-view';
import type { AtlasModel } from '../data/atlas-model';
import type { CameraView, HoverTarget, State } from '../state/state';
import { toSvgElement } from '../svg/serialize';
import { cameraForTarget, panCamera, type SvgCamera, type SvgSize } from '../svg/svg-camera';
import { buildSvgMap, svgHitTarget } from '../svg/svg-map';
import { h } from '../ui/dom';

const MIN_ZOOM = 0;
const MAX_ZOOM = 8;
/** Pixels a pointer may move before a press becomes a drag rather than a click. */
const DRAG_THRESHOLD = 4;

const viewOf = (camera: SvgCamera): CameraView => ({
  longitude: camera.center[0],
  latitude: camera.center[1],
  zoom: camera.zoom,
  bearing: camera.bearing ?? 0,
  pitch: 0,
});

/** What of the state changes the drawing: the timeline's date only through the events' status. */
function drawKey(state: State, model: AtlasModel): unknown[] {
  const statuses = model.dataset.events.map((event) => eventStatus(event, state.time)).join();
  return [state.lang, state.selectedCountry, state.focus, state.corridor, statuses];
}

/**
 * Mounts the SVG map into `container` (the map's place in the page) for browsers without WebGL:
 * a one-line notice, the map (countries by role, corridors, meetings, trips, labels, as the WebGL
 * map draws them), and zoom buttons. It redraws on language, selection, focus, corridor and timeline
 * changes, follows camera requests (a view, a country's framing, the default framing), turns clicks
 * into the same actions as the WebGL map (`clickAction`), pans by dragging, and reports its camera
 * with `cameraMoved`, so an export of "the current view" matches it.
 *
 * A replacement for another view starts from that view's camera. `notice: false` leaves the
 * notice out, for the map shown while the WebGL one loads.
 *
 * @example
 * const view = createSvgView({ container, model, shapes, store, theme, padding, onHover });
 * await view.ready;
 */
export function createSvgView(
  options: MapViewOptions,
  { notice: withNotice = true }: { notice?: boolean } = {},
): MapView {
  const { container, model, shapes, store, theme, padding } = options;
  // No notice while the WebGL map is on its way: this is the map until then, not a fallback.
  const notice = h('p', { class: 'svg-fallback-notice', role: 'status', hidden: !withNotice });
  const canvas = h('div', { class: 'svg-fallback-canvas' });
  const zoomIn = h('button', { type: 'button', class: 'svg-fallback-zoom-in' }, '+');
  const zoomOut = h('button', { type: 'button', class: 'svg-fallback-zoom-out' }, '−');
  const home = h('button', { type: 'button', class: 'svg-fallback-home' }, '⌂');
  const controls = h(
    'div',
    { class: 'svg-fallback-controls', role: 'group' },
    zoomIn,
    zoomOut,
    home,
  );
  const element = h('div', { class: 'svg-fallback' }, canvas, notice, controls);
  container.append(element);

  const sizeOf = (): SvgSize => ({
    width: Math.max(1, Math.round(container.clientWidth || 800)),
    height: Math.max(1, Math.round(container.clientHeight || 600)),
  });
  let size = sizeOf();
  /** Where the state's last camera request puts the camera at the current size. */
  const requestedCamera = (state: State): SvgCamera => {
    const { target } = state.camera;
    const pad = padding();
    const next = cameraForTarget(model, target, size, pad);
    if (target.kind !== 'view' || state.presentation === null) return next;
    // A chapter's camera is the centre of what the audience sees beside the panel, as on WebGL.
    return panCamera(next, size, (pad.left - pad.right) / 2, (pad.top - pad.bottom) / 2);
  };
  // Another view's camera is the centre of what is seen beside its padding; this one's is the
  // centre of the whole map.
  const fromSnapshot = (snapshot: CameraSnapshot): SvgCamera =>
    panCamera(
      { center: snapshot.center, zoom: snapshot.zoom, bearing: snapshot.bearing },
      size,
      (snapshot.padding.left - snapshot.padding.right) / 2,
      (snapshot.padding.top - snapshot.padding.bottom) / 2,
    );
  const start = options.initialCamera;
  let camera = start ? fromSnapshot(start) : requestedCamera(store.getState());
  let drawnKey: unknown[] = [];
  let svg: SVGElement | null = null;

  const translate = (state: State) => {
    notice.textContent = t(state.lang, 'svg.notice');
    controls.setAttribute('aria-label', t(state.lang, 'svg.controls'));
    for (const [button, key] of [
      [zoomIn, 'svg.zoomIn'],
      [zoomOut, 'svg.zoomOut'],
      [home, 'svg.home'],
    ] as const) {
      button.setAttribute('aria-label', t(state.lang, key));
      button.title = t(state.lang, key);
    }
  };

  const draw = (force = false) => {
    const state = store.getState();
    const key = [...drawKey(state, model), camera, size];
    if (!force && key.length === drawnKey.length && key.every((v, i) => v === drawnKey[i])) return;
    drawnKey = key;
    const tree = buildSvgMap({
      model,
      shapes,
      state,
      theme,
      size,
      camera,
      options: { interactive: true, label: t(state.lang, 'svg.mapLabel') },
    });
    const next = toSvgElement(tree, document);
    if (svg) svg.replaceWith(next);
    else canvas.append(next);
    svg = next;
  };

  /** Moves the camera and says so, as the WebGL map reports where it ended up. */
  const moveTo = (next: SvgCamera, report = true) => {
    camera = next;
    draw();
    if (report) store.dispatch({ type: 'cameraMoved', view: viewOf(camera) });
  };

  const applyRequest = (state: State) => {
    // A requested view is already the state's view; framings report where they ended up.
    moveTo(requestedCamera(state), state.camera.target.kind !== 'view');
  };

  let frame = 0;
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) translate(state);
    if (state.camera.revision !== previous.camera.revision) {
      // After the other subscribers ran, so the panel's new size is known.
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => applyRequest(store.getState()));
    }
    draw();
  });

  // Clicks, hover and drag.
  const targetOf = (node: EventTarget | null): HoverTarget | null => {
    const hit =
      node instanceof Element
        ? node.closest<SVGElement>('[data-code], [data-place], [data-event], [data-leg]')
        : null;
    return hit ? svgHitTarget(hit.dataset) : null;
  };
  let press: { id: number; x: number; y: number; dx: number; dy: number; dragged: boolean } | null =
    null;
  let suppressClick = false;
  const mapGroup = () => svg?.querySelector<SVGGElement>('g.map') ?? null;

  canvas.addEventListener('pointerdown', (event) => {
    if (event.button !== 0 || !event.isPrimary) return;
    suppressClick = false;
    press = {
      id: event.pointerId,
      x: event.clientX,
      y: event.clientY,
      dx: 0,
      dy: 0,
      dragged: false,
    };
  });
  canvas.addEventListener('pointermove', (event) => {
    if (press && press.id === event.pointerId) {
      press.dx = event.clientX - press.x;
      press.dy = event.clientY - press.y;
      if (!press.dragged && Math.hypot(press.dx, press.dy) > DRAG_THRESHOLD) {
        press.dragged = true;
        canvas.setPointerCapture(event.pointerId);
        element.classList.add('dragging');
      }
      if (press.dragged) {
        // Move the drawing while dragging; redraw once at the end.
        mapGroup()?.setAttribute('transform', `translate(${press.dx} ${press.dy})`);
        return;
      }
    }
    const target = targetOf(event.target);
    store.dispatch({ type: 'hover', target });
    const box = container.getBoundingClientRect();
    options.onHover(target, event.clientX - box.left, event.clientY - box.top);
  });
  const endPress = (event: PointerEvent) => {
    if (!press || press.id !== event.pointerId) return;
    const ended = press;
    press = null;
    suppressClick = ended.dragged;
    element.classList.remove('dragging');
    if (ended.dragged) moveTo(panCamera(camera, size, ended.dx, ended.dy));
  };
  canvas.addEventListener('pointerup', endPress);
  canvas.addEventListener('pointercancel', endPress);
  canvas.addEventListener('pointerleave', () => {
    store.dispatch({ type: 'hover', target: null });
    options.onHover(null, 0, 0);
  });
  canvas.addEventListener('click', (event) => {
    // A drag ends with a click on whatever is under the pointer: that is not a click.
    if (suppressClick) {
      suppressClick = false;
      return;
    }
    const action = clickAction(model, targetOf(event.target), store.getState());
    if (action) store.dispatch(action);
  });

  const zoomBy = (delta: number) =>
    moveTo({ ...camera, zoom: Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, camera.zoom + delta)) });
  zoomIn.addEventListener('click', () => zoomBy(1));
  zoomOut.addEventListener('click', () => zoomBy(-1));
  home.addEventListener('click', () =>
    moveTo(cameraForTarget(model, { kind: 'home' }, size, padding())),
  );

  // The map keeps its centre and zoom when the container changes size, as MapLibre does.
  const resizeObserver = new ResizeObserver(() => {
    const next = sizeOf();
    if (next.width === size.width && next.height === size.height) return;
    size = next;
    draw();
  });
  resizeObserver.observe(container);

  translate(store.getState());
  draw(true);
  // As the WebGL map reports its first framing; a requested view is already the state's.
  if (start || store.getState().camera.target.kind !== 'view') {
    store.dispatch({ type: 'cameraMoved', view: viewOf(camera) });
  }
  return {
    kind: 'svg',
    ready: Promise.resolve(),
    camera: () => ({
      center: camera.center,
      zoom: camera.zoom,
      bearing: camera.bearing ?? 0,
      pitch: 0,
      padding: { top: 0, bottom: 0, left: 0, right: 0 },
    }),
    jumpTo: (snapshot) => moveTo(fromSnapshot(snapshot)),
    capture: null,
    park: null,
    destroy() {
      cancelAnimationFrame(frame);
      unsubscribe();
      resizeObserver.disconnect();
      element.remove();
    },
  };
}
