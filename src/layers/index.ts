// All deck.gl layers of the map, built from state: the one function the map calls each frame.
import type { AtlasModel } from '../data/atlas-model';
import type { State } from '../state/state';
import { focusedLegs, focusedMeetings } from '../state/selectors';
import { animatedLegs } from './animation-plan';
import { buildCorridorLayers } from './corridor-layers';
import { buildMeetingLayers } from './meeting-layers';
import type { Clock } from './flow';
import type { Theme } from '../theme';

export { focusedLegs, focusedMeetings } from '../state/selectors';

/**
 * The layer list for one frame, bottom to top: the corridors' flow and the meeting places' halos,
 * what moves (MapLibre draws what stands still). Layer ids are stable; only the clock changes between
 * frames of the same state.
 *
 * @example
 * overlay.setProps({ layers: buildLayers(store.getState(), model, DEFAULT_THEME, clockAt(t)) });
 */
export function buildLayers(state: State, model: AtlasModel, theme: Theme, clock: Clock) {
  const { sites } = focusedMeetings(model, state.focus);
  return [
    ...buildCorridorLayers({
      // Hundreds of moving corridors would stall the page: above 60 only 12 move (animation-plan.ts).
      legs: animatedLegs(focusedLegs(model, state.focus), state.corridor),
      highlight: state.corridor,
      clock,
      theme,
      corridors: model.corridors,
    }),
    ...buildMeetingLayers({ sites, time: state.time, clock, theme }),
  ];
}
