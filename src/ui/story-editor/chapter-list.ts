// The story editor's chapter list: select a chapter; add one from the current view, duplicate, move or delete it.
import type { Chapter } from '../../dataset';
import type { Lang } from '../../i18n/format';
import { t } from '../../i18n/messages';
import * as edit from '../../story/edit';
import { h } from '../dom';
import type { EditorActions, EditorSection, EditorView } from './section';

/** How the list moves chapters: by dragging one onto another, or Alt+↑ / Alt+↓ on its button. */
interface Mover {
  moveTo(from: number, to: number): void;
  dragging: number | null;
}

/** One entry of the list: a button that selects chapter `index`, draggable onto another entry. */
function chapterEntry(
  chapter: Chapter,
  index: number,
  view: EditorView,
  actions: EditorActions,
  mover: Mover,
): HTMLLIElement {
  const language: Lang = view.lang;
  const button = h(
    'button',
    { type: 'button', 'aria-current': index === view.selected ? 'true' : null },
    t(language, 'editor.chapterName', {
      step: index + 1,
      title: chapter.title[language] || t(language, 'editor.untitled'),
    }),
  );
  button.addEventListener('click', () => actions.select(index));
  button.addEventListener('keydown', (event) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    mover.moveTo(index, index + (event.key === 'ArrowUp' ? -1 : 1));
  });
  const item = h('li', { draggable: 'true' }, button);
  item.addEventListener('dragstart', (event) => {
    mover.dragging = index;
    event.dataTransfer?.setData('text/plain', String(index + 1));
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  });
  item.addEventListener('dragover', (event) => {
    if (mover.dragging === null) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
  });
  item.addEventListener('drop', (event) => {
    event.preventDefault();
    const from = mover.dragging;
    mover.dragging = null;
    if (from !== null) mover.moveTo(from, index);
  });
  item.addEventListener('dragend', () => (mover.dragging = null));
  return item;
}

/**
 * Creates the chapter list with its tools (add after the selected chapter from the current view,
 * duplicate, move up/down, delete). `onAdded` is told when a chapter was added, to move focus to it.
 *
 * @example
 * const list = createChapterList(actions, { date: () => store.getState().time, onAdded });
 */
export function createChapterList(
  actions: EditorActions,
  options: { date(view: EditorView): string; onAdded(): void },
): EditorSection {
  const heading = h('h3', { id: 'editor-chapters' });
  const hint = h('p', { class: 'field-hint', id: 'editor-move-hint' });
  const list = h('ol', {
    class: 'editor-list',
    'aria-labelledby': 'editor-chapters',
    'aria-describedby': 'editor-move-hint',
  });
  const buttons = {
    add: h('button', { type: 'button' }),
    duplicate: h('button', { type: 'button' }),
    up: h('button', { type: 'button' }),
    down: h('button', { type: 'button' }),
    delete: h('button', { type: 'button' }),
  };
  const tools = h('div', { class: 'editor-tools' }, ...Object.values(buttons));
  const element = h('div', { class: 'editor-chapters' }, heading, hint, list, tools);
  let view: EditorView | null = null;
  const mover: Mover = {
    dragging: null,
    moveTo(from, to) {
      if (!view || to < 0 || to >= view.story.length) return;
      const next = edit.moveChapter(view.story, from, to);
      actions.select(next === view.story ? from : to, next);
      // The list is drawn anew: focus follows the chapter moved.
      list.children[to]?.querySelector('button')?.focus();
    },
  };

  buttons.add.addEventListener('click', () => {
    if (!view) return;
    const { story, selected } = view;
    const at = story.length === 0 ? 0 : selected + 1;
    const chapter = edit.blankChapter(story, actions.camera(), options.date(view));
    actions.select(at, edit.addChapter(story, chapter, at));
    options.onAdded();
  });
  buttons.duplicate.addEventListener('click', () => {
    if (!view) return;
    const next = edit.duplicateChapter(view.story, view.selected);
    actions.select(next === view.story ? view.selected : view.selected + 1, next);
  });
  buttons.delete.addEventListener('click', () => {
    if (view) actions.change(edit.deleteChapter(view.story, view.selected));
  });
  const move = (by: -1 | 1) => {
    if (!view) return;
    const next = edit.moveChapterBy(view.story, view.selected, by);
    actions.select(next === view.story ? view.selected : view.selected + by, next);
  };
  buttons.up.addEventListener('click', () => move(-1));
  buttons.down.addEventListener('click', () => move(1));

  return {
    element,
    render(next) {
      view = next;
      const { lang, story, selected } = next;
      heading.textContent = t(lang, 'editor.chapters');
      buttons.add.textContent = t(lang, 'editor.add');
      buttons.duplicate.textContent = t(lang, 'editor.duplicate');
      buttons.up.textContent = t(lang, 'editor.moveUp');
      buttons.down.textContent = t(lang, 'editor.moveDown');
      buttons.delete.textContent = t(lang, 'editor.delete');
      const has = story[selected] !== undefined;
      buttons.duplicate.disabled = buttons.delete.disabled = !has;
      buttons.up.disabled = !has || selected === 0;
      buttons.down.disabled = !has || selected >= story.length - 1;
      hint.textContent = t(lang, 'editor.moveHint');
      const entries = story.map((chapter, i) => chapterEntry(chapter, i, next, actions, mover));
      list.replaceChildren(...entries);
      if (story.length === 0) list.append(h('li', {}, t(lang, 'editor.empty')));
    },
    destroy() {
      element.remove();
    },
  };
}
