// Unit tests of restyle(): another dataset's style put on a live map, properties in place, data replaced.
import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { restyle } from '../../../src/map/restyle';

/** What restyle asked of the map, in order; a stand-in for MapLibre's Map (only the calls restyle makes). */
function recordingMap(sources: readonly string[]) {
  const calls: unknown[][] = [];
  const map = {
    setPaintProperty: (...args: unknown[]) => calls.push(['paint', ...args]),
    setLayoutProperty: (...args: unknown[]) => calls.push(['layout', ...args]),
    setFilter: (...args: unknown[]) => calls.push(['filter', ...args]),
    getSource: (id: string) =>
      sources.includes(id)
        ? {
            setData: (data: unknown) => {
              calls.push(['data', id, data]);
              return Promise.resolve();
            },
          }
        : undefined,
  };
  return { map: map as unknown as maplibregl.Map, calls };
}

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const style: StyleSpecification = {
  version: 8,
  sources: {
    countries: { type: 'geojson', data: empty },
    corridors: { type: 'geojson', data: { ...empty } },
  },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#fff' } },
    {
      id: 'corridor-lines',
      type: 'line',
      source: 'corridors',
      layout: { 'line-cap': 'round' },
      paint: { 'line-width': 3 },
    },
    { id: 'selected', type: 'line', source: 'countries', filter: ['==', ['get', 'code'], 'SAU'] },
  ],
};

describe('restyle', () => {
  it("restyle(map, style, unchanged) sets every layer's paint, layout and filter", async () => {
    const { map, calls } = recordingMap(['countries', 'corridors']);
    await restyle(map, style, new Set());
    expect(calls.filter(([kind]) => kind !== 'data')).toEqual([
      ['paint', 'background', 'background-color', '#fff'],
      ['paint', 'corridor-lines', 'line-width', 3],
      ['layout', 'corridor-lines', 'line-cap', 'round'],
      ['filter', 'corridor-lines', null],
      ['filter', 'selected', ['==', ['get', 'code'], 'SAU']],
    ]);
  });

  it('restyle(map, style, unchanged) replaces the data of every GeoJSON source not in unchanged', async () => {
    const { map, calls } = recordingMap(['countries', 'corridors']);
    await restyle(map, style, new Set(['countries']));
    expect(calls.filter(([kind]) => kind === 'data')).toEqual([
      ['data', 'corridors', { ...empty }],
    ]);
  });

  it('restyle(map, style, unchanged) rejects when the map lacks one of the sources', async () => {
    const { map } = recordingMap(['countries']);
    await expect(restyle(map, style, new Set())).rejects.toThrow(/no source "corridors"/);
  });
});
