// Unit tests of what a click on the map does, as an action.
import { describe, expect, it } from 'vitest';
import { clickAction } from '../../../src/map/click-action';
import { initialState, reduce, type State } from '../../../src/state/state';
import { loadModel } from '../../fixtures/default-model';

function selecting(code: string): State {
  return reduce(initialState('en'), { type: 'selectCountry', code, focus: false });
}

function highlighting(corridor: string): State {
  return reduce(initialState('en'), { type: 'highlightCorridor', corridor });
}

describe('clickAction', () => {
  it('a click on a country selects it without moving the camera', () => {
    expect(clickAction(loadModel(), { kind: 'country', code: 'SAU' }, initialState('en'))).toEqual({
      type: 'selectCountry',
      code: 'SAU',
      focus: false,
    });
  });

  it('a click on another country switches the selection to it', () => {
    expect(clickAction(loadModel(), { kind: 'country', code: 'IRN' }, selecting('SAU'))).toEqual({
      type: 'selectCountry',
      code: 'IRN',
      focus: false,
    });
  });

  it('a click on the selected country clears the selection', () => {
    expect(clickAction(loadModel(), { kind: 'country', code: 'SAU' }, selecting('SAU'))).toEqual({
      type: 'clearSelection',
    });
  });

  it('a click on the sea clears the selection', () => {
    expect(clickAction(loadModel(), null, selecting('SAU'))).toEqual({ type: 'clearSelection' });
  });

  it('a click on the sea with nothing selected does nothing', () => {
    expect(clickAction(loadModel(), null, initialState('en'))).toBeNull();
  });

  it("a click on a meeting place selects the place's country (astana → KAZ)", () => {
    expect(
      clickAction(loadModel(), { kind: 'meeting', placeId: 'astana' }, initialState('en')),
    ).toEqual({ type: 'selectCountry', code: 'KAZ', focus: false });
  });

  it('a click on Tehran, where ambassadors were received, selects IRN', () => {
    expect(
      clickAction(loadModel(), { kind: 'meeting', placeId: 'tehran' }, selecting('SAU')),
    ).toEqual({ type: 'selectCountry', code: 'IRN', focus: false });
  });

  it('a click on an unknown meeting place does nothing', () => {
    expect(
      clickAction(loadModel(), { kind: 'meeting', placeId: 'atlantis' }, initialState('en')),
    ).toBeNull();
  });

  it("a click on a trip selects the counterpart's country (ven → VEN)", () => {
    expect(clickAction(loadModel(), { kind: 'trip', eventId: 'ven' }, initialState('en'))).toEqual({
      type: 'selectCountry',
      code: 'VEN',
      focus: false,
    });
  });

  it("a click on a trip selects the counterpart's country even when the place lies elsewhere (kgz → KGZ)", () => {
    expect(clickAction(loadModel(), { kind: 'trip', eventId: 'kgz' }, initialState('en'))).toEqual({
      type: 'selectCountry',
      code: 'KGZ',
      focus: false,
    });
  });

  it('a click on an unknown trip does nothing', () => {
    expect(
      clickAction(loadModel(), { kind: 'trip', eventId: 'nope' }, initialState('en')),
    ).toBeNull();
  });

  it('a click on a corridor highlights it', () => {
    expect(
      clickAction(
        loadModel(),
        { kind: 'corridor', corridorId: 'north-east', legId: 'caucasus' },
        initialState('en'),
      ),
    ).toEqual({ type: 'highlightCorridor', corridor: 'north-east' });
  });

  it('a click on the highlighted corridor clears the highlight', () => {
    expect(
      clickAction(
        loadModel(),
        { kind: 'corridor', corridorId: 'north-east', legId: 'caucasus' },
        highlighting('north-east'),
      ),
    ).toEqual({ type: 'highlightCorridor', corridor: null });
  });

  it('a click on another corridor moves the highlight to it', () => {
    expect(
      clickAction(
        loadModel(),
        { kind: 'corridor', corridorId: 'south-west', legId: 'africa' },
        highlighting('north-east'),
      ),
    ).toEqual({ type: 'highlightCorridor', corridor: 'south-west' });
  });

  it('while the editor picks from the map, a click on a country picks it instead of selecting it', () => {
    const picking = reduce(selecting('SAU'), { type: 'setPicking', picking: 'countries' });
    expect(clickAction(loadModel(), { kind: 'country', code: 'IRN' }, picking)).toEqual({
      type: 'pickCountry',
      code: 'IRN',
    });
    expect(clickAction(loadModel(), null, picking)).toBeNull();
    const next = reduce(picking, { type: 'pickCountry', code: 'IRN' });
    expect(next.selectedCountry).toBe('SAU');
    expect(next.pick).toEqual({ code: 'IRN', serial: 1 });
    expect(reduce(next, { type: 'pickCountry', code: 'IRN' }).pick).toEqual({
      code: 'IRN',
      serial: 2,
    });
  });

  it('a pick with nothing being picked changes nothing, and closing the editor ends picking', () => {
    const state = reduce(initialState('en'), { type: 'setEditing', editing: true });
    expect(reduce(state, { type: 'pickCountry', code: 'IRN' })).toBe(state);
    const picking = reduce(state, { type: 'setPicking', picking: 'country' });
    expect(reduce(picking, { type: 'setEditing', editing: false }).picking).toBeNull();
  });
});
