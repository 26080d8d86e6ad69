// The atlas model: a parsed dataset indexed and measured once, for the map, layers and panels to read.
import {
  buildCorridorGeometry,
  type CorridorGeometry,
  type LegGeometry,
} from '../geo/corridor-geometry';
import type { CountryRegistry } from './countries';
import type { IsoInterval } from '../i18n/jalali-period';
import { datasetTimeline } from '../timeline/time-scale';
import type {
  AtlasEvent,
  Corridor,
  CountryDetails,
  CountryRole,
  Dataset,
  Iso3,
  Place,
} from '../dataset';

/** A place where meetings happened, with its events in the article's order. */
export interface MeetingSite {
  place: Place;
  events: AtlasEvent[];
}

/** One of the minister's trips, drawn as an arc from home. */
export interface TripArc {
  event: AtlasEvent;
  from: Place;
  to: Place;
}

export interface AtlasModel {
  dataset: Dataset;
  registry: CountryRegistry;
  home: Place;
  places: ReadonlyMap<string, Place>;
  events: ReadonlyMap<string, AtlasEvent>;
  corridors: ReadonlyMap<string, Corridor>;
  countries: ReadonlyMap<Iso3, CountryDetails>;
  geometry: ReadonlyMap<string, CorridorGeometry>;
  /** Every leg of every corridor, in a stable array (deck.gl compares data by identity). */
  legs: readonly LegGeometry[];
  sites: readonly MeetingSite[];
  trips: readonly TripArc[];
  /** The longest route of any corridor, in km: one loop of the flow animation. */
  reachKm: number;
  /**
   * The days the timeline spans: the whole Jalali years of the dataset's meetings (1403 for the
   * default), or null when it has no meetings and so no timeline.
   */
  timeline: IsoInterval | null;
}

const byId = <T extends { id: string }>(items: readonly T[]) =>
  new Map(items.map((item) => [item.id, item]));

/**
 * Indexes a dataset and computes its geometry. Expects a dataset that {@link parseDataset} accepted:
 * every reference resolves.
 *
 * @example
 * const model = buildModel(dataset, registry);
 * model.geometry.get('south-west')?.routes;
 */
export function buildModel(dataset: Dataset, registry: CountryRegistry): AtlasModel {
  const places = byId(dataset.places);
  const home = places.get(dataset.home);
  if (!home) throw new Error(`home place "${dataset.home}" is not in places`);
  const geometry = new Map(
    dataset.corridors.map((corridor) => [corridor.id, buildCorridorGeometry(corridor, places)]),
  );
  const legs = [...geometry.values()].flatMap((g) => g.legs);

  const sites = new Map<string, MeetingSite>();
  const trips: TripArc[] = [];
  for (const event of dataset.events) {
    // An event whose place the article does not give has no point and no arc on the map.
    if (event.place === null) continue;
    const place = places.get(event.place);
    if (!place) throw new Error(`event ${event.id}: place "${event.place}" is not in places`);
    const site = sites.get(place.id) ?? { place, events: [] };
    site.events.push(event);
    sites.set(place.id, site);
    if (event.kind === 'trip' && !trips.some((trip) => trip.to.id === place.id)) {
      trips.push({ event, from: home, to: place });
    }
  }

  return {
    dataset,
    registry,
    home,
    places,
    events: byId(dataset.events),
    corridors: byId(dataset.corridors),
    countries: new Map(dataset.countries.map((c) => [c.code, c])),
    geometry,
    legs,
    sites: [...sites.values()],
    trips,
    reachKm: Math.max(0, ...[...geometry.values()].map((g) => g.reachKm)),
    timeline: datasetTimeline(dataset.events),
  };
}

/**
 * The country's role that decides its colour: the first it lists, or null when the dataset does not
 * describe it.
 *
 * @example
 * primaryRole(model, 'SAU'); // "partner"
 */
export function primaryRole(model: AtlasModel, code: Iso3): CountryRole | null {
  return model.countries.get(code)?.roles[0] ?? null;
}

/**
 * Events with a counterpart from this country, and events held in it with others (including those
 * whose counterparts have no stated nationality, as in Dubai), in article order.
 *
 * @example
 * eventsOf(model, 'IRN').heldIn.map((e) => e.id); // ["arm", "irq", "sau", "kor"]
 * eventsOf(model, 'ARE').heldIn.map((e) => e.id); // ["dxb"]: the UAE is the venue only
 */
export function eventsOf(
  model: AtlasModel,
  code: Iso3,
): { with: AtlasEvent[]; heldIn: AtlasEvent[] } {
  const all = model.dataset.events;
  const isWith = (event: AtlasEvent) =>
    event.country === code && event.counterparts.some((c) => c.country === code);
  const placeCountry = (event: AtlasEvent) =>
    event.place === null ? undefined : model.places.get(event.place)?.country;
  return {
    with: all.filter(isWith),
    heldIn: all.filter((event) => !isWith(event) && placeCountry(event) === code),
  };
}
