// The places of a GeoJSON import: one per position, starting from home, and ids made unique.
import type { Iso3, LonLat, Place } from '../../dataset';
import type { CountryRegistry } from '../countries';
import { positionKey, type DraftId, type FeatureReader } from './geojson-properties';

/** Where trips start when a GeoJSON file cannot say: Tehran, as in the default dataset. */
export const GEOJSON_HOME: Place = {
  id: 'home',
  name: { fa: 'تهران', en: 'Tehran' },
  country: 'IRN',
  coordinates: [51.389, 35.689],
  inArticle: false,
};

/** The places made so far, shared by exact position. */
export interface PlaceIndex {
  home: Place;
  places: Place[];
  /** The place at a position, if one was made there. */
  at(point: LonLat): Place | undefined;
  add(place: Place): Place;
}

/**
 * A place index holding only a fresh copy of {@link GEOJSON_HOME}.
 *
 * @example
 * const places = createPlaceIndex();
 * places.at(places.home.coordinates) === places.home; // true
 */
export function createPlaceIndex(): PlaceIndex {
  const home: Place = {
    ...GEOJSON_HOME,
    name: { ...GEOJSON_HOME.name },
    coordinates: [...GEOJSON_HOME.coordinates],
  };
  const byKey = new Map<string, Place>([[positionKey(home.coordinates), home]]);
  const places: Place[] = [home];
  return {
    home,
    places,
    at: (point) => byKey.get(positionKey(point)),
    add(place) {
      byKey.set(positionKey(place.coordinates), place);
      places.push(place);
      return place;
    },
  };
}

/**
 * A country's name in both languages, its code when the registry does not know it.
 *
 * @example
 * countryNameOf(registry)('SAU'); // { en: 'Saudi Arabia', fa: 'عربستان سعودی' }
 */
export const countryNameOf =
  (registry: CountryRegistry) =>
  (code: Iso3): { en: string; fa: string } =>
    registry.get(code)?.name ?? { en: code, fa: code };

/**
 * Keeps the first draft of each user-given id (a later one is an `id.duplicate` error); generated
 * ids get a suffix until unique. Changes the drafts' ids in place.
 *
 * @example
 * uniqueIds(corridorDrafts, 'corridor', reader);
 */
export function uniqueIds<T extends DraftId & { index: number }>(
  drafts: T[],
  kind: string,
  reader: FeatureReader,
): T[] {
  const taken = new Set(drafts.filter((d) => d.userId).map((d) => d.id));
  const seen = new Set<string>();
  return drafts.filter((draft) => {
    if (draft.userId) {
      if (seen.has(draft.id)) {
        reader.at(draft.index, draft.id);
        reader.report('error', 'id.duplicate', draft.idPath, { id: draft.id, kind });
        return false;
      }
      seen.add(draft.id);
      return true;
    }
    let id = draft.id;
    for (let n = 2; taken.has(id); n++) id = `${draft.id}-${n}`;
    draft.id = id;
    taken.add(id);
    return true;
  });
}
