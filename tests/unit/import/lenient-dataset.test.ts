// Unit tests of the lenient dataset check: valid items kept, invalid ones and their dependents left out.
import { readFileSync } from 'node:fs';
import countryList from 'virtual:atlas/countries';
import { describe, expect, it } from 'vitest';
import { indexCountries } from '../../../src/data/countries';
import { parseDatasetLenient } from '../../../src/data/parse-dataset';
import type { Dataset } from '../../../src/dataset';
import { corpusText, importWithApp } from './import-helpers';

function loadDataset(): Dataset {
  const text = readFileSync(new URL('../../../data/atlas.json', import.meta.url), 'utf8');
  return JSON.parse(text) as Dataset;
}
const registry = () => indexCountries(countryList);
const codes = (dataset: unknown) =>
  parseDatasetLenient(dataset, registry()).problems.map((p) => p.code);

describe('parseDatasetLenient', () => {
  it('parseDatasetLenient keeps the whole default dataset and reports nothing', () => {
    const dataset = loadDataset() as Dataset & { $schema?: string };
    delete dataset.$schema;
    const result = parseDatasetLenient(loadDataset(), registry());
    expect(result.problems).toEqual([]);
    expect(result.dataset).toEqual(dataset);
  });

  it('parseDatasetLenient does not change its input', () => {
    const input = loadDataset();
    (input.places[0] as unknown as Record<string, unknown>).elevation = 1200;
    input.places[1]!.country = 'XXX';
    const copy = structuredClone(input);
    parseDatasetLenient(input, registry());
    expect(input).toEqual(copy);
  });

  it('an unknown property is a warning, and the item is kept without it', () => {
    const input = loadDataset();
    (input.places[2] as unknown as Record<string, unknown>).elevation = 900;
    const result = parseDatasetLenient(input, registry());
    expect(result.problems.map((p) => [p.severity, p.code, p.where.path])).toEqual([
      ['warning', 'property.unknown', '/places/2/elevation'],
    ]);
    expect(result.dataset?.places[2]).not.toHaveProperty('elevation');
    expect(result.dataset?.places).toHaveLength(input.places.length);
  });

  it('an event held at a dropped place is left out, saying why', () => {
    const result = importWithApp(corpusText('bad/atlas-dependents.json'));
    expect(result.dataset?.events.map((e) => e.id)).toEqual(['sau']);
    const why = result.problems.find((p) => p.where.path === '/events/1/place');
    expect(why).toMatchObject({ code: 'ref.dropped', params: { kind: 'place', id: 'jeddah' } });
  });

  it('a leg through a dropped place is left out, and so is a later leg with nowhere to branch from', () => {
    const result = importWithApp(corpusText('bad/atlas-dependents.json'));
    const southWest = result.dataset?.corridors.find((c) => c.id === 'south-west');
    expect(southWest?.legs.map((leg) => leg.id)).toEqual(['iran-saudi']);
  });

  it('a corridor proposed at a dropped event is left out; a country entry keeps going without it', () => {
    const dataset = importWithApp(corpusText('bad/atlas-dependents.json')).dataset;
    expect(dataset?.corridors.map((c) => c.id)).toEqual(['south-west']);
    expect(dataset?.countries.find((c) => c.code === 'SAU')?.corridors).toEqual(['south-west']);
  });

  it('a chapter showing a dropped corridor, or on a day that does not exist, is left out', () => {
    const dataset = importWithApp(corpusText('bad/atlas-dependents.json')).dataset;
    expect(dataset?.story?.map((c) => c.id)).toEqual(['all']);
  });

  it('a story with no chapter left is dropped with a warning', () => {
    const input = loadDataset();
    input.story = input.story?.slice(0, 1).map((c) => ({ ...c, date: '2025-13-01' }));
    const result = parseDatasetLenient(input, registry());
    expect(result.dataset?.story).toBeUndefined();
    expect(result.problems.map((p) => p.code)).toEqual(['date.invalid', 'story.empty']);
  });

  it('a top level that is unusable gives no dataset', () => {
    const input = loadDataset() as unknown as Record<string, unknown>;
    input.places = 'none';
    expect(parseDatasetLenient(input, registry()).dataset).toBeNull();
    expect(codes(input)).toEqual(['schema.type']);
  });

  it('a non-finite number is reported once, at its place, not as a range error', () => {
    const input = loadDataset();
    input.places[0]!.coordinates = [Infinity, 35];
    const result = parseDatasetLenient(input, registry());
    expect(result.problems.map((p) => [p.code, p.where.path])).toEqual([
      ['json.non-finite', '/places/0/coordinates/0'],
      ['home.missing', '/home'],
    ]);
  });

  it('a latitude out of range that fits as a longitude is reported as swapped', () => {
    const input = loadDataset();
    input.places[3]!.coordinates = [24.7, 146.7];
    expect(codes(input)).toContain('coordinates.swapped');
  });

  it('a place inside the swapped country box is warned about and kept', () => {
    const input = loadDataset();
    const riyadh = input.places.findIndex((p) => p.id === 'riyadh');
    input.places[riyadh]!.coordinates = [24.713, 46.675];
    const result = parseDatasetLenient(input, registry());
    expect(result.problems.map((p) => [p.severity, p.code])).toEqual([
      ['warning', 'coordinates.swapped'],
    ]);
    expect(result.dataset?.places).toHaveLength(input.places.length);
  });
});
