// The bench's baseline: MapLibre and deck.gl only, drawing the app's countries (the same shapes, from the
// atlas plugin) and the app's corridors (the same paths and timestamps, computed in Node by the app's code)
// with one TripsLayer animated like the app's flow. No labels, no UI, nothing else.
//
// URL: ?data=FILE (the legs, in data/), &size=WxH (map size in CSS pixels, default the window),
// &padding=TOP,RIGHT,BOTTOM,LEFT (the app's framing padding; default 40 all round), &halos=1 (also draw
// the app's second animated layer, the meeting places' pulsing halos: the same sites, props and clock,
// so the bench can tell what the same two layers cost a bare page). The camera frames the corridors and
// home as the app's default view does (fitBounds, at most zoom 6).
// Sets <html data-status="ready"> as the app does: map idle after the overlay has drawn its layers once.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MapboxOverlay } from '@deck.gl/mapbox';
import { TripsLayer } from '@deck.gl/geo-layers';
// Two small pure modules of the app (constants and a memoised array), so the flow looks and moves the same.
import { clockAt, FLOW_TRAIL_KM, flowTrips, type FlowTrip } from '../../../src/layers/flow';
import { corridorColors, DEFAULT_THEME } from '../../../src/theme';
import type { LegGeometry } from '../../../src/geo/corridor-geometry';
import type { BaselineSite } from '../prepare';

interface BaselineData {
  legs: Pick<LegGeometry, 'corridorId' | 'path' | 'timestamps'>[];
  sites: BaselineSite[];
  bounds: [[number, number], [number, number]];
}

const status = (value: 'loading' | 'ready' | 'error') => {
  document.documentElement.dataset.status = value;
};

async function boot() {
  const params = new URLSearchParams(location.search);
  const container = document.getElementById('map') as HTMLElement;
  const size = /^(\d+)x(\d+)$/.exec(params.get('size') ?? '');
  if (size) {
    container.style.width = `${size[1]}px`;
    container.style.height = `${size[2]}px`;
  }
  const [{ default: shapes }, data, halos] = await Promise.all([
    import('virtual:atlas/country-shapes'),
    fetch(`./data/${params.get('data') ?? 'corridors-default.json'}`).then(
      (response) => response.json() as Promise<BaselineData>,
    ),
    params.get('halos') === '1' ? import('./halos') : null,
  ]);
  maplibregl.setWorkerUrl(new URL(workerUrl, location.href).href);
  const theme = DEFAULT_THEME;
  const pad = (params.get('padding') ?? '').split(',').map(Number);
  const padding =
    pad.length === 4 && pad.every(Number.isFinite)
      ? { top: pad[0] ?? 40, right: pad[1] ?? 40, bottom: pad[2] ?? 40, left: pad[3] ?? 40 }
      : 40;
  const map = new maplibregl.Map({
    container,
    bounds: data.bounds,
    fitBoundsOptions: { padding, maxZoom: 6 },
    attributionControl: false,
    style: {
      version: 8,
      sources: { countries: { type: 'geojson', data: shapes, tolerance: 0.45 } },
      layers: [
        { id: 'background', type: 'background', paint: { 'background-color': theme.background } },
        { id: 'fill', type: 'fill', source: 'countries', paint: { 'fill-color': theme.land } },
        {
          id: 'border',
          type: 'line',
          source: 'countries',
          paint: { 'line-color': theme.border, 'line-width': 0.7 },
        },
      ],
    },
  });
  // As in the app: only frames drawn after the layers were given count towards `ready`.
  let layersGiven = false;
  let deckFrames = 0;
  const overlay = new MapboxOverlay({
    interleaved: false,
    layers: [],
    onAfterRender: () => {
      if (layersGiven) deckFrames += 1;
    },
  });
  map.addControl(overlay);

  const trips = flowTrips(data.legs as LegGeometry[]);
  const start = performance.now();
  const tick = (now: number) => {
    const clock = clockAt((now - start) / 1000);
    const flow = new TripsLayer<FlowTrip>({
      id: 'corridor-flow',
      data: trips,
      getPath: (trip) => trip.leg.path,
      getTimestamps: (trip) => trip.timestamps,
      getColor: (trip) => corridorColors(theme, trip.leg.corridorId).flow,
      getWidth: 5,
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
      fadeTrail: true,
      trailLength: FLOW_TRAIL_KM,
      currentTime: clock.flowKm,
    });
    overlay.setProps({
      layers: halos ? [flow, halos.haloLayer(data.sites, clock, theme)] : [flow],
    });
    layersGiven = true;
    requestAnimationFrame(tick);
  };
  map.once('error', (event) => {
    console.error(event.error);
    status('error');
  });
  map.once('load', () => {
    requestAnimationFrame(tick);
    map.once('idle', () => {
      const waitForDeck = () => {
        if (deckFrames > 0) status('ready');
        else requestAnimationFrame(waitForDeck);
      };
      waitForDeck();
    });
  });
}

boot().catch((error: unknown) => {
  console.error(error);
  status('error');
});
