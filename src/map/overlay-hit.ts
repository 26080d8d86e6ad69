// What the still overlay's features under the pointer mean (pure, no MapLibre import).
import type { AtlasModel } from '../data/atlas-model';
import type { HoverTarget } from '../state/state';
import { OVERLAY_SOURCE } from './overlay-sources';

/** A map feature by source and id, as MapLibre's feature state names it. */
export interface FeatureRef {
  source: string;
  id: string | number;
}

/** The part of a rendered feature the hit test reads. */
export interface RenderedFeature {
  source: string;
  id?: string | number | undefined;
  state: Record<string, unknown>;
}

/** What a feature of the still overlay stands for; its id is an index into the model. */
function targetOf(model: AtlasModel, source: string, id: number): HoverTarget | null {
  switch (source) {
    case OVERLAY_SOURCE.corridors: {
      const leg = model.legs[id];
      return leg ? { kind: 'corridor', corridorId: leg.corridorId, legId: leg.legId } : null;
    }
    case OVERLAY_SOURCE.meetings: {
      const site = model.sites[id];
      return site ? { kind: 'meeting', placeId: site.place.id } : null;
    }
    case OVERLAY_SOURCE.trips: {
      const trip = model.trips[id];
      return trip ? { kind: 'trip', eventId: trip.event.id } : null;
    }
    default:
      return null;
  }
}

/**
 * The first feature (MapLibre lists the topmost first) that is drawn, as a hover target with the
 * feature to mark as hovered. Features the focus or the timeline hide are still in MapLibre's tiles
 * (only their opacity is 0), so they are skipped here.
 *
 * @example
 * overlayHit(model, map.queryRenderedFeatures(box, { layers })); // { target: { kind: 'meeting', … }, feature }
 */
export function overlayHit(
  model: AtlasModel,
  features: readonly RenderedFeature[],
): { target: HoverTarget; feature: FeatureRef } | null {
  for (const { source, id, state } of features) {
    if (state.hidden === true || typeof id !== 'number') continue;
    const target = targetOf(model, source, id);
    if (target) return { target, feature: { source, id } };
  }
  return null;
}
