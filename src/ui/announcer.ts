// The polite live region: what changed that a screen-reader user did not do with focus there.
import type { AtlasModel } from '../data/atlas-model';
import { t } from '../i18n/messages';
import { presentedStory } from '../story/story';
import { countryName } from './country-details';
import { h } from './dom';
import type { Part } from './part';

/**
 * Creates the announcer: it says the country a click on the map (or a host page) selected and the
 * story step a key, a clicker or the speaker window moved to; `say` announces anything else (a
 * map restored after WebGL was lost).
 *
 * @example
 * const announcer = createAnnouncer(model);
 * document.body.append(announcer.element);
 * announcer.say('The map was restored.');
 */
export function createAnnouncer(model: AtlasModel): Part & { say(text: string): void } {
  const element = h('div', { class: 'visually-hidden', 'aria-live': 'polite' });
  return {
    element,
    say(text) {
      element.textContent = text;
    },
    update(state, previous) {
      if (!previous) return;
      if (previous.selectedCountry !== state.selectedCountry && state.selectedCountry) {
        element.textContent = countryName(model, state.selectedCountry, state.lang);
      }
      const step = state.presentation?.step;
      if (step !== undefined && step !== previous.presentation?.step) {
        const story = presentedStory(model, state);
        const title = story[step - 1]?.title[state.lang] ?? '';
        element.textContent = `${t(state.lang, 'presenter.step', { step, count: story.length })}: ${title}`;
      }
    },
    destroy() {
      element.remove();
    },
  };
}
