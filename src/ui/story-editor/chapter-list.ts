// The story editor's chapter list: select a chapter; add one from the current view, duplicate, move or delete it.
import type { Chapter } from '../../dataset';
import type { Lang } from '../../i18n/format';
import { t } from '../../i18n/messages';
import * as edit from '../../story/edit';
import { h } from '../dom';
import type { EditorActions, EditorSection, EditorView } from './section';

/** One entry of the list: a button that selects chapter `index`. */
function chapterEntry(
  chapter: Chapter,
  index: number,
  view: EditorView,
  actions: EditorActions,
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
  return h('li', {}, button);
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
  const list = h('ol', { class: 'editor-list', 'aria-labelledby': 'editor-chapters' });
  const buttons = {
    add: h('button', { type: 'button' }),
    duplicate: h('button', { type: 'button' }),
    up: h('button', { type: 'button' }),
    down: h('button', { type: 'button' }),
    delete: h('button', { type: 'button' }),
  };
  const tools = h('div', { class: 'editor-tools' }, ...Object.values(buttons));
  const element = h('div', { class: 'editor-chapters' }, heading, list, tools);
  let view: EditorView | null = null;

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
      list.replaceChildren(...story.map((chapter, i) => chapterEntry(chapter, i, next, actions)));
      if (story.length === 0) list.append(h('li', {}, t(lang, 'editor.empty')));
    },
    destroy() {
      element.remove();
    },
  };
}
