// Unit tests of the story: step → state, the presenter's keys, kiosk order and the sync messages.
import { describe, expect, it } from 'vitest';
import { focusedLegs, focusedMeetings } from '../../../src/layers/index';
import { corridorEndPoints } from '../../../src/data/label-points';
import { emphasisOpacity, focusFilters } from '../../../src/map/style';
import { initialState, reduce, type State } from '../../../src/state/state';
import { nextKioskStep } from '../../../src/story/story';
import { presenterCommand, targetStep } from '../../../src/story/presenter-keys';
import { isStepMessage } from '../../../src/embed/step-sync';
import { clampStep, stateAtStep, stepAction, storyOf } from '../../../src/story/story';
import { loadModel } from '../../fixtures/default-model';

/** The parts of a state that a step decides (the camera revision is only a counter). */
const visible = (state: State) => ({ ...state, camera: state.camera.target });

describe('stateAtStep', () => {
  it('stateAtStep(state, model, 7) equals stepping 1 → 7 one step at a time', () => {
    const model = loadModel();
    const direct = stateAtStep(initialState('en'), model, 7);
    let stepped = initialState('en');
    for (let step = 1; step <= 7; step++) stepped = stateAtStep(stepped, model, step);
    expect(visible(stepped)).toEqual(visible(direct));
  });

  it('a step sets camera, details, date and what is drawn from its chapter', () => {
    const model = loadModel();
    const chapter = storyOf(model)[1]!;
    const state = stateAtStep(initialState('en'), model, 2);
    expect(state.presentation).toEqual({ step: 2, black: false });
    expect(state.selectedCountry).toBe(chapter.country);
    expect(state.time).toBe(chapter.date);
    expect(state.focus.events).toEqual(chapter.events);
    expect(state.camera.target).toEqual({
      kind: 'view',
      view: {
        longitude: chapter.camera.center[0],
        latitude: chapter.camera.center[1],
        zoom: chapter.camera.zoom,
        bearing: chapter.camera.bearing ?? 0,
        pitch: chapter.camera.pitch ?? 0,
      },
    });
  });

  it('a step undoes what an earlier step set: a selection, a highlight, a playing timeline', () => {
    const model = loadModel();
    let state = stateAtStep(initialState('en'), model, 12);
    state = reduce(state, { type: 'highlightCorridor', corridor: 'north-east' });
    state = reduce(state, { type: 'setPlaying', playing: true });
    const again = stateAtStep(state, model, 12);
    expect(again.corridor).toBeNull();
    expect(again.playing).toBe(false);
    expect(visible(again)).toEqual(visible(stateAtStep(initialState('en'), model, 12)));
  });

  it('a chapter listing some legs of a corridor draws only those; one listing none draws all', () => {
    const model = loadModel();
    const first = stateAtStep(initialState('en'), model, 11);
    expect(focusedLegs(model, first.focus).map((l) => `${l.corridorId}/${l.legId}`)).toEqual([
      'south-west/iran-saudi',
    ]);
    const last = stateAtStep(initialState('en'), model, storyOf(model).length);
    expect(focusedLegs(model, last.focus)).toHaveLength(model.legs.length);
  });

  it('focused arrays keep their identity for the same focus (deck.gl compares by identity)', () => {
    const model = loadModel();
    const a = stateAtStep(initialState('en'), model, 4).focus;
    const b = stateAtStep(initialState('en'), model, 4).focus;
    expect(focusedLegs(model, a)).toBe(focusedLegs(model, b));
    expect(focusedMeetings(model, a).sites).toBe(focusedMeetings(model, b).sites);
  });

  it('endPresentation draws everything again, clears the date and frames home', () => {
    const model = loadModel();
    const ended = reduce(stateAtStep(initialState('en'), model, 3), { type: 'endPresentation' });
    expect(ended.presentation).toBeNull();
    expect(ended.focus).toEqual({ legs: null, events: null, countries: [] });
    expect(ended.time).toBeNull();
    expect(ended.camera.target).toEqual({ kind: 'home' });
  });

  it('clampStep keeps a step inside the story and stepAction is null without a story', () => {
    const model = loadModel();
    expect(clampStep(model, 0)).toBe(1);
    expect(clampStep(model, 99)).toBe(storyOf(model).length);
    expect(
      stepAction(
        loadModel((d) => delete d.story),
        1,
      ),
    ).toBeNull();
  });
});

describe('presenterCommand', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Enter', 'jump'],
    ['f', 'fullscreen'],
    ['b', 'blackout'],
    ['.', 'blackout'],
    ['s', 'speaker'],
    ['Escape', 'exit'],
  ])('presenterCommand maps %j to %s', (key, kind) => {
    expect(presenterCommand({ key })?.kind).toBe(kind);
  });

  it('presenterCommand reads Latin and Persian digits', () => {
    expect(presenterCommand({ key: '7' })).toEqual({ kind: 'digit', digit: '7' });
    expect(presenterCommand({ key: '۷' })).toEqual({ kind: 'digit', digit: '7' });
  });

  it('presenterCommand leaves keys with Ctrl, Alt or Meta, and other keys, to the browser', () => {
    expect(presenterCommand({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
    expect(presenterCommand({ key: 'f', metaKey: true })).toBeNull();
    expect(presenterCommand({ key: 'x' })).toBeNull();
  });
});

describe('targetStep', () => {
  it('targetStep stays inside the story at both ends', () => {
    expect(targetStep({ kind: 'next' }, 18, 18, '')).toBe(18);
    expect(targetStep({ kind: 'previous' }, 1, 18, '')).toBe(1);
  });

  it('targetStep jumps to the typed step, clamped, and ignores Enter with nothing typed', () => {
    expect(targetStep({ kind: 'jump' }, 3, 18, '12')).toBe(12);
    expect(targetStep({ kind: 'jump' }, 3, 18, '40')).toBe(18);
    expect(targetStep({ kind: 'jump' }, 3, 18, '')).toBeNull();
    expect(targetStep({ kind: 'blackout' }, 3, 18, '')).toBeNull();
  });
});

describe('nextKioskStep', () => {
  it('nextKioskStep goes on, loops to 1 with loop, and stops at the end without', () => {
    expect(nextKioskStep(3, 18, false)).toBe(4);
    expect(nextKioskStep(18, 18, true)).toBe(1);
    expect(nextKioskStep(18, 18, false)).toBeNull();
  });
});

describe('isStepMessage', () => {
  it('isStepMessage accepts only this app’s presentation messages', () => {
    expect(
      isStepMessage({ source: 'corridor-atlas', type: 'presentation', step: 3, black: false }),
    ).toBe(true);
    expect(isStepMessage({ source: 'other', type: 'presentation', step: 3, black: false })).toBe(
      false,
    );
    expect(
      isStepMessage({ source: 'corridor-atlas', type: 'presentation', step: 2.5, black: false }),
    ).toBe(false);
    expect(isStepMessage(null)).toBe(false);
    expect(isStepMessage('step 3')).toBe(false);
  });
});

describe('map emphasis and label filters', () => {
  it('emphasisOpacity mutes the countries not listed, and nothing when none are', () => {
    expect(emphasisOpacity([])).toBe(1);
    expect(emphasisOpacity(['SAU'])).toEqual([
      'case',
      ['in', ['get', 'code'], ['literal', ['SAU']]],
      1,
      0.35,
    ]);
  });

  it('every corridor end label carries the leg key the focus filter reads', () => {
    const model = loadModel();
    const legs = corridorEndPoints(model).features.map((f) => f.properties.leg);
    expect(legs).toContain('south-west/mediterranean');
    expect(legs.every((leg) => /^[a-z-]+\/[a-z-]+$/.test(leg))).toBe(true);
  });

  it('focusFilters keeps the labels of the drawn legs and meeting places only', () => {
    const model = loadModel();
    const filters = focusFilters(model, { legs: ['south-west/africa'], events: ['sau', 'kaz'] });
    expect(filters.corridorEnds).toEqual([
      'in',
      ['get', 'leg'],
      ['literal', ['south-west/africa']],
    ]);
    expect(filters.places).toEqual(['in', ['get', 'id'], ['literal', ['tehran', 'astana']]]);
    expect(focusFilters(model, { legs: null, events: null })).toEqual({
      corridorEnds: null,
      places: null,
    });
  });
});
