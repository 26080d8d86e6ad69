// Points that label where each corridor leads (pure), drawn by both map views.
import type { FeatureCollection, Point } from 'geojson';
import type { AtlasModel } from './atlas-model';
import { corridorTextColor, type Theme } from '../theme';

/** A corridor end label: the place, its corridor, and its leg as a `corridorId/legId` key. */
export interface CorridorEndProperties {
  id: string;
  en: string;
  fa: string;
  corridor: string;
  leg: string;
  /** The label colour (the corridor's), when the points were made for the map's style. */
  color?: string;
}

/**
 * Points at the ends of corridor legs (Port Said, Kashgar, …), labelled so an audience sees where
 * each corridor leads; a place shared by both corridors is labelled once, for the first; an unnamed
 * vertex of an imported line is not labelled.
 */
export function corridorEndPoints(
  model: AtlasModel,
  theme?: Theme,
): FeatureCollection<Point, CorridorEndProperties> {
  const seen = new Set<string>([model.home.id]);
  const features: FeatureCollection<Point, CorridorEndProperties>['features'] = [];
  for (const geometry of model.geometry.values()) {
    // The label's colour travels with the point: one lookup per label, however many corridors.
    const color = theme ? corridorTextColor(theme, geometry.id) : undefined;
    for (const { to, legId } of geometry.routes) {
      // A vertex the file gave no name has no label to show.
      if (seen.has(to.id) || to.unnamed) continue;
      seen.add(to.id);
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: to.coordinates },
        properties: {
          id: to.id,
          en: to.name.en,
          fa: to.name.fa,
          corridor: geometry.id,
          leg: `${geometry.id}/${legId}`,
          ...(color ? { color } : {}),
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
