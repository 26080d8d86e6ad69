// Unit tests of the SVG map's camera: MapLibre's Web Mercator at a centre and zoom, framings, panning.
import { fitBounds, WebMercatorViewport } from '@math.gl/web-mercator';
import { describe, expect, it } from 'vitest';
import { homeBounds } from '../../../src/data/framing';
import {
  cameraForTarget,
  fitCamera,
  mercatorScale,
  panCamera,
  svgProjection,
} from '../../../src/svg/svg-camera';
import { loadModel } from '../../fixtures/default-model';

const SIZE = { width: 1000, height: 640 };
const PLACES: [number, number][] = [
  [51.389, 35.689], // Tehran
  [46.675, 24.713], // Riyadh
  [32.3, 31.26], // Port Said
  [75.99, 39.47], // Kashgar
  [-66.9, 10.48], // Caracas
];

function viewport(longitude: number, latitude: number, zoom: number, bearing = 0) {
  return new WebMercatorViewport({ ...SIZE, longitude, latitude, zoom, bearing });
}

describe('svgProjection', () => {
  it('mercatorScale(zoom) makes the world 512 × 2^zoom px around, as MapLibre', () => {
    expect(2 * Math.PI * mercatorScale(0)).toBeCloseTo(512, 9);
    expect(2 * Math.PI * mercatorScale(3.5)).toBeCloseTo(512 * 2 ** 3.5, 6);
  });

  it('svgProjection(camera, size) puts each place where @math.gl/web-mercator puts it', () => {
    const projection = svgProjection({ center: [51.4, 30], zoom: 4.2 }, SIZE);
    const expected = viewport(51.4, 30, 4.2);
    for (const place of PLACES) {
      const [x, y] = projection(place) as [number, number];
      const [ex, ey] = expected.project(place);
      expect(x).toBeCloseTo(ex as number, 6);
      expect(y).toBeCloseTo(ey as number, 6);
    }
  });

  it('svgProjection(camera, size) matches at a low zoom far from the centre', () => {
    const projection = svgProjection({ center: [10, 20], zoom: 1.3 }, SIZE);
    const expected = viewport(10, 20, 1.3);
    for (const place of PLACES) {
      const [x, y] = projection(place) as [number, number];
      const [ex, ey] = expected.project(place);
      expect(x).toBeCloseTo(ex as number, 6);
      expect(y).toBeCloseTo(ey as number, 6);
    }
  });

  it('svgProjection(camera, size) turns the map by the bearing as MapLibre does', () => {
    const projection = svgProjection({ center: [51.4, 30], zoom: 4, bearing: 30 }, SIZE);
    const expected = viewport(51.4, 30, 4, 30);
    for (const place of PLACES.slice(0, 4)) {
      const [x, y] = projection(place) as [number, number];
      const [ex, ey] = expected.project(place);
      expect(x).toBeCloseTo(ex as number, 4);
      expect(y).toBeCloseTo(ey as number, 4);
    }
  });
});

describe('fitCamera', () => {
  it('fitCamera(bounds, size) gives the centre and zoom of @math.gl/web-mercator fitBounds', () => {
    const bounds = homeBounds(loadModel());
    const camera = fitCamera(bounds, SIZE, { padding: 40 });
    const expected = fitBounds({ ...SIZE, bounds, padding: 40 });
    expect(camera.zoom).toBeCloseTo(expected.zoom, 6);
    expect(camera.center[0]).toBeCloseTo(expected.longitude, 6);
    expect(camera.center[1]).toBeCloseTo(expected.latitude, 6);
  });

  it('fitCamera(bounds, size, { padding }) centres the box in the padded area, as MapLibre', () => {
    // MapLibre shifts the centre by the padding offset at the final zoom (math.gl's fitBounds
    // divides it by the horizontal scale instead), so the box's centre is the padded area's.
    const bounds: [[number, number], [number, number]] = [
      [44, 25],
      [63, 40],
    ];
    const padding = { top: 40, bottom: 40, left: 40, right: 340 };
    const camera = fitCamera(bounds, SIZE, { padding });
    const projection = svgProjection(camera, SIZE);
    const [x0, y0] = projection([44, 40]) as [number, number];
    const [x1, y1] = projection([63, 25]) as [number, number];
    expect(camera.zoom).toBeCloseTo(fitBounds({ ...SIZE, bounds, padding }).zoom, 6);
    expect((x0 + x1) / 2).toBeCloseTo((40 + (SIZE.width - 340)) / 2, 6);
    expect((y0 + y1) / 2).toBeCloseTo(SIZE.height / 2, 6);
    expect(Math.max(x1 - x0 - (SIZE.width - 380), y1 - y0 - (SIZE.height - 80))).toBeCloseTo(0, 6);
  });

  it('fitCamera(bounds, size, { maxZoom }) zooms no further than maxZoom', () => {
    const camera = fitCamera(
      [
        [50.5, 26],
        [50.7, 26.3],
      ],
      SIZE,
      { maxZoom: 5 },
    );
    expect(camera.zoom).toBe(5);
  });

  it('cameraForTarget(model, country) frames the country at most at zoom 5', () => {
    const model = loadModel();
    const camera = cameraForTarget(model, { kind: 'country', code: 'SAU' }, SIZE);
    const bbox = model.registry.get('SAU')?.bbox;
    if (!bbox) throw new Error('no SAU in the registry');
    const [w, s, e, n] = bbox;
    const projection = svgProjection(camera, SIZE);
    const [x0, y0] = projection([w, n]) as [number, number];
    const [x1, y1] = projection([e, s]) as [number, number];
    expect(camera.zoom).toBeLessThanOrEqual(5);
    expect(Math.min(x0, y0)).toBeGreaterThanOrEqual(39.9);
    expect(x1).toBeLessThanOrEqual(SIZE.width - 39.9);
    expect(y1).toBeLessThanOrEqual(SIZE.height - 39.9);
  });

  it('cameraForTarget(model, view) keeps the view as it is', () => {
    const view = { longitude: 40, latitude: 30, zoom: 3, bearing: 10, pitch: 40 };
    expect(cameraForTarget(loadModel(), { kind: 'view', view }, SIZE)).toEqual({
      center: [40, 30],
      zoom: 3,
      bearing: 10,
    });
  });
});

describe('panCamera', () => {
  it('panCamera(camera, size, dx, dy) moves what was at the centre by dx, dy', () => {
    const camera = { center: [51.4, 30] as [number, number], zoom: 4 };
    const moved = panCamera(camera, SIZE, 120, -45);
    const [x, y] = svgProjection(moved, SIZE)(camera.center) as [number, number];
    expect(x).toBeCloseTo(SIZE.width / 2 + 120, 6);
    expect(y).toBeCloseTo(SIZE.height / 2 - 45, 6);
  });
});
