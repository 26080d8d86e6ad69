// Unit tests of GeoJSON as other tools write it: names under other keys, simplestyle, extra properties, parts.
import countryList from 'virtual:atlas/countries';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/data/atlas-model';
import { indexCountries } from '../../../src/data/countries';
import { maybeColor, readableSlug } from '../../../src/data/import/geojson-style';
import { corridorEndPoints } from '../../../src/data/label-points';
import type { LonLat } from '../../../src/dataset';
import { collection, importWithApp } from './import-helpers';

const TEHRAN: LonLat = [51.389, 35.689];
const RIYADH: LonLat = [46.675, 24.713];
const MUSCAT: LonLat = [58.405, 23.588];
const KARACHI: LonLat = [67.01, 24.86];

const line = (properties: unknown, ...coordinates: LonLat[]) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'LineString', coordinates },
});
const multiLine = (properties: unknown, ...lines: LonLat[][]) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'MultiLineString', coordinates: lines },
});

/** A file shaped like a public submarine-cable map: MultiLineStrings with only `color` and `slug`. */
function cableFile(count: number): string {
  const features = Array.from({ length: count }, (_, i) => {
    const lat = -60 + (i % 120);
    const lon = -170 + ((i * 7) % 300);
    return multiLine(
      { slug: `cable-${i + 1}-system`, color: i % 2 ? 'e4007c' : '#00A0E0' },
      [
        [lon, lat],
        [lon + 5, lat + 0.5],
        [lon + 9, lat + 1],
      ],
      [
        [lon + 20, lat],
        [lon + 24, lat + 0.25],
      ],
    );
  });
  return collection(...features);
}

describe('GeoJSON from any tool', () => {
  it('a line with no name is named from the first of Name, NAME, title, label, slug, id', () => {
    const result = importWithApp(
      collection(
        line({ Name: 'Upper' }, TEHRAN, RIYADH),
        line({ NAME: 'Shout' }, TEHRAN, MUSCAT),
        line({ label: 'Labelled', slug: 'ignored' }, TEHRAN, KARACHI),
        line({ slug: 'sea-me-we-6' }, RIYADH, MUSCAT),
      ),
    );
    expect(result.dataset?.corridors.map((c) => c.name.en)).toEqual([
      'Upper',
      'Shout',
      'Labelled',
      'Sea me we 6',
    ]);
    expect(result.problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('lines with nothing to name them by are "Line 1", "Line 2", with one grouped note', () => {
    const result = importWithApp(collection(line({}, TEHRAN, RIYADH), line(null, TEHRAN, MUSCAT)));
    expect(result.dataset?.corridors.map((c) => c.name)).toEqual([
      { en: 'Line 1', fa: 'خط ۱' },
      { en: 'Line 2', fa: 'خط ۲' },
    ]);
    expect(result.problems.map((p) => [p.severity, p.code, p.params])).toEqual([
      ['warning', 'name.defaulted', { count: 2 }],
    ]);
  });

  it('readableSlug(slug) turns hyphens and underscores into spaces and capitalises', () => {
    expect(readableSlug('2africa')).toBe('2africa');
    expect(readableSlug('sea_me_we--6')).toBe('Sea me we 6');
  });

  it('maybeColor(value) reads hex with or without #, short hex and CSS names, as #rrggbb', () => {
    expect(maybeColor('#E4007C')).toBe('#e4007c');
    expect(maybeColor('e4007c')).toBe('#e4007c');
    expect(maybeColor('#0af')).toBe('#00aaff');
    expect(maybeColor('Teal')).toBe('#008080');
    expect(maybeColor('not a colour')).toBeUndefined();
    expect(maybeColor(12)).toBeUndefined();
  });

  it('simplestyle stroke, stroke-width and stroke-opacity style the corridor, without a warning', () => {
    const result = importWithApp(
      collection(
        line(
          { name: 'A', stroke: '#ff0000', 'stroke-width': 3, 'stroke-opacity': '0.5' },
          TEHRAN,
          RIYADH,
        ),
        line({ name: 'B', colour: 'navy' }, TEHRAN, MUSCAT),
      ),
    );
    expect(result.dataset?.corridors.map((c) => c.style)).toEqual([
      { color: '#ff0000', width: 3, opacity: 0.5 },
      { color: '#000080' },
    ]);
    expect(result.problems).toEqual([]);
  });

  it('marker-color styles the place of a meeting; description becomes its summary', () => {
    const result = importWithApp(
      collection({
        type: 'Feature',
        properties: {
          country: 'SAU',
          date: '2025-01-24',
          'marker-color': '#7e7e7e',
          description: 'Talks on cables',
        },
        geometry: { type: 'Point', coordinates: RIYADH },
      }),
    );
    const event = result.dataset?.events[0];
    const place = result.dataset?.places.find((p) => p.id === event?.place);
    expect(place?.style).toEqual({ color: '#7e7e7e' });
    expect(event?.summary).toEqual({ en: 'Talks on cables', fa: 'Talks on cables' });
    expect(result.problems).toEqual([]);
  });

  it('unknown properties are kept as text on the corridor, not warned about one by one', () => {
    const result = importWithApp(
      collection(
        line(
          { name: 'A', owners: 'Meta, MTN', rfs: 2023, landing: ['x', 'y'], empty: null },
          TEHRAN,
          RIYADH,
        ),
      ),
    );
    expect(result.dataset?.corridors[0]?.properties).toEqual({
      owners: 'Meta, MTN',
      rfs: '2023',
      landing: '["x","y"]',
    });
    expect(result.problems).toEqual([]);
  });

  it('an unknown property on a meeting is kept as text on its event', () => {
    const result = importWithApp(
      collection({
        type: 'Feature',
        properties: { country: 'SAU', date: '2025-01-24', url: 'https://example.org/' },
        geometry: { type: 'Point', coordinates: RIYADH },
      }),
    );
    expect(result.dataset?.events[0]?.properties).toEqual({ url: 'https://example.org/' });
  });

  it('a MultiLineString whose lines do not join is one corridor with several parts', () => {
    const result = importWithApp(
      collection(multiLine({ name: 'Two seas' }, [TEHRAN, RIYADH], [MUSCAT, KARACHI])),
    );
    const corridors = result.dataset?.corridors ?? [];
    expect(corridors.map((c) => c.id)).toEqual(['corridor-1']);
    expect(corridors[0]?.legs.map((leg) => leg.part ?? 0)).toEqual([0, 1]);
    expect(result.problems).toEqual([]);
    const model = buildModel(result.dataset as never, indexCountries(countryList));
    expect(model.geometry.get('corridor-1')?.routes).toHaveLength(2);
  });

  it('a line that names no meeting gets no placeholder meeting', () => {
    const result = importWithApp(collection(line({ name: 'A' }, TEHRAN, RIYADH)));
    expect(result.dataset?.events).toEqual([]);
    expect(result.dataset?.corridors[0]?.event).toBeUndefined();
  });

  it('no country is a transit country only because a line crosses it', () => {
    const result = importWithApp(collection(line({ name: 'A' }, RIYADH, MUSCAT, KARACHI)));
    const roles = (result.dataset?.countries ?? []).flatMap((c) => c.roles);
    expect(roles).not.toContain('transit');
  });

  it('vertices without names are unnamed places that get no label', () => {
    const result = importWithApp(collection(line({ name: 'Gulf' }, RIYADH, MUSCAT, KARACHI)));
    const dataset = result.dataset;
    const vertices = dataset?.places.filter((p) => p.id !== dataset.home) ?? [];
    expect(vertices.every((p) => p.unnamed === true && p.name.en === 'Gulf')).toBe(true);
    expect(vertices.some((p) => /point/.test(p.name.en))).toBe(false);
    const model = buildModel(dataset as never, indexCountries(countryList));
    expect(corridorEndPoints(model).features).toEqual([]);
  });

  it('a 490-cable file of MultiLineStrings with only color and slug loads with no error and one note', () => {
    const result = importWithApp(cableFile(490), 'cables.geojson');
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.problems.map((p) => [p.code, p.params])).toEqual([
      ['name.guessed', { count: 490, property: 'slug' }],
    ]);
    const corridors = result.dataset?.corridors ?? [];
    expect(corridors).toHaveLength(490);
    expect(corridors[0]?.name.en).toBe('Cable 1 system');
    expect(new Set(corridors.map((c) => c.style?.color))).toEqual(new Set(['#00a0e0', '#e4007c']));
    expect(result.dataset?.events).toEqual([]);
    expect(result.dataset?.places.filter((p) => !p.unnamed).map((p) => p.id)).toEqual(['home']);
  });
});
