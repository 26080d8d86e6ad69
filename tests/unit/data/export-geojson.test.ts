// GeoJSON out: RFC 7946 features of a dataset that import back through the one import path unchanged.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetToGeoJSON, periodDate } from '../../../src/data/export-geojson';
import type { Dataset } from '../../../src/dataset';
import { corpusText, importWithApp } from '../import/import-helpers';

const atlas = () =>
  JSON.parse(readFileSync(new URL('../../../data/atlas.json', import.meta.url), 'utf8')) as Dataset;

describe('datasetToGeoJSON', () => {
  it('periodDate(when) writes a period as a date the import reads back to the same period', () => {
    expect(periodDate({ year: 1403 })).toBe('1403');
    expect(periodDate({ year: 1403, season: 'autumn' })).toBe('1403-autumn');
    expect(periodDate({ year: 1403, month: 11, part: 'late' })).toBe('1403-11-21');
  });

  it('datasetToGeoJSON(dataset) gives corridors as lines with simplestyle and both names, meetings as Points', () => {
    const out = datasetToGeoJSON(atlas());
    const lines = out.features.filter((f) => f.geometry?.type.endsWith('LineString'));
    const points = out.features.filter((f) => f.geometry?.type === 'Point');
    expect(lines.length).toBe(atlas().corridors.length);
    expect(points.length).toBe(atlas().events.filter((e) => e.place !== null).length);
    for (const f of lines) expect(f.properties).toHaveProperty('name_fa');
  });

  it('the default dataset exported as GeoJSON imports with no error and the same corridors and meetings', () => {
    const dataset = atlas();
    const result = importWithApp(JSON.stringify(datasetToGeoJSON(dataset)), 'atlas.geojson');
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.dataset?.corridors.map((c) => c.name)).toEqual(
      dataset.corridors.map((c) => c.name),
    );
    expect(result.dataset?.events.map((e) => [e.id, e.country, e.when])).toEqual(
      dataset.events.filter((e) => e.place !== null).map((e) => [e.id, e.country, e.when]),
    );
  });

  it('an imported GeoJSON file exported and imported again is unchanged', () => {
    for (const file of [
      'good/corridors.geojson',
      'good/multi-part-line.geojson',
      'good/kept-properties.geojson',
    ]) {
      const first = importWithApp(corpusText(file), file).dataset as Dataset;
      const again = importWithApp(JSON.stringify(datasetToGeoJSON(first)), file);
      expect(again.problems, file).toEqual([]);
      expect(again.dataset, file).toEqual(first);
    }
  });
});
