// Unit tests of the store: one notification per change, none for no-ops, and unsubscribing.
import { describe, expect, it } from 'vitest';
import { initialState, type Action, type State } from '../../../src/state/state';
import { createStore } from '../../../src/state/store';

type Call = { state: State; previous: State; action: Action };

describe('createStore', () => {
  it('getState() returns the initial state before any action', () => {
    const initial = initialState('fa');
    expect(createStore(initial).getState()).toBe(initial);
  });

  it('dispatch(action) applies the reducer', () => {
    const store = createStore(initialState('en'));
    store.dispatch({ type: 'selectCountry', code: 'KAZ', focus: false });
    expect(store.getState().selectedCountry).toBe('KAZ');
  });

  it('subscribers are told once per change, with the new state, the previous one and the action', () => {
    const store = createStore(initialState('en'));
    const calls: Call[] = [];
    store.subscribe((state, previous, action) => calls.push({ state, previous, action }));
    const before = store.getState();
    const action: Action = { type: 'setLanguage', lang: 'fa' };
    store.dispatch(action);
    expect(calls).toEqual([{ state: store.getState(), previous: before, action }]);
    expect(calls[0]?.state).toBe(store.getState());
    expect(calls[0]?.previous).toBe(before);
  });

  it('an action that changes nothing notifies nobody', () => {
    const store = createStore(initialState('en'));
    const calls: Action[] = [];
    store.subscribe((_state, _previous, action) => calls.push(action));
    store.dispatch({ type: 'setLanguage', lang: 'en' });
    store.dispatch({ type: 'clearSelection' });
    store.dispatch({ type: 'hover', target: null });
    expect(calls).toEqual([]);
  });

  it('subscribers are told in the order they subscribed', () => {
    const store = createStore(initialState('en'));
    const order: string[] = [];
    store.subscribe(() => order.push('first'));
    store.subscribe(() => order.push('second'));
    store.dispatch({ type: 'setMotion', motion: false });
    expect(order).toEqual(['first', 'second']);
  });

  it('the function subscribe returns stops the notifications', () => {
    const store = createStore(initialState('en'));
    const calls: Action[] = [];
    const unsubscribe = store.subscribe((_state, _previous, action) => calls.push(action));
    store.dispatch({ type: 'setMotion', motion: false });
    unsubscribe();
    store.dispatch({ type: 'setMotion', motion: true });
    expect(calls).toEqual([{ type: 'setMotion', motion: false }]);
  });

  it('unsubscribing one listener leaves the others subscribed', () => {
    const store = createStore(initialState('en'));
    const calls: string[] = [];
    const unsubscribeA = store.subscribe(() => calls.push('a'));
    store.subscribe(() => calls.push('b'));
    unsubscribeA();
    store.dispatch({ type: 'setLanguage', lang: 'fa' });
    expect(calls).toEqual(['b']);
  });

  it('each change is seen by a listener with the state it produced', () => {
    const store = createStore(initialState('en'));
    const seen: Array<string | null> = [];
    store.subscribe((state) => seen.push(state.selectedCountry));
    store.dispatch({ type: 'selectCountry', code: 'SAU', focus: false });
    store.dispatch({ type: 'selectCountry', code: 'IRN', focus: false });
    store.dispatch({ type: 'clearSelection' });
    expect(seen).toEqual(['SAU', 'IRN', null]);
  });
});
