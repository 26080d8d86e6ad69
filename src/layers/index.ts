// All deck.gl layers of the map, built from state: the one function the map calls each frame.
import { eventsOf, type AtlasModel } from '../data/atlas-model';
import type { State } from '../state/state';
import { buildCorridorLayers } from './corridor-layers';
import { buildMeetingLayers } from './meeting-layers';
import type { Clock } from './flow';
import type { Theme } from './theme';

const selectedPlacesCache = new WeakMap<AtlasModel, Map<string, ReadonlySet<string>>>();

/** Places of the selected country's meetings, cached so the set keeps its identity. */
function selectedPlaces(model: AtlasModel, code: string | null): ReadonlySet<string> {
  const perModel = selectedPlacesCache.get(model) ?? new Map<string, ReadonlySet<string>>();
  selectedPlacesCache.set(model, perModel);
  const key = code ?? '';
  let set = perModel.get(key);
  if (!set) {
    const events = code ? Object.values(eventsOf(model, code)).flat() : [];
    set = new Set(events.map((event) => event.place));
    perModel.set(key, set);
  }
  return set;
}

/**
 * The layer list for one frame, bottom to top: corridors, trip arcs, meeting places. Layer ids are
 * stable; only the clock changes between frames of the same state.
 *
 * @example
 * overlay.setProps({ layers: buildLayers(store.getState(), model, DEFAULT_THEME, clockAt(t)) });
 */
export function buildLayers(state: State, model: AtlasModel, theme: Theme, clock: Clock) {
  return [
    ...buildCorridorLayers({ legs: model.legs, highlight: state.corridor, clock, theme }),
    ...buildMeetingLayers({
      sites: model.sites,
      trips: model.trips,
      selectedPlaces: selectedPlaces(model, state.selectedCountry),
      clock,
      theme,
    }),
  ];
}
