// Keeps the address bar in step with the state, so a copied link reproduces the view.
import type { State } from '../state/state';
import type { Store } from '../state/store';
import { writeUrl } from './url-params';

/** State fields the query string follows. */
const URL_FIELDS = [
  'lang',
  'selectedCountry',
  'corridor',
  'view',
  'presentation',
  'time',
  'editing',
] as const;

/**
 * Writes the state into the URL now and after every change of a field the URL carries
 * (`history.replaceState`: no new history entry per click). Returns the function that stops.
 *
 * @example
 * const stop = followUrl(store);
 */
export function followUrl(store: Store): () => void {
  const write = (state: State) => {
    const search = writeUrl(location.search, state);
    if (search !== location.search) {
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    }
  };
  write(store.getState());
  return store.subscribe((state, previous) => {
    if (URL_FIELDS.some((field) => previous[field] !== state[field])) write(state);
  });
}
