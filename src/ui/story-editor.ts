// The story editor: a side panel listing the chapters and a bilingual chapter form, with undo, drafts and validation.
import type { AtlasModel } from '../data/atlas-model';
import type { Chapter, Dataset } from '../dataset';
import type { Lang } from '../i18n/format';
import { t } from '../i18n/messages';
import type { CameraSnapshot } from '../map/map-view';
import type { State } from '../state/state';
import type { Store } from '../state/store';
import * as edit from '../story/edit';
import { record, redo, startHistory, undo, type History } from '../story/history';
import { presentedStory, stepAction, storyOf } from '../story/story';
import {
  chapterContext,
  chaptersWithErrors,
  validateChapter,
  type ChapterField,
} from '../story/validate-chapter';
import { downloadBlob } from '../export/download';
import { OFFLINE_FILE, SINGLE_FILE_MARK, withEmbeddedDataset } from '../export/offline-file';
import { dataFileName, offlineFileName } from '../export/file-name';
import { datasetWithStory } from '../story/draft';
import { countryName } from './country-details';
import { h, langAttributes } from './dom';
import type { Part } from './part';
import type { DraftSync } from './story-draft';

type TextField = `${'title' | 'text' | 'notes'}.${Lang}`;
const TEXT_FIELDS: readonly TextField[] = [
  'title.fa',
  'title.en',
  'text.fa',
  'text.en',
  'notes.fa',
  'notes.en',
];

/** One labelled text control, in its own language and direction, with its messages below. */
function textControl(field: TextField, onInput: (value: string) => void) {
  const [part, lang] = field.split('.') as ['title' | 'text' | 'notes', Lang];
  const id = `editor-${part}-${lang}`;
  const label = h('label', { for: id });
  const control =
    part === 'title'
      ? h('input', { id, type: 'text', ...langAttributes(lang) })
      : h('textarea', { id, rows: part === 'text' ? 5 : 3, ...langAttributes(lang) });
  control.addEventListener('input', () => onInput(control.value));
  return {
    field,
    label,
    control,
    wrap: h('div', { class: `field field-${part}` }, label, control),
  };
}

/**
 * Creates the story editor (open while `state.editing`): chapters to select, add (from the current
 * view), duplicate, delete and move; a form with title, text and notes in Persian and English side
 * by side, the camera from the current view, what is drawn, whose details open, the date. Every
 * edit is recorded for Ctrl+Z / Ctrl+Shift+Z and becomes the state's story (the draft saves it);
 * the selected chapter is shown on the map as it is edited.
 *
 * @example
 * const editor = createStoryEditor(model, store, { camera: () => view.camera(), draft });
 */
export function createStoryEditor(
  model: AtlasModel,
  store: Store,
  options: { camera(): CameraSnapshot | null; draft: DraftSync },
): Part {
  const context = chapterContext(model);
  let history: History = startHistory(presentedStory(model, store.getState()));
  let selected = 0;
  const heading = h('h2', { id: 'editor-heading' });
  const closeButton = h('button', { type: 'button', class: 'editor-close' });
  const notice = h('div', { class: 'editor-notice', role: 'status' });
  const buttons = {
    add: h('button', { type: 'button' }),
    duplicate: h('button', { type: 'button' }),
    delete: h('button', { type: 'button' }),
    up: h('button', { type: 'button' }),
    down: h('button', { type: 'button' }),
    undo: h('button', { type: 'button' }),
    redo: h('button', { type: 'button' }),
    discard: h('button', { type: 'button' }),
    present: h('button', { type: 'button' }),
    exportData: h('button', { type: 'button', class: 'editor-export' }),
    offline: h('button', { type: 'button', class: 'editor-offline' }),
  };
  const exportNote = h('p', { class: 'editor-export-note', role: 'status' });
  const listLabel = h('h3', { id: 'editor-chapters' });
  const list = h('ol', { class: 'editor-list', 'aria-labelledby': 'editor-chapters' });
  const formHeading = h('h3', {});
  const texts = TEXT_FIELDS.map((field) =>
    textControl(field, (value) => {
      const [part, lang] = field.split('.') as ['title' | 'text' | 'notes', Lang];
      const chapter = current();
      if (chapter)
        change(
          edit.updateChapter(story(), selected, { [part]: { ...chapter[part], [lang]: value } }),
        );
    }),
  );
  const cameraLabel = h('span', { class: 'field-label', id: 'editor-camera-label' });
  const cameraValue = h('output', { 'aria-labelledby': 'editor-camera-label', dir: 'ltr' });
  const useView = h('button', { type: 'button', class: 'use-view' });
  const countryLabel = h('label', { for: 'editor-country' });
  const countrySelect = h('select', { id: 'editor-country' });
  const dateLabel = h('label', { for: 'editor-date' });
  const dateInput = h('input', { id: 'editor-date', type: 'date' });
  const pickers = (['corridors', 'events', 'countries'] as const).map((field) => ({
    field,
    legend: h('legend', {}),
    box: h('div', { class: 'picker-options' }),
  }));
  const problemSlots = new Map<ChapterField, HTMLElement>();
  const slot = (field: ChapterField) => {
    const element = h('ul', {
      class: 'field-problems',
      id: `editor-problems-${field.replace('.', '-')}`,
    });
    problemSlots.set(field, element);
    return element;
  };
  for (const text of texts) {
    const problems = slot(text.field);
    text.control.setAttribute('aria-describedby', problems.id);
    text.wrap.append(problems);
  }
  const pair = (part: string) =>
    h(
      'div',
      { class: 'field-pair' },
      ...texts.filter((x) => x.field.startsWith(part)).map((x) => x.wrap),
    );
  const form = h(
    'form',
    { class: 'editor-form', 'aria-labelledby': 'editor-form-heading' },
    formHeading,
    pair('title'),
    pair('text'),
    pair('notes'),
    h('div', { class: 'field' }, cameraLabel, ' ', cameraValue, ' ', useView, slot('camera')),
    ...pickers.map((p) => h('fieldset', { class: 'field picker' }, p.legend, p.box, slot(p.field))),
    h('div', { class: 'field' }, countryLabel, countrySelect, slot('country')),
    h('div', { class: 'field' }, dateLabel, dateInput, slot('date')),
  );
  formHeading.id = 'editor-form-heading';
  form.addEventListener('submit', (event) => event.preventDefault());
  const element = h(
    'aside',
    { class: 'story-editor', hidden: true, 'aria-labelledby': 'editor-heading' },
    h('div', { class: 'editor-bar' }, heading, closeButton),
    notice,
    h(
      'div',
      { class: 'editor-tools' },
      buttons.undo,
      buttons.redo,
      buttons.discard,
      buttons.present,
    ),
    h('div', { class: 'editor-tools' }, buttons.exportData, buttons.offline),
    exportNote,
    listLabel,
    list,
    h(
      'div',
      { class: 'editor-tools' },
      buttons.add,
      buttons.duplicate,
      buttons.up,
      buttons.down,
      buttons.delete,
    ),
    form,
  );

  const story = () => history.present;
  const current = (): Chapter | undefined => story()[selected];
  /** Shows chapter `index` of `chapters` on the map, as presenting it would. */
  const show = (chapters: readonly Chapter[], index: number) => {
    const action = stepAction(model, index + 1, chapters);
    if (action) store.dispatch(action);
  };
  const commit = (next: History) => {
    history = next;
    selected = Math.min(selected, Math.max(0, story().length - 1));
    const same = JSON.stringify(story()) === JSON.stringify(storyOf(model));
    store.dispatch({ type: 'setStory', chapters: same ? null : story() });
    show(story(), selected);
    render(store.getState());
  };
  const change = (next: readonly Chapter[]) => {
    if (next !== story()) commit(record(history, next));
  };
  const viewCamera = () => {
    const camera = options.camera();
    const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
    if (!camera) return { center: [51.389, 35.689] as [number, number], zoom: 3 };
    return {
      center: [round(camera.center[0], 4), round(camera.center[1], 4)] as [number, number],
      zoom: round(camera.zoom, 2),
      bearing: round(camera.bearing, 1),
      pitch: round(camera.pitch, 1),
    };
  };
  buttons.add.addEventListener('click', () => {
    const date = store.getState().time ?? current()?.date ?? '2024-03-20';
    const at = story().length === 0 ? 0 : selected + 1;
    selected = at;
    change(edit.addChapter(story(), edit.blankChapter(story(), viewCamera(), date), at));
    texts[1]?.control.focus();
  });
  buttons.duplicate.addEventListener('click', () => {
    const next = edit.duplicateChapter(story(), selected);
    if (next !== story()) selected += 1;
    change(next);
  });
  buttons.delete.addEventListener('click', () => change(edit.deleteChapter(story(), selected)));
  const move = (by: -1 | 1) => {
    const next = edit.moveChapterBy(story(), selected, by);
    if (next !== story()) selected += by;
    change(next);
  };
  buttons.up.addEventListener('click', () => move(-1));
  buttons.down.addEventListener('click', () => move(1));
  buttons.undo.addEventListener('click', () => commit(undo(history)));
  buttons.redo.addEventListener('click', () => commit(redo(history)));
  buttons.discard.addEventListener('click', () => change(storyOf(model)));
  buttons.present.addEventListener('click', () => {
    store.dispatch({ type: 'setEditing', editing: false });
    show(story(), selected);
  });
  buttons.exportData.addEventListener('click', () => {
    const language = store.getState().lang;
    const bad = chaptersWithErrors(story(), context);
    if (bad.length > 0) {
      exportNote.textContent = t(language, 'editor.exportBlocked', { list: bad.join(', ') });
      return;
    }
    const json = `${JSON.stringify(datasetWithStory(model.dataset, story()), null, 2)}\n`;
    downloadBlob(new Blob([json], { type: 'application/json' }), dataFileName(new Date()));
    exportNote.textContent = t(language, 'editor.exported');
    store.dispatch({ type: 'storyExported' });
  });
  buttons.offline.addEventListener('click', () => {
    const language = store.getState().lang;
    const bad = chaptersWithErrors(story(), context);
    if (bad.length > 0) {
      exportNote.textContent = t(language, 'editor.exportBlocked', { list: bad.join(', ') });
      return;
    }
    exportNote.textContent = t(language, 'editor.offlineMaking');
    const dataset = datasetWithStory(model.dataset, story());
    void offlineFile(dataset).then((html) => {
      if (!html) {
        exportNote.textContent = t(language, 'editor.offlineMissing');
        return;
      }
      downloadBlob(new Blob([html], { type: 'text/html' }), offlineFileName(new Date()));
      exportNote.textContent = t(language, 'editor.offlineSaved');
      store.dispatch({ type: 'storyExported' });
    });
  });
  closeButton.addEventListener('click', () =>
    store.dispatch({ type: 'setEditing', editing: false }),
  );
  useView.addEventListener('click', () =>
    change(edit.updateChapter(story(), selected, { camera: viewCamera() })),
  );
  countrySelect.addEventListener('change', () =>
    change(edit.updateChapter(story(), selected, { country: countrySelect.value || null })),
  );
  dateInput.addEventListener('change', () => {
    if (dateInput.value) change(edit.updateChapter(story(), selected, { date: dateInput.value }));
  });
  for (const picker of pickers) {
    picker.box.addEventListener('change', () => {
      const checked = [...picker.box.querySelectorAll('input:checked')].map(
        (input) => (input as HTMLInputElement).value,
      );
      const patch =
        picker.field === 'corridors'
          ? {
              corridors: checked.map(
                (id) => current()?.corridors.find((c) => c.id === id) ?? { id },
              ),
            }
          : { [picker.field]: checked };
      change(edit.updateChapter(story(), selected, patch));
    });
  }
  const onKey = (event: KeyboardEvent) => {
    if (!store.getState().editing || !(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if (key !== 'z' && key !== 'y') return;
    event.preventDefault();
    commit(key === 'y' || event.shiftKey ? redo(history) : undo(history));
  };
  document.addEventListener('keydown', onKey);
  const stopStatus = options.draft.onStatus(() => render(store.getState()));

  function renderNotice(language: Lang) {
    const status = options.draft.status();
    if (status.kind === 'conflict') {
      const loadTheirs = h('button', { type: 'button' }, t(language, 'draft.loadOther'));
      const keepMine = h('button', { type: 'button' }, t(language, 'draft.keepMine'));
      loadTheirs.addEventListener('click', () => options.draft.loadTheirs());
      keepMine.addEventListener('click', () => options.draft.keepMine());
      notice.replaceChildren(h('p', {}, t(language, 'draft.conflict')), loadTheirs, keepMine);
    } else if (status.kind === 'failed') {
      notice.replaceChildren(h('p', {}, t(language, 'draft.unsaved', { reason: status.reason })));
    } else notice.replaceChildren();
  }

  function renderList(language: Lang) {
    list.replaceChildren(
      ...story().map((chapter, i) => {
        const button = h(
          'button',
          { type: 'button', 'aria-current': i === selected ? 'true' : null },
          t(language, 'editor.chapterName', {
            step: i + 1,
            title: chapter.title[language] || t(language, 'editor.untitled'),
          }),
        );
        button.addEventListener('click', () => {
          selected = i;
          show(story(), i);
          render(store.getState());
        });
        return h('li', {}, button);
      }),
    );
    if (story().length === 0) list.append(h('li', {}, t(language, 'editor.empty')));
  }

  function renderPickers(language: Lang, chapter: Chapter) {
    const options = {
      corridors: [...model.corridors.values()].map((c) => [c.id, c.name[language]] as const),
      events: [...model.events.values()].map((e) => [e.id, e.title[language]] as const),
      countries: [...model.countries.keys()].map(
        (code) => [code, countryName(model, code, language)] as const,
      ),
    };
    const chosen = {
      corridors: chapter.corridors.map((c) => c.id),
      events: chapter.events,
      countries: chapter.countries,
    };
    for (const picker of pickers) {
      picker.legend.textContent = t(language, `editor.field.${picker.field}`);
      picker.box.replaceChildren(
        ...options[picker.field].map(([value, name]) => {
          const input = h('input', { type: 'checkbox', value });
          input.checked = chosen[picker.field].includes(value);
          return h('label', {}, input, ' ', name);
        }),
      );
    }
    countrySelect.replaceChildren(
      h('option', { value: '' }, t(language, 'editor.field.none')),
      ...[...model.countries.keys()].map((code) =>
        h('option', { value: code }, countryName(model, code, language)),
      ),
    );
    countrySelect.value = chapter.country ?? '';
  }

  function renderForm(language: Lang) {
    const chapter = current();
    form.hidden = !chapter;
    if (!chapter) return;
    formHeading.textContent = t(language, 'editor.form', { step: selected + 1 });
    for (const text of texts) {
      const [part, textLang] = text.field.split('.') as ['title' | 'text' | 'notes', Lang];
      text.label.textContent = t(language, `editor.field.${text.field}`);
      // Typed text stays as typed (Persian digits included): only a different value is written back.
      if (text.control.value !== chapter[part][textLang])
        text.control.value = chapter[part][textLang];
    }
    const { center, zoom, bearing = 0, pitch = 0 } = chapter.camera;
    cameraLabel.textContent = t(language, 'editor.field.camera');
    cameraValue.textContent = t(language, 'editor.cameraValue', {
      lon: center[0],
      lat: center[1],
      zoom,
      bearing,
      pitch,
    });
    useView.textContent = t(language, 'editor.useView');
    countryLabel.textContent = t(language, 'editor.field.country');
    dateLabel.textContent = t(language, 'editor.field.date');
    if (dateInput.value !== chapter.date) dateInput.value = chapter.date;
    renderPickers(language, chapter);
    for (const element of problemSlots.values()) element.replaceChildren();
    for (const problem of validateChapter(chapter, context)) {
      problemSlots
        .get(problem.field)
        ?.append(h('li', { class: problem.level }, t(language, problem.key, problem.params)));
    }
  }

  function render(state: State) {
    const language = state.lang;
    heading.textContent = t(language, 'editor.title');
    closeButton.textContent = '×';
    closeButton.setAttribute('aria-label', t(language, 'editor.close'));
    listLabel.textContent = t(language, 'editor.chapters');
    const labels = {
      add: 'editor.add',
      duplicate: 'editor.duplicate',
      delete: 'editor.delete',
      up: 'editor.moveUp',
      down: 'editor.moveDown',
      undo: 'editor.undo',
      redo: 'editor.redo',
      discard: 'draft.discard',
      present: 'editor.present',
      exportData: 'editor.exportData',
      offline: 'editor.offline',
    } as const;
    for (const [name, key] of Object.entries(labels)) {
      buttons[name as keyof typeof labels].textContent = t(language, key);
    }
    const has = current() !== undefined;
    buttons.duplicate.disabled = buttons.delete.disabled = !has;
    buttons.up.disabled = !has || selected === 0;
    buttons.down.disabled = !has || selected >= story().length - 1;
    buttons.undo.disabled = history.past.length === 0;
    buttons.redo.disabled = history.future.length === 0;
    buttons.discard.disabled = state.story === null;
    buttons.present.disabled = !has;
    renderNotice(language);
    renderList(language);
    renderForm(language);
  }

  return {
    element,
    update(state, previous) {
      element.hidden = !state.editing;
      document.documentElement.classList.toggle('editing', state.editing);
      if (!state.editing) return;
      // A story changed elsewhere (restored, another tab's loaded) is one more step of history.
      const shown = presentedStory(model, state);
      if (shown !== story() && JSON.stringify(shown) !== JSON.stringify(story())) {
        history = record(history, shown);
      }
      const opened = !previous?.editing;
      if (opened) {
        // Open at the chapter on screen, so the map and the form agree.
        const step = state.presentation?.step ?? 1;
        selected = Math.min(Math.max(0, step - 1), Math.max(0, story().length - 1));
        show(story(), selected);
      }
      if (opened || state.lang !== previous?.lang || state.story !== previous?.story) render(state);
    },
    destroy() {
      document.removeEventListener('keydown', onKey);
      stopStatus();
      document.documentElement.classList.remove('editing');
      element.remove();
    },
  };
}

/**
 * The built site's single file (offline.html, beside index.html) with `dataset` inlined, or null
 * when this copy of the site has none (the dev server) or it cannot be read.
 */
async function offlineFile(dataset: Dataset): Promise<string | null> {
  try {
    const response = await fetch(new URL(OFFLINE_FILE, location.href), { cache: 'no-cache' });
    if (!response.ok) return null;
    const html = await response.text();
    // A dev server answers a missing file with its index.html: only the single-file build will do.
    const single = html.includes(SINGLE_FILE_MARK) && html.includes('</body>');
    return single ? withEmbeddedDataset(html, dataset) : null;
  } catch {
    return null;
  }
}
