// The story editor's pickers: which corridors, meetings and countries a chapter draws, and whose details open.
import type { AtlasModel } from '../../data/atlas-model';
import type { Chapter } from '../../dataset';
import type { Lang } from '../../i18n/format';
import { t } from '../../i18n/messages';
import type { Store } from '../../state/store';
import * as edit from '../../story/edit';
import { countryName } from '../country-details';
import { h } from '../dom';
import type { ProblemSlots } from './problems';
import type { EditorActions, EditorSection, EditorView } from './section';

type PickerField = 'corridors' | 'events' | 'countries';
type PickField = 'countries' | 'country';

/** Each picker's choices in `lang`: `[value, name]` in the dataset's order. */
function pickerChoices(model: AtlasModel, lang: Lang): Record<PickerField, [string, string][]> {
  return {
    corridors: [...model.corridors.values()].map((c) => [c.id, c.name[lang]]),
    events: [...model.events.values()].map((e) => [e.id, e.title[lang]]),
    countries: [...model.countries.keys()].map((code) => [code, countryName(model, code, lang)]),
  };
}

/** The values `chapter` has chosen in each picker. */
function chosenValues(chapter: Chapter): Record<PickerField, readonly string[]> {
  return {
    corridors: chapter.corridors.map((c) => c.id),
    events: chapter.events,
    countries: chapter.countries,
  };
}

/** The change to `chapter` when `checked` are the values ticked in `field`'s picker. */
function pickerPatch(chapter: Chapter, field: PickerField, checked: string[]): edit.ChapterPatch {
  if (field !== 'corridors') return { [field]: checked };
  // A corridor kept ticked keeps the legs the chapter chose for it.
  return { corridors: checked.map((id) => chapter.corridors.find((c) => c.id === id) ?? { id }) };
}

/**
 * Creates the fieldsets of checkboxes (corridors, meetings, countries emphasised) and the select of
 * the country whose details open, each with its problems beside it.
 *
 * @example
 * const pickers = createPickers(model, store, actions, problems);
 * form.append(pickers.element);
 */
export function createPickers(
  model: AtlasModel,
  store: Store,
  actions: EditorActions,
  problems: ProblemSlots,
): EditorSection {
  let view: EditorView | null = null;
  const current = () => view?.story[view.selected];
  const pickers = (['corridors', 'events', 'countries'] as const).map((field) => ({
    field,
    legend: h('legend', {}),
    box: h('div', { class: 'picker-options' }),
  }));
  const pickButtons = {
    countries: h('button', { type: 'button', class: 'pick-on-map', 'aria-pressed': 'false' }),
    country: h('button', { type: 'button', class: 'pick-on-map', 'aria-pressed': 'false' }),
  };
  const pickStatus = h('p', { class: 'pick-status', role: 'status' });
  for (const [field, button] of Object.entries(pickButtons) as [PickField, HTMLButtonElement][]) {
    button.addEventListener('click', () => {
      const picking = view?.state.picking === field ? null : field;
      store.dispatch({ type: 'setPicking', picking });
    });
  }
  const countryLabel = h('label', { for: 'editor-country' });
  const countrySelect = h('select', { id: 'editor-country' });
  for (const picker of pickers) {
    picker.box.addEventListener('change', () => {
      const chapter = current();
      if (!view || !chapter) return;
      const checked = [...picker.box.querySelectorAll('input:checked')].map(
        (input) => (input as HTMLInputElement).value,
      );
      const patch = pickerPatch(chapter, picker.field, checked);
      actions.change(edit.updateChapter(view.story, view.selected, patch));
    });
  }
  countrySelect.addEventListener('change', () => {
    if (!view) return;
    const patch = { country: countrySelect.value || null };
    actions.change(edit.updateChapter(view.story, view.selected, patch));
  });
  const element = h(
    'div',
    { class: 'editor-pickers' },
    ...pickers.map((p) => {
      const fieldset = h(
        'fieldset',
        { class: 'field picker' },
        p.legend,
        p.box,
        p.field === 'countries' ? pickButtons.countries : null,
      );
      fieldset.append(problems.slot(p.field, fieldset));
      return fieldset;
    }),
    h(
      'div',
      { class: 'field' },
      countryLabel,
      countrySelect,
      pickButtons.country,
      problems.slot('country', countrySelect),
    ),
    pickStatus,
  );

  return {
    element,
    render(next) {
      view = next;
      const chapter = current();
      if (!chapter) return;
      const language = next.lang;
      const choices = pickerChoices(model, language);
      const chosen = chosenValues(chapter);
      for (const picker of pickers) {
        picker.legend.textContent = t(language, `editor.field.${picker.field}`);
        picker.box.replaceChildren(
          ...choices[picker.field].map(([value, name]) => {
            const input = h('input', { type: 'checkbox', value });
            input.checked = chosen[picker.field].includes(value);
            return h('label', {}, input, ' ', name);
          }),
        );
      }
      countryLabel.textContent = t(language, 'editor.field.country');
      countrySelect.replaceChildren(
        h('option', { value: '' }, t(language, 'editor.field.none')),
        ...[...model.countries.keys()].map((code) =>
          h('option', { value: code }, countryName(model, code, language)),
        ),
      );
      countrySelect.value = chapter.country ?? '';
      const picking = next.state.picking;
      pickButtons.countries.textContent = t(language, 'editor.pickCountries');
      pickButtons.country.textContent = t(language, 'editor.pickCountry');
      pickButtons.countries.setAttribute('aria-pressed', String(picking === 'countries'));
      pickButtons.country.setAttribute('aria-pressed', String(picking === 'country'));
      pickStatus.textContent =
        picking === 'countries'
          ? t(language, 'editor.pickingCountries')
          : picking === 'country'
            ? t(language, 'editor.pickingCountry')
            : '';
    },
    destroy() {
      element.remove();
    },
  };
}
