// The page itself follows the interface language: its lang, its direction, its title, the map region's name.
import type { AtlasModel } from '../data/atlas-model';
import { t } from '../i18n/messages';
import type { State } from '../state/state';
import type { Store } from '../state/store';

/**
 * Sets the document's `lang`, `dir` and title, and the map region's accessible name, from the
 * state's language now and at every change. Returns the function that stops following.
 *
 * @example
 * const stop = followLanguage(store, model, regionElement);
 */
export function followLanguage(store: Store, model: AtlasModel, region: HTMLElement): () => void {
  const apply = (state: State) => {
    document.documentElement.lang = state.lang;
    document.documentElement.dir = state.lang === 'fa' ? 'rtl' : 'ltr';
    document.title = `${model.dataset.title[state.lang]} · ${t(state.lang, 'app.name')}`;
    region.setAttribute('aria-label', t(state.lang, 'app.mapLabel'));
  };
  apply(store.getState());
  return store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) apply(state);
  });
}
