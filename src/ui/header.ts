// The header: title, the country picker, the language switch and the actions, with a menu for what does not fit.
import type { AtlasModel } from '../data/atlas-model';
import type { CountryRole } from '../dataset';
import { t } from '../i18n/messages';
import type { Lang } from '../i18n/format';
import type { Store } from '../state/store';
import { countryName } from './country-details';
import { h } from './dom';
import { createOverflowMenu } from './overflow-menu';
import type { Part } from './part';

const ROLES: CountryRole[] = ['iran', 'partner', 'transit', 'destination'];

/** The `<option>`s of the picker: the dataset's countries grouped by first role, sorted by name. */
function pickerOptions(model: AtlasModel, lang: Lang): HTMLElement[] {
  const collator = new Intl.Collator(lang);
  const groups = ROLES.map((role) => {
    const codes = [...model.countries.values()]
      .filter((c) => c.roles[0] === role)
      .map((c) => c.code)
      .sort((a, b) => collator.compare(countryName(model, a, lang), countryName(model, b, lang)));
    if (codes.length === 0) return null;
    return h(
      'optgroup',
      { label: t(lang, `role.${role}`) },
      ...codes.map((code) => h('option', { value: code }, countryName(model, code, lang))),
    );
  });
  return [h('option', { value: '' }, t(lang, 'picker.none')), ...groups.filter((g) => g !== null)];
}

/**
 * Creates the header. The picker is a native `<select>`: keyboard, type-ahead and screen readers
 * work as users already know them.
 *
 * @example
 * const header = createHeader(model, store, { onSource: () => dialog.open() });
 * document.body.prepend(header.element);
 */
export function createHeader(
  model: AtlasModel,
  store: Store,
  actions: {
    onSource: () => void;
    onShare: () => void;
    /** Opens the export dialog (PNG, SVG, WebM); no Export button without it. */
    onExport?: () => void;
    /** Opens the data dialog (open a file, revert, export the data); no Data button without it. */
    onData?: () => void;
    onTextView: () => void;
    /** Opens or closes the story editor; no Edit story button without it. */
    onEdit?: () => void;
    onPresent: (() => void) | null;
  },
): Part {
  const title = h('h1', {});
  const subtitle = h('span', { class: 'subtitle' });
  const badge = h('span', { class: 'badge schematic' });
  const draftBadge = h('span', { class: 'badge draft', hidden: true });
  const pickerLabel = h('label', { for: 'country-picker' });
  const picker = h('select', { id: 'country-picker', name: 'country' });
  const langGroup = h('div', { class: 'lang-switch', role: 'group' });
  const langButtons = (['en', 'fa'] as const).map((lang) =>
    h('button', { type: 'button', lang, 'data-lang': lang }, lang === 'fa' ? 'فا' : 'EN'),
  );
  langGroup.append(...langButtons);
  const sourceButton = h('button', { type: 'button', class: 'source-button' });
  const shareButton = h('button', { type: 'button', class: 'share-button' });
  shareButton.addEventListener('click', actions.onShare);
  const exportButton = actions.onExport
    ? h('button', { type: 'button', class: 'export-button' })
    : null;
  if (exportButton && actions.onExport) exportButton.addEventListener('click', actions.onExport);
  const dataButton = actions.onData ? h('button', { type: 'button', class: 'data-button' }) : null;
  if (dataButton && actions.onData) dataButton.addEventListener('click', actions.onData);
  const textButton = h('button', { type: 'button', class: 'text-button' });
  textButton.addEventListener('click', actions.onTextView);
  const editButton = actions.onEdit ? h('button', { type: 'button', class: 'edit-button' }) : null;
  if (editButton && actions.onEdit) editButton.addEventListener('click', actions.onEdit);
  const presentButton = actions.onPresent
    ? h('button', { type: 'button', class: 'present-button' })
    : null;
  if (presentButton && actions.onPresent)
    presentButton.addEventListener('click', actions.onPresent);

  picker.addEventListener('change', () => {
    const code = picker.value;
    store.dispatch(
      code ? { type: 'selectCountry', code, focus: true } : { type: 'clearSelection' },
    );
  });
  for (const button of langButtons) {
    button.addEventListener('click', () =>
      store.dispatch({ type: 'setLanguage', lang: button.dataset.lang === 'fa' ? 'fa' : 'en' }),
    );
  }
  sourceButton.addEventListener('click', actions.onSource);

  const picking = h('div', { class: 'picker' }, pickerLabel, picker);
  // In order of importance: when the bar is too narrow, the last ones move into the menu first.
  const actionList = [
    presentButton,
    editButton,
    picking,
    shareButton,
    exportButton,
    dataButton,
    textButton,
    sourceButton,
  ].filter((action) => action !== null);
  const controls = h('div', { class: 'controls' });
  const titles = h(
    'div',
    { class: 'titles' },
    title,
    h('p', {}, subtitle, ' ', badge, ' ', draftBadge),
  );
  const element = h('header', { class: 'topbar' }, titles, langGroup, controls);
  const menu = createOverflowMenu(element, controls, actionList);
  element.append(menu.element);

  return {
    element,
    update(state, previous) {
      const lang = state.lang;
      if (!previous || previous.lang !== lang) {
        title.textContent = model.dataset.title[lang];
        // The subtitle describes the article's dataset; another dataset is described by its counts.
        subtitle.textContent =
          state.dataSource.kind === 'default'
            ? t(lang, 'app.subtitle')
            : t(lang, 'app.subtitle.other', {
                corridors: model.corridors.size,
                meetings: model.events.size,
              });
        badge.textContent = t(lang, 'app.schematic');
        pickerLabel.textContent = t(lang, 'picker.label');
        picker.replaceChildren(...pickerOptions(model, lang));
        langGroup.setAttribute('aria-label', t(lang, 'lang.label'));
        sourceButton.textContent = t(lang, 'source.button');
        shareButton.textContent = t(lang, 'share.button');
        if (exportButton) exportButton.textContent = t(lang, 'export.button');
        if (dataButton) dataButton.textContent = t(lang, 'data.button');
        textButton.textContent = t(lang, 'text.button');
        if (presentButton) presentButton.textContent = t(lang, 'presenter.present');
        if (editButton) editButton.textContent = t(lang, 'editor.button');
        for (const button of langButtons) {
          button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
        }
        menu.label(t(lang, 'menu.button'));
        menu.fit();
      }
      // A draft never silently stands in for the dataset: it is named until it is exported.
      editButton?.setAttribute('aria-pressed', String(state.editing));
      const draft = state.story !== null && !state.story.exported;
      draftBadge.hidden = !draft;
      if (draft) {
        draftBadge.textContent = t(lang, 'draft.badge');
        draftBadge.title = t(lang, 'draft.badgeTitle');
      }
      const value =
        state.selectedCountry && model.countries.has(state.selectedCountry)
          ? state.selectedCountry
          : '';
      if (picker.value !== value) picker.value = value;
    },
    destroy() {
      menu.destroy();
      element.remove();
    },
  };
}
