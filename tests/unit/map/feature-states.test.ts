// Unit tests of the still overlay's feature states: focus, highlight, timeline and selection.
import { describe, expect, it } from 'vitest';
import type { AtlasModel } from '../../../src/data/atlas-model';
import {
  changedStates,
  NO_FEATURE_STATE,
  overlayFeatureStates,
  overlayInputsChanged,
} from '../../../src/map/feature-states';
import { initialState, reduce, type State } from '../../../src/state/state';
import { loadModel } from '../../fixtures/default-model';

const selecting = (code: string): State =>
  reduce(initialState('en'), { type: 'selectCountry', code, focus: false });

/** The meeting feature states by place id. */
function meetings(model: AtlasModel, state: State) {
  const states = overlayFeatureStates(model, state).meetings;
  return Object.fromEntries(model.sites.map((site, i) => [site.place.id, states[i]!]));
}

describe('overlayFeatureStates', () => {
  it('has one entry per leg, trip and place, in model order', () => {
    const model = loadModel();
    const states = overlayFeatureStates(model, initialState('en'));
    expect(states.corridors).toHaveLength(model.legs.length);
    expect(states.trips).toHaveLength(model.trips.length);
    expect(states.meetings).toHaveLength(model.sites.length);
  });

  it('by default everything is shown, nothing dimmed, every place under way and none selected', () => {
    const states = overlayFeatureStates(loadModel(), initialState('en'));
    expect(new Set(states.corridors.map((s) => JSON.stringify(s)))).toEqual(
      new Set([JSON.stringify({ hidden: false, dim: false, highlight: false })]),
    );
    expect(states.trips.every((s) => !s.hidden)).toBe(true);
    expect(states.meetings.every((s) => !s.hidden && s.status === 'active' && !s.selected)).toBe(
      true,
    );
  });

  it('highlighting north-east widens its legs and dims the others', () => {
    const model = loadModel();
    const state = reduce(initialState('en'), { type: 'highlightCorridor', corridor: 'north-east' });
    overlayFeatureStates(model, state).corridors.forEach((s, i) => {
      const own = model.legs[i]!.corridorId === 'north-east';
      expect(s).toEqual({ hidden: false, dim: !own, highlight: own });
    });
  });

  it('selecting KAZ marks Astana, where its meetings were held, and nothing else', () => {
    const selected = Object.entries(meetings(loadModel(), selecting('KAZ')))
      .filter(([, s]) => s.selected)
      .map(([id]) => id);
    expect(selected).toEqual(['astana']);
  });

  it('selecting SAU marks Tehran, where the Saudi ambassador was received', () => {
    expect(meetings(loadModel(), selecting('SAU')).tehran?.selected).toBe(true);
  });

  it('a focus hides the legs, trips and places it does not name', () => {
    const model = loadModel();
    const leg = model.legs[0]!;
    const astana = model.sites.find((s) => s.place.id === 'astana')!;
    const event = astana.events[0]!;
    const state: State = {
      ...initialState('en'),
      focus: { legs: [`${leg.corridorId}/${leg.legId}`], events: [event.id], countries: [] },
    };
    const states = overlayFeatureStates(model, state);
    expect(states.corridors.map((s) => s.hidden)).toEqual(model.legs.map((l) => l !== leg));
    expect(states.trips.map((s) => s.hidden)).toEqual(model.trips.map((t) => t.event !== event));
    expect(states.meetings.map((s) => s.hidden)).toEqual(model.sites.map((s) => s !== astana));
  });

  it('on 25 Jan 2025 Tehran is under way, Caracas over, Belgrade to come (and its trip hidden)', () => {
    const model = loadModel();
    const state = { ...initialState('en'), time: '2025-01-25' };
    const byPlace = meetings(model, state);
    expect([byPlace.tehran?.status, byPlace.caracas?.status, byPlace.belgrade?.status]).toEqual([
      'active',
      'past',
      'future',
    ]);
    const trips = overlayFeatureStates(model, state).trips;
    const belgrade = model.trips.findIndex((t) => t.to.id === 'belgrade');
    const caracas = model.trips.findIndex((t) => t.to.id === 'caracas');
    expect(trips[belgrade]?.hidden).toBe(true);
    expect(trips[caracas]?.hidden).toBe(false);
  });
});

describe('changedStates', () => {
  it('with no previous states, only entries unlike a feature without state are changes', () => {
    expect(changedStates(undefined, [{ a: 1 }, { a: 2 }], { a: 1 })).toEqual([[1, { a: 2 }]]);
  });

  it('the default view of a new map makes no feature-state call at all', () => {
    const model = loadModel();
    const states = overlayFeatureStates(model, initialState('en'));
    for (const source of ['corridors', 'trips', 'meetings'] as const) {
      expect(changedStates<object>(undefined, states[source], NO_FEATURE_STATE[source])).toEqual(
        [],
      );
    }
  });

  it('only entries with a different value are changes', () => {
    const previous = [
      { hidden: false, status: 'active' },
      { hidden: false, status: 'past' },
    ];
    const next = [
      { hidden: false, status: 'active' },
      { hidden: true, status: 'past' },
    ];
    expect(changedStates(previous, next, previous[0]!)).toEqual([
      [1, { hidden: true, status: 'past' }],
    ]);
  });

  it('the same states give no change', () => {
    const states = [{ hidden: false }];
    expect(changedStates(states, [{ hidden: false }], { hidden: true })).toEqual([]);
  });
});

describe('overlayInputsChanged', () => {
  it('is true when the focus, highlight, date or selection changes, false on a hover', () => {
    const state = initialState('en');
    expect(overlayInputsChanged(state, { ...state, time: '2024-07-01' })).toBe(true);
    expect(overlayInputsChanged(state, selecting('KAZ'))).toBe(true);
    expect(
      overlayInputsChanged(
        state,
        reduce(state, { type: 'highlightCorridor', corridor: 'north-east' }),
      ),
    ).toBe(true);
    expect(
      overlayInputsChanged(
        state,
        reduce(state, { type: 'hover', target: { kind: 'country', code: 'SAU' } }),
      ),
    ).toBe(false);
  });
});
