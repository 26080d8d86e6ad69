// The one contract every UI part follows: an element, a redraw from state, and a teardown.
import type { State } from '../state/state';

/**
 * A piece of the page. `update` redraws it from the state (with the previous state, or null on the
 * first draw, so it can skip what did not change); `destroy` removes every listener, timer and
 * observer it added outside its own element, so an app mounted and destroyed leaves nothing behind.
 * Parts never reach into each other: input becomes an action on the store, and the new state
 * comes back through `update`.
 *
 * @example
 * const legend: Part = createLegend(model, theme, store);
 * stage.append(legend.element);
 * legend.update(store.getState(), null);
 * // … later
 * legend.destroy();
 */
export interface Part {
  readonly element: HTMLElement;
  update(state: State, previous: State | null): void;
  destroy(): void;
}

/**
 * Draws `parts` from the store now and after every change, until the returned function is called,
 * which also destroys them.
 *
 * @example
 * const stop = runParts([header, legend], store);
 */
export function runParts(
  parts: readonly Part[],
  store: {
    getState(): State;
    subscribe(listener: (state: State, previous: State) => void): () => void;
  },
): () => void {
  for (const part of parts) part.update(store.getState(), null);
  const unsubscribe = store.subscribe((state, previous) => {
    for (const part of parts) part.update(state, previous);
  });
  return () => {
    unsubscribe();
    for (const part of parts) part.destroy();
  };
}
