// Unit tests of the hit test on the still overlay: what a feature stands for, hidden ones skipped.
import { describe, expect, it } from 'vitest';
import { overlayHit } from '../../../src/map/overlay-hit';
import { OVERLAY_SOURCE } from '../../../src/map/overlay-sources';
import { loadModel } from '../../fixtures/default-model';

describe('overlayHit', () => {
  it('a corridor line is its leg, a point its place, a trip its event (ids index the model)', () => {
    const model = loadModel();
    const hit = (source: string, id: number) =>
      overlayHit(model, [{ source, id, state: {} }])?.target;
    const leg = model.legs[1]!;
    expect(hit(OVERLAY_SOURCE.corridors, 1)).toEqual({
      kind: 'corridor',
      corridorId: leg.corridorId,
      legId: leg.legId,
    });
    expect(hit(OVERLAY_SOURCE.meetings, 0)).toEqual({
      kind: 'meeting',
      placeId: model.sites[0]!.place.id,
    });
    expect(hit(OVERLAY_SOURCE.trips, 0)).toEqual({
      kind: 'trip',
      eventId: model.trips[0]!.event.id,
    });
  });

  it('takes the first feature drawn, skipping hidden ones, and names it for the hover state', () => {
    const model = loadModel();
    const hit = overlayHit(model, [
      { source: OVERLAY_SOURCE.meetings, id: 0, state: { hidden: true } },
      { source: OVERLAY_SOURCE.trips, id: 0, state: { hidden: false } },
      { source: OVERLAY_SOURCE.corridors, id: 0, state: {} },
    ]);
    expect(hit?.target.kind).toBe('trip');
    expect(hit?.feature).toEqual({ source: OVERLAY_SOURCE.trips, id: 0 });
  });

  it('nothing drawn, an unknown source or an id past the model is no hit', () => {
    const model = loadModel();
    expect(overlayHit(model, [])).toBeNull();
    expect(
      overlayHit(model, [
        { source: OVERLAY_SOURCE.corridors, id: 0, state: { hidden: true } },
        { source: 'countries', id: 3, state: {} },
        { source: OVERLAY_SOURCE.trips, id: model.trips.length, state: {} },
        { source: OVERLAY_SOURCE.meetings, id: 'tehran', state: {} },
      ]),
    ).toBeNull();
  });
});
