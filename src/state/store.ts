// A tiny store: one state, one reducer, subscribers told of every change.
import { reduce, type Action, type State } from './state';

export type Listener = (state: State, previous: State, action: Action) => void;

export interface Store {
  getState(): State;
  dispatch(action: Action): void;
  /** Returns the function that unsubscribes. */
  subscribe(listener: Listener): () => void;
}

/**
 * Creates the store. Listeners run after each change, in the order they subscribed; an action that
 * changes nothing notifies nobody.
 *
 * @example
 * const store = createStore(initialState('en'));
 * store.subscribe((state) => console.log(state.lang));
 * store.dispatch({ type: 'setLanguage', lang: 'fa' });
 */
export function createStore(initial: State): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    getState: () => state,
    dispatch(action) {
      const previous = state;
      state = reduce(state, action);
      if (state === previous) return;
      for (const listener of listeners) listener(state, previous, action);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
