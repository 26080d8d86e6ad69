// What a click on the map means, as an action (pure: no MapLibre here).
import type { AtlasModel } from '../data/atlas-model';
import type { Action, HoverTarget, State } from '../state/state';

/**
 * What a click does while the story editor picks countries from the map: the country clicked (a
 * meeting place's or a trip's counterpart's country) is picked; the sea and corridors do nothing.
 */
function pickAction(model: AtlasModel, hit: HoverTarget | null): Action | null {
  const code =
    hit?.kind === 'country'
      ? hit.code
      : hit?.kind === 'meeting'
        ? model.places.get(hit.placeId)?.country
        : hit?.kind === 'trip'
          ? model.events.get(hit.eventId)?.country
          : undefined;
  return code ? { type: 'pickCountry', code } : null;
}

/**
 * What a click on the map does (while the story editor picks countries, see `pickAction`): a country selects it (or clears the selection when clicked again);
 * a meeting place selects the country it is in; a trip selects its counterpart's country; a corridor
 * toggles its highlight; the sea clears the selection.
 *
 * @example
 * clickAction(model, { kind: 'country', code: 'SAU' }, state); // { type: 'selectCountry', … }
 */
export function clickAction(
  model: AtlasModel,
  hit: HoverTarget | null,
  state: State,
): Action | null {
  if (state.picking) return pickAction(model, hit);
  if (!hit) return state.selectedCountry ? { type: 'clearSelection' } : null;
  switch (hit.kind) {
    case 'country':
      return state.selectedCountry === hit.code
        ? { type: 'clearSelection' }
        : { type: 'selectCountry', code: hit.code, focus: false };
    case 'meeting': {
      const place = model.places.get(hit.placeId);
      return place ? { type: 'selectCountry', code: place.country, focus: false } : null;
    }
    case 'trip': {
      const event = model.events.get(hit.eventId);
      return event ? { type: 'selectCountry', code: event.country, focus: false } : null;
    }
    case 'corridor':
      return {
        type: 'highlightCorridor',
        corridor: state.corridor === hit.corridorId ? null : hit.corridorId,
      };
  }
}
