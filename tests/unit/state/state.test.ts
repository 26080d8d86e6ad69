// Unit tests of the pure reducer: what each action changes, and that no-ops return the same object.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEED } from '../../../src/timeline/time-scale';
import {
  initialState,
  reduce,
  type Action,
  type CameraView,
  type State,
} from '../../../src/state/state';

const view = (): CameraView => ({ longitude: 45, latitude: 24, zoom: 4, bearing: 0, pitch: 0 });

/** A state with a country selected, a corridor highlighted and a hover, built through the reducer. */
function busyState(): State {
  const actions: Action[] = [
    { type: 'selectCountry', code: 'SAU', focus: false },
    { type: 'highlightCorridor', corridor: 'south-west' },
    { type: 'hover', target: { kind: 'meeting', placeId: 'tehran' } },
  ];
  return actions.reduce(reduce, initialState('en'));
}

describe('initialState', () => {
  it('initialState(lang) starts with nothing selected, motion on, the home camera and no story', () => {
    expect(initialState('fa')).toEqual({
      lang: 'fa',
      selectedCountry: null,
      corridor: null,
      motion: true,
      camera: { target: { kind: 'home' }, revision: 0 },
      view: null,
      hover: null,
      focus: { legs: null, events: null, countries: [] },
      time: null,
      playing: false,
      speed: DEFAULT_SPEED,
      presentation: null,
      dataSource: { kind: 'default' },
      story: null,
      editing: false,
      picking: null,
      pick: null,
    });
  });
});

describe('reduce', () => {
  it('datasetLoaded forgets what named the old dataset and keeps the language, motion and speed', () => {
    const before = reduce(reduce(busyState(), { type: 'setLanguage', lang: 'fa' }), {
      type: 'setSpeed',
      speed: 30,
    });
    const next = reduce(before, {
      type: 'datasetLoaded',
      source: { kind: 'file', name: 'a.json' },
    });
    expect(next).toEqual({
      ...initialState('fa'),
      speed: 30,
      camera: { target: { kind: 'home' }, revision: before.camera.revision + 1 },
      dataSource: { kind: 'file', name: 'a.json' },
    });
  });

  it('setLanguage changes the language', () => {
    expect(reduce(initialState('en'), { type: 'setLanguage', lang: 'fa' }).lang).toBe('fa');
  });

  it('setLanguage to the current language returns the same state object', () => {
    const state = initialState('en');
    expect(reduce(state, { type: 'setLanguage', lang: 'en' })).toBe(state);
  });

  it('selectCountry with focus selects it and requests its framing with the next revision', () => {
    const next = reduce(initialState('en'), { type: 'selectCountry', code: 'SAU', focus: true });
    expect(next.selectedCountry).toBe('SAU');
    expect(next.camera).toEqual({ target: { kind: 'country', code: 'SAU' }, revision: 1 });
  });

  it('selectCountry without focus selects it and leaves the camera request alone', () => {
    const state = initialState('en');
    const next = reduce(state, { type: 'selectCountry', code: 'SAU', focus: false });
    expect(next.selectedCountry).toBe('SAU');
    expect(next.camera).toBe(state.camera);
  });

  it('selectCountry of the selected country without focus returns the same state object', () => {
    const state = busyState();
    expect(reduce(state, { type: 'selectCountry', code: 'SAU', focus: false })).toBe(state);
  });

  it('selectCountry of the selected country with focus requests the framing again', () => {
    const state = busyState();
    const next = reduce(state, { type: 'selectCountry', code: 'SAU', focus: true });
    expect(next.camera.revision).toBe(state.camera.revision + 1);
  });

  it('clearSelection clears the selected country', () => {
    expect(reduce(busyState(), { type: 'clearSelection' }).selectedCountry).toBeNull();
  });

  it('clearSelection with nothing selected returns the same state object', () => {
    const state = initialState('en');
    expect(reduce(state, { type: 'clearSelection' })).toBe(state);
  });

  it('highlightCorridor sets and clears the highlighted corridor', () => {
    const on = reduce(initialState('en'), { type: 'highlightCorridor', corridor: 'north-east' });
    expect(on.corridor).toBe('north-east');
    expect(reduce(on, { type: 'highlightCorridor', corridor: null }).corridor).toBeNull();
  });

  it('highlightCorridor of the highlighted corridor returns the same state object', () => {
    const state = busyState();
    expect(reduce(state, { type: 'highlightCorridor', corridor: 'south-west' })).toBe(state);
  });

  it('setMotion turns motion off', () => {
    expect(reduce(initialState('en'), { type: 'setMotion', motion: false }).motion).toBe(false);
  });

  it('setMotion to the current value returns the same state object', () => {
    const state = initialState('en');
    expect(reduce(state, { type: 'setMotion', motion: true })).toBe(state);
  });

  it('setView sets the view and requests it with the next revision', () => {
    const next = reduce(initialState('en'), { type: 'setView', view: view() });
    expect(next.view).toEqual(view());
    expect(next.camera).toEqual({ target: { kind: 'view', view: view() }, revision: 1 });
  });

  it('setView of the current view requests it again (a new revision)', () => {
    const once = reduce(initialState('en'), { type: 'setView', view: view() });
    expect(reduce(once, { type: 'setView', view: view() }).camera.revision).toBe(2);
  });

  it('cameraMoved records the view without a camera request', () => {
    const state = busyState();
    const next = reduce(state, { type: 'cameraMoved', view: view() });
    expect(next.view).toEqual(view());
    expect(next.camera).toBe(state.camera);
  });

  // Regression test (found by review).
  it('cameraMoved to the view already recorded returns the same state object', () => {
    const state = reduce(initialState('en'), { type: 'cameraMoved', view: view() });
    expect(reduce(state, { type: 'cameraMoved', view: state.view as CameraView })).toBe(state);
  });

  it('hover sets the hover target', () => {
    const target = { kind: 'corridor', corridorId: 'south-west', legId: 'africa' } as const;
    expect(reduce(initialState('en'), { type: 'hover', target }).hover).toEqual(target);
  });

  it('hover over an equal target (a new but equal object) returns the same state object', () => {
    const state = busyState();
    expect(reduce(state, { type: 'hover', target: { kind: 'meeting', placeId: 'tehran' } })).toBe(
      state,
    );
  });

  it('hover over a different target of the same kind changes the hover', () => {
    const next = reduce(busyState(), {
      type: 'hover',
      target: { kind: 'meeting', placeId: 'dubai' },
    });
    expect(next.hover).toEqual({ kind: 'meeting', placeId: 'dubai' });
  });

  it('hover null after a target clears it', () => {
    expect(reduce(busyState(), { type: 'hover', target: null }).hover).toBeNull();
  });

  it('hover null with nothing hovered returns the same state object', () => {
    const state = initialState('en');
    expect(reduce(state, { type: 'hover', target: null })).toBe(state);
  });

  it('reduce never modifies the state it is given', () => {
    const state = busyState();
    const before = structuredClone(state);
    reduce(state, { type: 'selectCountry', code: 'IRN', focus: true });
    reduce(state, { type: 'setView', view: view() });
    reduce(state, { type: 'hover', target: null });
    expect(state).toEqual(before);
  });
});
