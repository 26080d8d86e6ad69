// Puts another dataset's style on a live MapLibre map whose style has the same sources and layers: data and properties in place, no new map.
import type * as maplibregl from 'maplibre-gl';
import type { StyleSpecification } from 'maplibre-gl';

/** Lets the page answer input between two pieces of work. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Makes `map` draw `style`, a style built by the same code as the one it shows (same source and
 * layer ids): each layer's paint and layout properties and filter are set (MapLibre skips those
 * that are equal), and each GeoJSON source's data replaced, except the sources in `unchanged`.
 * MapLibre's worker cuts the new data into tiles; the map's canvas, WebGL context and compiled
 * programs stay. Yields to the page between sources, so no single task sends all the data.
 * Resolves once the worker has every source's new data.
 *
 * @example
 * await restyle(map, buildStyle(model, shapes, 'en', theme), new Set(['countries']));
 */
export async function restyle(
  map: maplibregl.Map,
  style: StyleSpecification,
  unchanged: ReadonlySet<string>,
): Promise<void> {
  for (const layer of style.layers) {
    // The entries of a layer's own paint and layout: each name goes with its own kind of value.
    const paint = (layer.paint ?? {}) as Record<string, never>;
    for (const [name, value] of Object.entries(paint)) {
      map.setPaintProperty(layer.id, name as keyof maplibregl.AllPaintProperties, value);
    }
    const layout = (layer.layout ?? {}) as Record<string, never>;
    for (const [name, value] of Object.entries(layout)) {
      map.setLayoutProperty(layer.id, name as keyof maplibregl.AllLayoutProperties, value);
    }
    if (layer.type !== 'background') map.setFilter(layer.id, layer.filter ?? null);
  }
  const loads: Promise<void>[] = [];
  for (const [id, source] of Object.entries(style.sources)) {
    if (source.type !== 'geojson' || unchanged.has(id)) continue;
    await yieldToPage();
    const live = map.getSource<maplibregl.GeoJSONSource>(id);
    if (!live) throw new Error(`The map has no source "${id}" to put new data in.`);
    loads.push(live.setData(source.data));
  }
  await Promise.all(loads);
}
