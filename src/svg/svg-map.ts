// The map as an SVG tree (pure, no DOM): countries by role, corridors, meetings, trips and labels, with d3-geo.
import { geoPath, type GeoPermissibleObjects, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { eventsOf, primaryRole, type AtlasModel } from '../data/atlas-model';
import type { CountryShapeProperties } from '../data/countries';
import type { LegGeometry } from '../geo/corridor-geometry';
import { t } from '../i18n/messages';
import { focusedLegs, focusedMeetings } from '../state/selectors';
import { corridorColors, corridorWidths, cssRgb, type Rgba, type Theme } from '../theme';
import { eventStatus, groupStatus, type TimeStatus } from '../state/selectors';
import { corridorEndPoints } from '../data/label-points';
import { markedLabel } from '../i18n/claim-text';
import type { HoverTarget, State } from '../state/state';
import {
  fitCamera,
  MAX_HOME_ZOOM,
  svgProjection,
  type SvgCamera,
  type SvgPadding,
  type SvgSize,
} from './svg-camera';
import { homeBounds } from '../data/framing';
import { buildDecorations, type SvgDecorations } from './svg-decorations';
import {
  estimateTextWidth,
  labelPlacer,
  round,
  svgLabel,
  SVG_FONT_FAMILY,
  type LabelStyle,
} from './svg-text';
import { svgEl, type SvgElementNode, type SvgNode } from './svg-tree';
import { sphericalWinding } from './winding';

export type { SvgDecorations };

/** What of the state the SVG map draws; a whole {@link State} will do. */
export type SvgMapState = Pick<State, 'lang' | 'selectedCountry' | 'focus' | 'corridor' | 'time'>;

/** The country shapes, as `virtual:atlas/country-shapes` ships them. */
export type CountryShapes = FeatureCollection<Polygon | MultiPolygon, CountryShapeProperties>;

export interface SvgMapOptions {
  /** Title, legend, attribution and the schematic notice, for an export; `true`: all of them. */
  decorations?: boolean | SvgDecorations;
  /** Adds wide invisible strokes under corridors and trips, so a pointer can hit them. */
  interactive?: boolean;
  /** Padding of the default framing (when no camera is given), in px. */
  padding?: number | SvgPadding;
  /** The accessible name; by default the title when there is one, else the app's map label. */
  label?: string;
  /**
   * How finely paths are written: decimal `digits` of each coordinate, and points closer than
   * `minPx` to the last one dropped. By default 1 digit and 0.5 px; a build-time poster takes less.
   */
  precision?: { digits: number; minPx: number };
}

export interface SvgMapInput {
  model: AtlasModel;
  shapes: CountryShapes;
  state: SvgMapState;
  theme: Theme;
  /** Size of the map itself in px; decorations add a band above and below it. */
  size: SvgSize;
  /** Where to look; absent or null: the default framing (every corridor and home), as the WebGL map. */
  camera?: SvgCamera | null;
  options?: SvgMapOptions;
}

/** Zoom from which countries the dataset does not describe are labelled, as on the WebGL map. */
const MINOR_LABEL_ZOOM = 3.5;
/** Dash patterns (px) by corridor order, so corridors differ without colour (print, colour blindness). */
/** Country fill opacity outside a story chapter's emphasis, as on the WebGL map. */
const MUTED_OPACITY = 0.35;

const alpha = (color: Rgba, factor = 1) => round((color[3] / 255) * factor * 100) / 100;

/**
 * The dash pattern of a corridor's line (`stroke-dasharray`) for a line `width` px wide: the theme's
 * pattern, as the WebGL map and the page's legend draw it, or `"none"` for a solid line.
 *
 * @example
 * corridorDash(DEFAULT_THEME, 'north-east'); // "8.75 7"
 */
export function corridorDash(theme: Theme, corridorId: string, width = 3.5): string {
  const [dash, gap] = corridorColors(theme, corridorId).dash;
  return dash > 0 && gap > 0
    ? `${round(dash * width * 100) / 100} ${round(gap * width * 100) / 100}`
    : 'none';
}

/**
 * The label of a corridor on the map: its name up to the colon ("South-west corridor"); the legend
 * gives the whole name.
 *
 * @example
 * corridorShortName('South-west corridor: Iran – Saudi Arabia'); // "South-west corridor"
 */
export function corridorShortName(name: string): string {
  return name.split(/[:：]/)[0]?.trim() || name;
}

const woundShapes = new WeakMap<
  CountryShapes,
  Feature<Polygon | MultiPolygon, CountryShapeProperties>[]
>();

/** The shapes wound for d3-geo, made once per collection. */
function shapesForD3(shapes: CountryShapes) {
  let features = woundShapes.get(shapes);
  if (!features) {
    features = shapes.features.map((f) => ({ ...f, geometry: sphericalWinding(f.geometry) }));
    woundShapes.set(shapes, features);
  }
  return features;
}

/**
 * A stream that drops points closer than `minPx` to the last one kept (keeping each line's last
 * point): 1:50m borders carry far more points than a screen shows, and the file stays small.
 */
function thinning(output: GeoStream, minPx: number): GeoStream {
  let last: [number, number] | null = null;
  let skipped: [number, number] | null = null;
  return {
    point(x, y) {
      if (last && Math.abs(x - last[0]) < minPx && Math.abs(y - last[1]) < minPx) {
        skipped = [x, y];
        return;
      }
      last = [x, y];
      skipped = null;
      output.point(x, y);
    },
    lineStart() {
      last = null;
      skipped = null;
      output.lineStart();
    },
    lineEnd() {
      if (skipped) output.point(skipped[0], skipped[1]);
      output.lineEnd();
    },
    polygonStart: () => output.polygonStart(),
    polygonEnd: () => output.polygonEnd(),
    sphere: () => output.sphere?.(),
  };
}

function pathMaker(projection: GeoProjection, { digits, minPx } = { digits: 1, minPx: 0.5 }) {
  const thinned = { stream: (output: GeoStream) => projection.stream(thinning(output, minPx)) };
  const path = geoPath(thinned).digits(digits);
  return (object: GeoPermissibleObjects) => path(object) ?? '';
}

function inside([x, y]: [number, number], size: SvgSize, margin = 0) {
  return x >= -margin && y >= -margin && x <= size.width + margin && y <= size.height + margin;
}

/** Font size of the described countries' names at a zoom: MapLibre's 12 px at zoom 2 to 17 at 6. */
const majorLabelSize = (zoom: number) => round(12 + (5 * Math.max(0, Math.min(4, zoom - 2))) / 4);

const radiusOf = (events: number) => 5 + 1.5 * Math.min(events, 4);

/** Places of the selected country's meetings: drawn larger, as on the WebGL map. */
function placesOf(model: AtlasModel, code: string | null): ReadonlySet<string> {
  const events = code ? Object.values(eventsOf(model, code)).flat() : [];
  return new Set(events.flatMap((event) => (event.place === null ? [] : [event.place])));
}

interface Drawn {
  projection: GeoProjection;
  path: (object: GeoPermissibleObjects) => string;
  size: SvgSize;
}

function countryLayer(input: SvgMapInput, drawn: Drawn): SvgElementNode[] {
  const { model, theme, state } = input;
  const emphasis = new Set(state.focus.countries);
  const paths: SvgNode[] = [];
  let selected: SvgElementNode | null = null;
  for (const feature of shapesForD3(input.shapes)) {
    const d = drawn.path(feature.geometry);
    if (!d) continue;
    const code = feature.properties.code;
    const role = code ? primaryRole(model, code) : null;
    paths.push(
      svgEl('path', {
        d,
        'data-code': code || undefined,
        fill: role ? theme.roles[role] : theme.land,
        'fill-opacity': emphasis.size > 0 && !emphasis.has(code) ? MUTED_OPACITY : undefined,
      }),
    );
    if (code && code === state.selectedCountry) {
      selected = svgEl('path', {
        d,
        'data-code': code,
        fill: 'none',
        stroke: theme.selectedBorder,
        'stroke-width': 2.5,
        'stroke-linejoin': 'round',
        'pointer-events': 'none',
      });
    }
  }
  return [
    svgEl(
      'g',
      {
        class: 'countries',
        stroke: theme.border,
        'stroke-width': 0.7,
        'stroke-linejoin': 'round',
      },
      ...paths,
    ),
    svgEl('g', { class: 'selected-country' }, selected),
  ];
}

function tripLayer(input: SvgMapInput, drawn: Drawn): SvgElementNode {
  const { model, state, theme } = input;
  const { trips } = focusedMeetings(model, state.focus);
  const children: SvgNode[] = [];
  for (const trip of trips) {
    if (eventStatus(trip.event, state.time) === 'future') continue;
    const d = drawn.path({
      type: 'LineString',
      coordinates: [trip.from.coordinates, trip.to.coordinates],
    });
    if (!d) continue;
    if (input.options?.interactive) {
      children.push(hitPath(d, { 'data-event': trip.event.id }));
    }
    children.push(
      svgEl('path', {
        d,
        'data-event': trip.event.id,
        stroke: cssRgb(theme.trip.target),
        'stroke-opacity': alpha(theme.trip.target, 0.8),
      }),
    );
  }
  return svgEl(
    'g',
    { class: 'trips', fill: 'none', 'stroke-width': 1.5, 'stroke-linecap': 'round' },
    ...children,
  );
}

const hitPath = (d: string, data: Record<string, string>) =>
  svgEl('path', {
    d,
    ...data,
    class: 'hit',
    stroke: '#000',
    'stroke-opacity': 0,
    'stroke-width': 12,
    'pointer-events': 'stroke',
  });

function corridorLayer(input: SvgMapInput, drawn: Drawn, legs: readonly LegGeometry[]) {
  const { state, theme } = input;
  const children: SvgNode[] = [];
  for (const leg of legs) {
    const d = drawn.path({ type: 'LineString', coordinates: leg.path });
    if (!d) continue;
    const data = { 'data-corridor': leg.corridorId, 'data-leg': leg.legId };
    if (input.options?.interactive) children.push(hitPath(d, data));
    const highlighted = state.corridor === leg.corridorId;
    const widths = corridorWidths(input.model.corridors.get(leg.corridorId)?.style);
    const factor = state.corridor === null || highlighted ? 1 : theme.dimmed;
    children.push(
      svgEl('path', {
        d,
        ...data,
        stroke: cssRgb(corridorColors(theme, leg.corridorId).base),
        'stroke-opacity': round(0.9 * factor * 100) / 100,
        'stroke-width': highlighted ? widths.highlighted : widths.line,
        'stroke-dasharray': corridorDash(theme, leg.corridorId),
      }),
    );
  }
  return svgEl('g', { class: 'corridors', fill: 'none', 'stroke-linejoin': 'round' }, ...children);
}

function meetingLayer(input: SvgMapInput, drawn: Drawn) {
  const { model, state, theme } = input;
  const { sites } = focusedMeetings(model, state.focus);
  const fill: Record<TimeStatus, Rgba> = {
    active: theme.meeting.fill,
    past: theme.meeting.past,
    future: theme.meeting.future,
  };
  const selectedPlaces = placesOf(model, state.selectedCountry);
  const circles: SvgNode[] = [];
  for (const site of sites) {
    const point = drawn.projection(site.place.coordinates);
    if (!point || !inside(point, drawn.size, 20)) continue;
    const color = fill[groupStatus(site.events, state.time)];
    const scale = selectedPlaces.has(site.place.id) ? 1.4 : 1;
    circles.push(
      svgEl('circle', {
        cx: round(point[0]),
        cy: round(point[1]),
        r: round(radiusOf(site.events.length) * scale),
        'data-place': site.place.id,
        fill: cssRgb(color),
        'fill-opacity': alpha(color),
      }),
    );
  }
  return svgEl(
    'g',
    { class: 'meetings', stroke: cssRgb(theme.meeting.stroke), 'stroke-width': 2 },
    ...circles,
  );
}

/** Space between a name and its mark when they are drawn as two texts, in px. */
const MARK_GAP = 4;

/** A label candidate: its text, anchor point, style and priority order; and a mark of ours drawn after it. */
interface Candidate {
  text: string;
  x: number;
  y: number;
  style: LabelStyle;
  mark?: { text: string; style: LabelStyle };
}

function labelLayer(input: SvgMapInput, drawn: Drawn, legs: readonly LegGeometry[], zoom: number) {
  const { model, state, theme } = input;
  const { lang } = state;
  const candidates: Candidate[] = [];
  const at = (coordinates: [number, number]) => {
    const p = drawn.projection(coordinates);
    return p && inside(p, drawn.size) ? p : null;
  };

  // Each drawn corridor's name, above the middle of its first leg in view.
  const named = new Set<string>();
  for (const leg of legs) {
    if (named.has(leg.corridorId)) continue;
    const corridor = model.corridors.get(leg.corridorId);
    const p = corridor && at(leg.path[Math.floor(leg.path.length / 2)] as [number, number]);
    if (!corridor || !p) continue;
    named.add(leg.corridorId);
    const name = markedLabel(
      model.dataset,
      `corridor/${corridor.id}/name`,
      corridorShortName(corridor.name[lang]),
      lang,
    );
    const fill = cssRgb(corridorColors(theme, leg.corridorId).base);
    candidates.push({
      // The name is bold; its mark ("(our name)") follows it, lighter, as a text of its own.
      text: name.name,
      x: p[0],
      y: p[1] - 8,
      style: { size: 12.5, weight: 'bold', fill, halo: theme.labelHalo, inference: name.inference },
      ...(name.mark
        ? {
            mark: {
              text: name.mark,
              style: { size: 10.5, fill, halo: theme.labelHalo, inference: name.inference },
            },
          }
        : {}),
    });
  }
  // Where each corridor leads (Port Said, Kashgar…), for the legs drawn.
  const drawnLegs = new Set(legs.map((leg) => `${leg.corridorId}/${leg.legId}`));
  for (const end of corridorEndPoints(model).features) {
    const p = drawnLegs.has(end.properties.leg) && at(end.geometry.coordinates as [number, number]);
    if (!p) continue;
    const label = markedLabel(
      model.dataset,
      `place/${end.properties.id}`,
      end.properties[lang],
      lang,
    );
    candidates.push({
      // "Schematic" is said once, in the legend, for every end point (MARKED_ONCE_ON_MAPS).
      text: label.mapText,
      x: p[0],
      y: p[1] - 7,
      style: {
        size: 11.5,
        fill: cssRgb(corridorColors(theme, end.properties.corridor).base),
        halo: theme.labelHalo,
        inference: label.inference,
      },
    });
  }
  // Meeting places, under their points.
  const selectedPlaces = placesOf(model, state.selectedCountry);
  for (const site of focusedMeetings(model, state.focus).sites) {
    const p = at(site.place.coordinates);
    if (!p) continue;
    const radius = radiusOf(site.events.length) * (selectedPlaces.has(site.place.id) ? 1.4 : 1);
    const label = markedLabel(model.dataset, `place/${site.place.id}`, site.place.name[lang], lang);
    candidates.push({
      text: label.mapText,
      x: p[0],
      y: p[1] + radius + 15,
      style: { size: 12, fill: '#8a1c28', halo: theme.labelHalo, inference: label.inference },
    });
  }
  // Country names: the selected one, the described ones, then (zoomed in) the rest.
  const countries = [...model.registry.values()].sort((a, b) => {
    const rank = (code: string) =>
      code === state.selectedCountry ? 0 : model.countries.has(code) ? 1 : 2;
    return rank(a.code) - rank(b.code);
  });
  for (const country of countries) {
    const major = model.countries.has(country.code) || country.code === state.selectedCountry;
    if (!major && zoom < MINOR_LABEL_ZOOM) continue;
    const p = at(country.label);
    if (!p) continue;
    candidates.push({
      text: country.name[lang],
      x: p[0],
      y: p[1] + 4,
      style: {
        size: major ? majorLabelSize(zoom) : 11,
        fill: major ? theme.label : '#5b5b60',
        halo: theme.labelHalo,
      },
    });
  }

  const placer = labelPlacer();
  const texts: SvgNode[] = [];
  for (const candidate of candidates) {
    const { x, y, mark } = candidate;
    const nameWidth = estimateTextWidth(candidate.text, candidate.style.size);
    const markWidth = mark ? MARK_GAP + estimateTextWidth(mark.text, mark.style.size) : 0;
    const half = (nameWidth + markWidth) / 2;
    const box = { x0: x - half, x1: x + half, y0: y - candidate.style.size, y1: y + 3 };
    if (!placer.place(box)) continue;
    if (!mark) {
      texts.push(svgLabel(lang, x, y, candidate.text, candidate.style));
      continue;
    }
    // The name from the line's start, the mark to its end: start is the right in Persian.
    const start = lang === 'fa' ? x + half : x - half;
    const end = lang === 'fa' ? x - half : x + half;
    texts.push(svgLabel(lang, start, y, candidate.text, { ...candidate.style, anchor: 'start' }));
    texts.push(svgLabel(lang, end, y, mark.text, { ...mark.style, anchor: 'end' }));
  }
  return svgEl('g', { class: 'labels', 'pointer-events': 'none' }, ...texts);
}

/**
 * The map as an SVG tree: the sea, countries coloured by role (muted outside a chapter's emphasis,
 * the selected one outlined), trip arcs (none for meetings still to come), the corridors' geodesic
 * legs (a dash pattern per corridor, the highlighted one wider, the others dimmed), meeting places
 * (coloured by the timeline's date) and labels in the state's language. Only what the state's focus
 * draws is drawn, as on the WebGL map. The projection is MapLibre's Web Mercator at the camera, so
 * the SVG of the current view matches the WebGL map. Elements carry `data-code`, `data-corridor` /
 * `data-leg`, `data-place` and `data-event` for clicks; the sea is `data-sea`. With decorations the
 * tree is taller than `size`: a title band above the map, the notice and attribution below, the
 * legend over the map's inline-start bottom corner.
 *
 * @example
 * const tree = buildSvgMap({ model, shapes, state, theme: DEFAULT_THEME,
 *   size: { width: 1200, height: 800 }, camera: state.view && svgCameraOf(state.view),
 *   options: { decorations: true } });
 * const file = toSvgString(tree);
 */
export function buildSvgMap(input: SvgMapInput): SvgElementNode {
  const { model, state, theme, size } = input;
  const { lang } = state;
  const camera =
    input.camera ??
    fitCamera(homeBounds(model), size, {
      padding: input.options?.padding ?? 40,
      maxZoom: MAX_HOME_ZOOM,
    });
  const projection = svgProjection(camera, size);
  const drawn: Drawn = {
    projection,
    path: pathMaker(projection, input.options?.precision),
    size,
  };
  const legs = focusedLegs(model, state.focus);

  const map = svgEl(
    'g',
    { class: 'map' },
    svgEl('rect', {
      class: 'sea',
      'data-sea': '',
      width: size.width,
      height: size.height,
      fill: theme.background,
    }),
    ...countryLayer(input, drawn),
    tripLayer(input, drawn),
    corridorLayer(input, drawn, legs),
    meetingLayer(input, drawn),
    labelLayer(input, drawn, legs, camera.zoom),
  );

  const decorations = buildDecorations({
    model,
    theme,
    lang,
    width: size.width,
    mapHeight: size.height,
    decorations: input.options?.decorations ?? false,
    dash: (id) => corridorDash(theme, id),
  });
  if (decorations.top > 0) map.attrs.transform = `translate(0 ${decorations.top})`;
  const height = decorations.top + size.height + decorations.bottom;
  const label = input.options?.label ?? decorations.title ?? t(lang, 'app.mapLabel');

  return svgEl(
    'svg',
    {
      width: size.width,
      height,
      viewBox: `0 0 ${size.width} ${height}`,
      role: 'img',
      'aria-label': label,
      'xml:lang': lang,
      'font-family': SVG_FONT_FAMILY,
      class: 'atlas-svg-map',
    },
    svgEl('title', {}, label),
    map,
    ...decorations.nodes,
  );
}

/**
 * What an element of the SVG map stands for, from its `data-*` attributes (an element's `dataset`):
 * a country, a corridor leg, a meeting place or a trip, or null for the sea and anything else. Feed
 * it to `clickAction` to get the same action as a click on the WebGL map.
 *
 * @example
 * svgHitTarget(element.closest('[data-code]')?.dataset ?? {}); // { kind: 'country', code: 'SAU' }
 */
export function svgHitTarget(
  data: Readonly<Record<string, string | undefined>>,
): HoverTarget | null {
  if (data.place) return { kind: 'meeting', placeId: data.place };
  if (data.event) return { kind: 'trip', eventId: data.event };
  if (data.corridor && data.leg)
    return { kind: 'corridor', corridorId: data.corridor, legId: data.leg };
  if (data.code) return { kind: 'country', code: data.code };
  return null;
}
