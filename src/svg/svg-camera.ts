// The SVG map's camera (pure): a d3-geo Web Mercator projection that matches MapLibre's, and framings.
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { AtlasModel } from '../data/atlas-model';
import { countryBounds, homeBounds } from '../data/framing';
import type { CameraTarget, CameraView } from '../state/state';

/** MapLibre's tile size: at zoom z the world is 512 × 2^z pixels wide. */
export const TILE_SIZE = 512;

/** Where the SVG map looks: MapLibre's centre `[lon, lat]`, zoom (512 px tiles) and bearing (degrees). */
export interface SvgCamera {
  center: [number, number];
  zoom: number;
  /** Counter-clockwise from north, as MapLibre measures it; 0 when absent. */
  bearing?: number;
}

/** Size of the drawn map in CSS pixels. */
export interface SvgSize {
  width: number;
  height: number;
}

/** Space to keep clear on each side when framing, in pixels (MapLibre's `PaddingOptions`). */
export interface SvgPadding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** `[[west, south], [east, north]]` in degrees; east may run past 180°. */
export type SvgBounds = [[number, number], [number, number]];

const MAX_LATITUDE = 85.051129;

/**
 * The d3-geo scale of a MapLibre zoom: the world is 512 × 2^zoom px around, and geoMercator's world
 * is 2π × scale.
 *
 * @example
 * mercatorScale(0); // 81.487… (512 / 2π)
 */
export function mercatorScale(zoom: number): number {
  return (TILE_SIZE * 2 ** zoom) / (2 * Math.PI);
}

/**
 * A Web Mercator projection that puts `camera.center` in the middle of `size`, at MapLibre's scale
 * for `camera.zoom`, rotated by the bearing, clipped to the viewport. The antimeridian cut is
 * opposite the centre, as with MapLibre's world copies around the view. Pitch cannot be shown flat:
 * a pitched view is drawn from straight above.
 *
 * @example
 * const projection = svgProjection({ center: [51.4, 35.7], zoom: 4 }, { width: 800, height: 600 });
 * projection([51.4, 35.7]); // [400, 300]
 */
export function svgProjection(camera: SvgCamera, size: SvgSize): GeoProjection {
  const [lon, lat] = camera.center;
  return geoMercator()
    .rotate([-lon, 0])
    .center([0, Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat))])
    .scale(mercatorScale(camera.zoom))
    .translate([size.width / 2, size.height / 2])
    .angle(camera.bearing ?? 0)
    .clipExtent([
      [0, 0],
      [size.width, size.height],
    ]);
}

/** A point in MapLibre's world pixels at zoom 0 (0–512 on each axis, y growing southwards). */
function worldPoint([lon, lat]: [number, number]): [number, number] {
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180;
  return [
    (TILE_SIZE * (lon + 180)) / 360,
    TILE_SIZE * (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)),
  ];
}

function lonLatOf([x, y]: [number, number]): [number, number] {
  const lon = (x / TILE_SIZE) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / TILE_SIZE))) * 180) / Math.PI;
  return [lon, lat];
}

/**
 * The camera that fits `bounds` into `size` less `padding`, as MapLibre's `fitBounds` computes it
 * (no bearing): the largest zoom up to `maxZoom` at which the box fits, centred in the padded area.
 *
 * @example
 * fitCamera([[44, 25], [63, 40]], { width: 800, height: 600 }, { maxZoom: 5 });
 */
export function fitCamera(
  bounds: SvgBounds,
  size: SvgSize,
  { padding = 40, maxZoom = 22 }: { padding?: number | SvgPadding; maxZoom?: number } = {},
): SvgCamera {
  const pad =
    typeof padding === 'number'
      ? { top: padding, bottom: padding, left: padding, right: padding }
      : padding;
  const [[w, s], [e, n]] = bounds;
  const [x0, y1] = worldPoint([w, s]);
  const [x1, y0] = worldPoint([e, n]);
  const availableWidth = Math.max(1, size.width - pad.left - pad.right);
  const availableHeight = Math.max(1, size.height - pad.top - pad.bottom);
  const fits = Math.min(
    x1 > x0 ? availableWidth / (x1 - x0) : Infinity,
    y1 > y0 ? availableHeight / (y1 - y0) : Infinity,
  );
  const zoom = Math.min(maxZoom, Number.isFinite(fits) ? Math.log2(fits) : maxZoom);
  const scale = 2 ** zoom;
  // The box's centre sits at the centre of the padded area, so the camera centre shifts the other way.
  const offsetX = (pad.left - pad.right) / 2;
  const offsetY = (pad.top - pad.bottom) / 2;
  const center = lonLatOf([(x0 + x1) / 2 - offsetX / scale, (y0 + y1) / 2 - offsetY / scale]);
  return { center, zoom };
}

/**
 * The SVG camera of a MapLibre camera view (pitch is dropped: the SVG is drawn from above).
 *
 * @example
 * svgCameraOf(state.view); // { center: [51.4, 35.7], zoom: 4, bearing: 0 }
 */
export function svgCameraOf(view: CameraView): SvgCamera {
  return { center: [view.longitude, view.latitude], zoom: view.zoom, bearing: view.bearing };
}

/**
 * The camera after moving the map by `dx`, `dy` screen pixels (a drag), at the same zoom.
 *
 * @example
 * panCamera(camera, size, 100, 0); // the map moved right: the centre is now further west
 */
export function panCamera(camera: SvgCamera, size: SvgSize, dx: number, dy: number): SvgCamera {
  const projection = svgProjection(camera, size);
  const inverted = projection.invert?.([size.width / 2 - dx, size.height / 2 - dy]);
  if (!inverted) return camera;
  // Keep longitudes continuous with the old centre, so repeated drags do not jump a world.
  const lon = inverted[0] + 360 * Math.round((camera.center[0] - inverted[0]) / 360);
  return { ...camera, center: [lon, Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, inverted[1]))] };
}

/** Most zoom a country framing goes to, as on the WebGL map: small countries stay in context. */
export const MAX_COUNTRY_ZOOM = 5;
/** Most zoom of the default framing, as on the WebGL map. */
export const MAX_HOME_ZOOM = 6;

/**
 * The camera for a camera request of the state, as the WebGL map frames it: a view as it is, a
 * country's extent (up to zoom 5), or the default framing of every corridor and home (up to zoom 6).
 *
 * @example
 * cameraForTarget(model, state.camera.target, { width: 800, height: 600 });
 */
export function cameraForTarget(
  model: AtlasModel,
  target: CameraTarget,
  size: SvgSize,
  padding: number | SvgPadding = 40,
): SvgCamera {
  if (target.kind === 'view') return svgCameraOf(target.view);
  const country = target.kind === 'country' ? countryBounds(model, target.code) : null;
  return country
    ? fitCamera(country, size, { padding, maxZoom: MAX_COUNTRY_ZOOM })
    : fitCamera(homeBounds(model), size, { padding, maxZoom: MAX_HOME_ZOOM });
}
