// The side panel that shows the selected country's details; Escape or its close button closes it.
import type { AtlasModel } from '../data/atlas-model';
import { t } from '../i18n/messages';
import type { Store } from '../state/store';
import { createSheetHandle } from './bottom-sheet';
import { corridorSection, renderCountryDetails } from './country-details';
import { h } from './dom';
import { renderCorridorDetails } from './feature-properties';
import { detailsSubject, sameSubject } from '../state/details-subject';
import type { Part } from './part';

/**
 * Creates the panel. It is a labelled region (not a modal: the map stays usable beside it); focus
 * moves to its heading when the user opened it from the picker, and back to the picker on close.
 *
 * @example
 * const panel = createDetailsPanel(model, store);
 * document.body.append(panel.element);
 */
export function createDetailsPanel(model: AtlasModel, store: Store): Part {
  const close = h('button', { type: 'button', class: 'close' }, '×');
  const body = h('div', { class: 'panel-body' });
  const element = h(
    'aside',
    { class: 'panel', id: 'details', 'aria-labelledby': 'details-title', hidden: true },
    close,
    body,
  );
  // A corridor's own details close by clearing its highlight; a country's by clearing the selection.
  const dismiss = () => {
    const state = store.getState();
    if (state.selectedCountry === null && detailsSubject(model, state)?.kind === 'corridor') {
      store.dispatch({ type: 'highlightCorridor', corridor: null });
    } else store.dispatch({ type: 'clearSelection' });
  };
  close.addEventListener('click', dismiss);
  const handle = createSheetHandle(element, dismiss);
  element.prepend(handle.element);
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (detailsSubject(model, store.getState()) === null) return;
    if (event.target instanceof HTMLSelectElement) return; // Escape closes the open picker first.
    dismiss();
  };
  document.addEventListener('keydown', onKey);

  return {
    element,
    update(state, previous) {
      close.setAttribute('aria-label', t(state.lang, 'panel.close'));
      close.title = t(state.lang, 'panel.close');
      handle.label(t(state.lang, 'panel.expand'), t(state.lang, 'panel.collapse'));
      const subject = detailsSubject(model, state);
      const before = previous ? detailsSubject(model, previous) : null;
      if (previous && sameSubject(before, subject) && previous.lang === state.lang) return;
      element.hidden = subject === null;
      if (subject === null) {
        body.replaceChildren();
        if (element.contains(document.activeElement))
          document.getElementById('country-picker')?.focus();
        return;
      }
      if (!sameSubject(before, subject)) handle.reset();
      const corridor = subject.kind === 'corridor' ? model.corridors.get(subject.id) : undefined;
      body.replaceChildren(
        subject.kind === 'country'
          ? renderCountryDetails(model, subject.code, state.lang)
          : corridor
            ? renderCorridorDetails(model, corridor, state.lang, corridorSection)
            : '',
      );
      body.scrollTop = 0;
    },
    destroy() {
      document.removeEventListener('keydown', onKey);
      handle.destroy();
      element.remove();
    },
  };
}
