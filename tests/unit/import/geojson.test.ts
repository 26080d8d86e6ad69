// Unit tests of the GeoJSON import: the property mapping, dates, ids, lines as legs, antimeridian and great circles.
import { createRequire } from 'node:module';
import countryList from 'virtual:atlas/countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/data/atlas-model';
import { indexCountries } from '../../../src/data/countries';
import { GEOJSON_HOME, parseMeetingDate, slugId } from '../../../src/data/import/geojson';
import type { Dataset, LonLat } from '../../../src/dataset';
import { greatCircleKm } from '../../../src/geo/geodesic';
import { collection, corpusText, importWithApp } from './import-helpers';

const require = createRequire(import.meta.url);
const TEHRAN: LonLat = [51.389, 35.689];
const RIYADH: LonLat = [46.675, 24.713];

const line = (properties: unknown, ...coordinates: LonLat[]) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'LineString', coordinates },
});
const point = (properties: unknown, coordinates: LonLat) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates },
});

function datasetOf(text: string): Dataset {
  const result = importWithApp(text);
  if (!result.dataset) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

const modelOf = (dataset: Dataset) => buildModel(dataset, indexCountries(countryList));

describe('GeoJSON mapping', () => {
  it('a Point feature becomes a meeting at a schematic place, not in the article', () => {
    const dataset = datasetOf(
      collection(
        point(
          { id: 'Riyadh talks', country: 'sau', date: '2025-01-24', place_en: 'Riyadh' },
          RIYADH,
        ),
      ),
    );
    const event = dataset.events[0];
    expect(event).toMatchObject({
      id: 'riyadh-talks',
      kind: 'trip',
      country: 'SAU',
      when: { year: 1403, month: 11, part: 'early' },
      title: { en: 'Meeting with Saudi Arabia', fa: 'دیدار با عربستان سعودی' },
      counterparts: [],
    });
    const place = dataset.places.find((p) => p.id === event?.place);
    expect(place).toEqual({
      id: 'riyadh-talks-place',
      name: { en: 'Riyadh', fa: 'Riyadh' },
      country: 'SAU',
      coordinates: RIYADH,
      inArticle: false,
    });
  });

  it('a meeting reads its topics, counterpart and office as texts in both languages', () => {
    const event = datasetOf(corpusText('good/corridors.geojson')).events[0];
    expect(event?.topics).toEqual([
      { en: 'Data transit', fa: 'Data transit' },
      { en: 'Cables', fa: 'کابل‌ها' },
    ]);
    expect(event?.counterparts).toEqual([
      {
        name: { en: 'Ambassador', fa: 'سفیر' },
        office: { en: 'Representative', fa: 'نماینده' },
        country: 'SAU',
      },
    ]);
  });

  it('an invalid optional property is ignored with a warning; the feature is kept', () => {
    const text = collection(
      point(
        { id: { x: 1 }, country: 'IRN', date: '1403', kind: 'visit', topics: ['ok', 5] },
        TEHRAN,
      ),
    );
    const result = importWithApp(text);
    expect(result.problems.map((p) => [p.severity, p.code, p.where.path])).toEqual([
      ['warning', 'property.invalid', '/features/0/properties/id'],
      ['warning', 'property.invalid', '/features/0/properties/kind'],
      ['warning', 'property.invalid', '/features/0/properties/topics/1'],
    ]);
    expect(result.dataset?.events[0]).toMatchObject({
      id: 'meeting-1',
      kind: 'trip',
      topics: [{ en: 'ok' }],
    });
  });

  it('a LineString feature becomes a schematic corridor whose one leg runs through its vertices', () => {
    const dataset = datasetOf(
      collection(line({ id: 'sw', name: { en: 'South-west', fa: 'جنوب غربی' } }, TEHRAN, RIYADH)),
    );
    expect(dataset.corridors).toHaveLength(1);
    const corridor = dataset.corridors[0];
    expect(corridor).toMatchObject({ id: 'sw', schematic: true, name: { en: 'South-west' } });
    expect(corridor?.legs.map((leg) => leg.waypoints)).toEqual([['home', 'sw-1']]);
    expect(dataset.places.find((p) => p.id === 'sw-1')).toMatchObject({
      country: 'SAU',
      coordinates: RIYADH,
      inArticle: false,
    });
  });

  it('trips start from Tehran, the home place, shared with a vertex at the same position', () => {
    const dataset = datasetOf(collection(line({ name: 'x' }, TEHRAN, RIYADH)));
    expect(dataset.home).toBe(GEOJSON_HOME.id);
    expect(dataset.places.filter((p) => p.coordinates[0] === TEHRAN[0])).toHaveLength(1);
  });

  it('a MultiLineString is one corridor: a line that goes on from the last joins it, one from an earlier vertex branches', () => {
    const dataset = datasetOf(corpusText('good/corridors.geojson'));
    const northEast = dataset.corridors.find((c) => c.id === 'north-east');
    // Riyadh–Tehran–Mashhad–Kabul, then Kabul–Almaty goes on from Kabul, then Mashhad–Ashgabat branches.
    expect(northEast?.legs.map((leg) => leg.waypoints.length)).toEqual([5, 2]);
    expect(northEast?.legs[0]?.waypoints).toContain(northEast?.legs[1]?.waypoints[0]);
    expect(northEast?.legs.map((leg) => leg.name.en)).toEqual([
      'North-east corridor, leg 1',
      'North-east corridor, leg 2',
    ]);
  });

  it('a corridor names the meeting it was proposed at by `event`, else stands on its own', () => {
    const named = datasetOf(corpusText('good/corridors.geojson'));
    expect(named.corridors.map((c) => c.event)).toEqual(['riyadh-talks', 'riyadh-talks']);
    const result = importWithApp(collection(line({ name: 'x' }, TEHRAN, RIYADH)));
    expect(result.dataset?.corridors[0]).not.toHaveProperty('event');
    expect(result.dataset?.events).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it('countries are derived from the features: Iran home, meeting partners, transit where a line lists it', () => {
    const dataset = datasetOf(corpusText('good/corridors.geojson'));
    const roles = Object.fromEntries(dataset.countries.map((c) => [c.code, c.roles]));
    expect(roles.IRN).toEqual(['iran', 'transit']);
    expect(roles.SAU).toEqual(['partner', 'transit']);
    expect(roles.EGY).toEqual(['transit']);
    // The line to Kazakhstan lists no countries: crossing it does not make Kazakhstan a transit country.
    expect(roles.KAZ).toEqual(['partner']);
    expect(dataset.countries.every((c) => !c.inArticle)).toBe(true);
    expect(dataset.countries.find((c) => c.code === 'EGY')?.corridors).toEqual(['south-west']);
  });

  it('the title comes from the collection, else the file name', () => {
    expect(datasetOf(corpusText('good/corridors.geojson')).title).toEqual({
      en: 'Two corridors',
      fa: 'دو کریدور',
    });
    const text = collection(line({ name: 'x' }, TEHRAN, RIYADH));
    expect(importWithApp(text, 'routes.geojson').dataset?.title).toEqual({
      en: 'routes',
      fa: 'routes',
    });
  });

  it('a file whose every feature is refused gives no dataset', () => {
    const result = importWithApp(collection(point({ country: 'IRN' }, TEHRAN)));
    expect(result.dataset).toBeNull();
    expect(result.counts).toEqual({ items: 1, kept: 0 });
  });

  it('polygons are refused with a reason, whichever way their rings wind', () => {
    const ring = (coordinates: LonLat[]) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [coordinates] },
    });
    const square: LonLat[] = [
      [50, 30],
      [52, 30],
      [52, 32],
      [50, 32],
      [50, 30],
    ];
    const result = importWithApp(collection(ring(square), ring([...square].reverse())));
    expect(result.problems.map((p) => [p.code, p.where.index, p.params])).toEqual([
      ['geometry.unsupported', 0, { type: 'Polygon' }],
      ['geometry.unsupported', 1, { type: 'Polygon' }],
    ]);
  });

  it('every country of world-atlas (public Natural Earth GeoJSON) is refused as an area, without a crash', () => {
    const topology = require('world-atlas/countries-110m.json') as Topology<{
      countries: GeometryCollection;
    }>;
    const countries = feature(topology, topology.objects.countries);
    const result = importWithApp(JSON.stringify(countries));
    expect(result.kind).toBe('geojson');
    expect(result.dataset).toBeNull();
    expect(result.counts.items).toBe(countries.features.length);
    expect(new Set(result.problems.map((p) => p.code))).toEqual(new Set(['geometry.unsupported']));
    expect(new Set(result.problems.map((p) => p.params.type))).toEqual(
      new Set(['Polygon', 'MultiPolygon']),
    );
  });
});

describe('geometry', () => {
  it('a line cut at the antimeridian (RFC 7946) becomes one short Pacific leg, not a line round the world', () => {
    const dataset = datasetOf(corpusText('good/antimeridian.geojson'));
    const pacific = dataset.corridors.find((c) => c.id === 'pacific');
    expect(pacific?.legs).toHaveLength(1);
    expect(pacific?.legs[0]?.waypoints).toHaveLength(3);
    const leg = modelOf(dataset).legs.find((l) => l.corridorId === 'pacific');
    expect(leg?.lengthKm).toBeGreaterThan(2000);
    expect(leg?.lengthKm).toBeLessThan(2600);
    const path = leg?.path ?? [];
    const jumps = path.slice(1).map((p, i) => Math.abs(p[0] - (path[i] as LonLat)[0]));
    expect(Math.max(...jumps)).toBeLessThan(1);
    expect(path[path.length - 1]?.[0]).toBeCloseTo(190, 6);
  });

  it('an uncut line from 170° to -170° also takes the short way across the Pacific', () => {
    const dataset = datasetOf(collection(line({ name: 'x' }, [170, -17], [-170, -14])));
    const leg = modelOf(dataset).legs[0];
    expect(leg?.lengthKm).toBeCloseTo(greatCircleKm([170, -17], [-170, -14]), 3);
    expect(leg?.lengthKm).toBeLessThan(2500);
    expect(Math.max(...(leg?.path ?? []).map((p) => p[0]))).toBeCloseTo(190, 6);
  });

  it('a long straight segment is drawn as a densified great circle, bulging towards the pole', () => {
    const dataset = datasetOf(collection(line({ name: 'x' }, [0, 50], [100, 50])));
    const path = modelOf(dataset).legs[0]?.path ?? [];
    expect(path.length).toBeGreaterThan(100);
    expect(path[0]).toEqual([0, 50]);
    expect(path[path.length - 1]).toEqual([100, 50]);
    expect(Math.max(...path.map((p) => p[1]))).toBeGreaterThan(60);
  });

  it('repeated consecutive vertices are merged, and a line left with one vertex is refused', () => {
    const dataset = datasetOf(collection(line({ name: 'x' }, TEHRAN, TEHRAN, RIYADH)));
    expect(dataset.corridors[0]?.legs[0]?.waypoints).toHaveLength(2);
    const result = importWithApp(collection(line({ name: 'x' }, TEHRAN, TEHRAN)));
    expect(result.problems.map((p) => p.code)).toEqual(['geometry.degenerate']);
  });
});

describe('parseMeetingDate', () => {
  it('parseMeetingDate reads a Gregorian day as its Jalali month and third', () => {
    expect(parseMeetingDate('2025-01-24')).toEqual({ year: 1403, month: 11, part: 'early' });
    expect(parseMeetingDate('2024-06-21T10:00:00Z')).toEqual({
      year: 1403,
      month: 4,
      part: 'early',
    });
    expect(parseMeetingDate('2025-03-20')).toEqual({ year: 1403, month: 12, part: 'late' });
  });

  it('parseMeetingDate reads years 1300–1500 as Jalali, at the precision given', () => {
    expect(parseMeetingDate('1403')).toEqual({ year: 1403 });
    expect(parseMeetingDate(1403)).toEqual({ year: 1403 });
    expect(parseMeetingDate('1403-07')).toEqual({ year: 1403, month: 7 });
    expect(parseMeetingDate('1403-11-15')).toEqual({ year: 1403, month: 11, part: 'mid' });
  });

  it('parseMeetingDate refuses what is not a real day, and Gregorian months or years', () => {
    for (const text of [
      '2025-02-30',
      '1403-13',
      '1403-12-31',
      'yesterday',
      '2025-01',
      '2025',
      '25-01-24',
    ]) {
      expect(parseMeetingDate(text), text).toBe('date.invalid');
    }
    expect(parseMeetingDate('1850-01-01')).toBe('date.out-of-range');
  });
});

describe('slugId', () => {
  it('slugId makes kebab-case ASCII ids, empty when nothing is left', () => {
    expect(slugId('Tehran – Riyadh')).toBe('tehran-riyadh');
    expect(slugId(12)).toBe('12');
    expect(slugId('__proto__')).toBe('proto');
    expect(slugId('دیدار')).toBe('');
    expect(slugId('x'.repeat(100))).toHaveLength(40);
  });
});
