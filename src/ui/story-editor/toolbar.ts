// The story editor's top: its heading and close button, the draft's status, and undo, redo, discard and present.
import type { AtlasModel } from '../../data/atlas-model';
import type { Lang } from '../../i18n/format';
import { t } from '../../i18n/messages';
import type { Store } from '../../state/store';
import { redo, undo } from '../../story/history';
import { storyOf } from '../../story/story';
import { h } from '../dom';
import type { DraftSync } from '../story-draft';
import type { EditorActions, EditorSection } from './section';

/**
 * The draft's status as a notice: another tab's save (with the two ways out) or a failure to save.
 * `chosen` is told after either way out, when its buttons are gone.
 */
function draftNotice(draft: DraftSync, language: Lang, chosen: () => void): Node[] {
  const status = draft.status();
  if (status.kind === 'conflict') {
    const loadTheirs = h('button', { type: 'button' }, t(language, 'draft.loadOther'));
    const keepMine = h('button', { type: 'button' }, t(language, 'draft.keepMine'));
    loadTheirs.addEventListener('click', () => {
      draft.loadTheirs();
      chosen();
    });
    keepMine.addEventListener('click', () => {
      draft.keepMine();
      chosen();
    });
    return [h('p', {}, t(language, 'draft.conflict')), loadTheirs, keepMine];
  }
  if (status.kind === 'failed') {
    return [h('p', {}, t(language, 'draft.unsaved', { reason: status.reason }))];
  }
  return [];
}

/**
 * Creates the editor's top: heading, close, the draft notice (a live region), and the undo, redo,
 * "Discard draft" and "Present from this chapter" buttons. `onPresent` closes the editor and
 * presents the selected chapter.
 *
 * @example
 * const toolbar = createToolbar(model, store, actions, { draft, onPresent });
 */
export function createToolbar(
  model: AtlasModel,
  store: Store,
  actions: EditorActions,
  options: { draft: DraftSync; onPresent(): void },
): EditorSection {
  // Focusable from script only: where focus goes when the notice's buttons are gone.
  const heading = h('h2', { id: 'editor-heading', tabindex: '-1' });
  const close = h('button', { type: 'button', class: 'editor-close' });
  const notice = h('div', { class: 'editor-notice', role: 'status' });
  const buttons = {
    undo: h('button', { type: 'button' }),
    redo: h('button', { type: 'button' }),
    discard: h('button', { type: 'button' }),
    present: h('button', { type: 'button' }),
  };
  close.addEventListener('click', () => store.dispatch({ type: 'setEditing', editing: false }));
  buttons.undo.addEventListener('click', () => actions.commit(undo));
  buttons.redo.addEventListener('click', () => actions.commit(redo));
  buttons.discard.addEventListener('click', () => actions.change(storyOf(model)));
  buttons.present.addEventListener('click', () => options.onPresent());
  /** The status and language the notice shows: it is drawn again only when one changes. */
  let shown: { status: ReturnType<DraftSync['status']>; lang: Lang } | null = null;
  const element = h(
    'div',
    { class: 'editor-top' },
    h('div', { class: 'editor-bar' }, heading, close),
    notice,
    h('div', { class: 'editor-tools' }, ...Object.values(buttons)),
  );

  return {
    element,
    render({ lang, state, history, story, selected }) {
      heading.textContent = t(lang, 'editor.title');
      close.textContent = '×';
      close.setAttribute('aria-label', t(lang, 'editor.close'));
      buttons.undo.textContent = t(lang, 'editor.undo');
      buttons.redo.textContent = t(lang, 'editor.redo');
      buttons.discard.textContent = t(lang, 'draft.discard');
      buttons.present.textContent = t(lang, 'editor.present');
      buttons.undo.disabled = history.past.length === 0;
      buttons.redo.disabled = history.future.length === 0;
      buttons.discard.disabled = state.story === null;
      buttons.present.disabled = story[selected] === undefined;
      // Drawn anew on every edit, the live region would say the conflict again at each keystroke
      // and a focused button in it would be lost.
      const status = options.draft.status();
      if (shown?.status !== status || shown.lang !== lang) {
        notice.replaceChildren(...draftNotice(options.draft, lang, () => heading.focus()));
        shown = { status, lang };
      }
    },
    destroy() {
      element.remove();
    },
  };
}
