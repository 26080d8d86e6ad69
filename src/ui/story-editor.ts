// The story editor: a side panel listing the chapters and a bilingual chapter form, with undo, drafts and validation.
import type { AtlasModel } from '../data/atlas-model';
import type { CameraSnapshot } from '../map/map-view';
import type { State } from '../state/state';
import type { Store } from '../state/store';
import * as edit from '../story/edit';
import type { Story } from '../story/edit';
import { record, redo, sealGroup, startHistory, undo, type History } from '../story/history';
import { presentedStory, stepAction, storyOf } from '../story/story';
import { h } from './dom';
import type { Part } from './part';
import type { DraftSync } from './story-draft';
import { createChapterForm } from './story-editor/chapter-form';
import { createChapterList } from './story-editor/chapter-list';
import { createExportTools } from './story-editor/export-tools';
import { chapterCamera, type EditorActions, type EditorView } from './story-editor/section';
import { createToolbar } from './story-editor/toolbar';

/** Ctrl+Z (undo), Ctrl+Shift+Z or Ctrl+Y (redo), ⌘ on a Mac; null for any other key. */
function historyKey(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey)) return null;
  const key = event.key.toLowerCase();
  if (key === 'y') return 'redo';
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  return null;
}

/**
 * Creates the story editor (open while `state.editing`): chapters to select, add (from the current
 * view), duplicate, delete and move; a form with title, text and notes in Persian and English side
 * by side, the camera from the current view, what is drawn, whose details open, the date. Every
 * edit is recorded for Ctrl+Z / Ctrl+Shift+Z and becomes the state's story (the draft saves it);
 * the selected chapter is shown on the map as it is edited. The sections (toolbar, exports,
 * chapter list, chapter form) draw from one view and hand their edits back here.
 *
 * @example
 * const editor = createStoryEditor(model, store, { camera: () => view.camera(), draft });
 */
export function createStoryEditor(
  model: AtlasModel,
  store: Store,
  options: { camera(): CameraSnapshot | null; draft: DraftSync },
): Part {
  let history: History = startHistory(presentedStory(model, store.getState()));
  let selected = 0;
  const story = () => history.present;
  /** Shows chapter `index` of `chapters` on the map, as presenting it would. */
  const show = (chapters: Story, index: number) => {
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
  const actions: EditorActions = {
    change(next, group) {
      if (next !== story()) commit(record(history, next, group ?? null));
    },
    seal() {
      history = sealGroup(history);
    },
    commit: (step) => commit(step(history)),
    select(index, next) {
      selected = index;
      if (next) actions.change(next);
      else {
        show(story(), index);
        render(store.getState());
      }
    },
    camera: () => chapterCamera(options.camera()),
  };
  const form = createChapterForm(model, store, actions);
  const sections = [
    createToolbar(model, store, actions, {
      draft: options.draft,
      onPresent: () => {
        store.dispatch({ type: 'setEditing', editing: false });
        show(story(), selected);
      },
    }),
    createExportTools(model, store),
    createChapterList(actions, {
      date: (view) => view.state.time ?? view.story[view.selected]?.date ?? '2024-03-20',
      onAdded: () => form.focusTitle(),
    }),
    form,
  ];
  const element = h(
    'aside',
    { class: 'story-editor', hidden: true, 'aria-labelledby': 'editor-heading' },
    ...sections.map((section) => section.element),
  );

  function render(state: State) {
    const view: EditorView = { state, lang: state.lang, history, story: story(), selected };
    for (const section of sections) section.render(view);
  }
  const onKey = (event: KeyboardEvent) => {
    const which = store.getState().editing ? historyKey(event) : null;
    if (!which) return;
    event.preventDefault();
    commit(which === 'redo' ? redo(history) : undo(history));
  };
  document.addEventListener('keydown', onKey);
  // Escape ends picking from the map before anything else (the details panel, presenting) sees it.
  const onEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !store.getState().picking) return;
    event.preventDefault();
    event.stopPropagation();
    store.dispatch({ type: 'setPicking', picking: null });
  };
  window.addEventListener('keydown', onEscape, true);
  /** A country picked from the map joins the selected chapter (or, picking one, is the one that opens). */
  const applyPick = (state: State) => {
    if (!state.pick) return;
    const { code } = state.pick;
    if (state.picking === 'country') {
      actions.change(edit.updateChapter(story(), selected, { country: code }));
      store.dispatch({ type: 'setPicking', picking: null });
    } else actions.change(edit.toggleChapterCountry(story(), selected, code));
  };
  const stopStatus = options.draft.onStatus(() => render(store.getState()));

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
      if (state.pick !== previous?.pick && previous) applyPick(state);
      const redraw = state.lang !== previous?.lang || state.picking !== previous?.picking;
      if (opened || redraw || state.story !== previous?.story) render(state);
    },
    destroy() {
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('keydown', onEscape, true);
      stopStatus();
      for (const section of sections) section.destroy();
      document.documentElement.classList.remove('editing');
      element.remove();
    },
  };
}
