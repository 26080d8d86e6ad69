// The story editor's chapter form: title, text and notes in Persian and English side by side, camera, pickers, date.
import type { AtlasModel } from '../../data/atlas-model';
import type { Chapter } from '../../dataset';
import {
  formatGregorianInterval,
  formatJalaliDate,
  toPersianDigits,
  type Lang,
} from '../../i18n/format';
import { maybeIsoDate } from '../../i18n/iso-date';
import { t } from '../../i18n/messages';
import { jalaliDayText, parseTypedDate } from '../../i18n/typed-date';
import type { Store } from '../../state/store';
import * as edit from '../../story/edit';
import { chapterContext, validateChapter } from '../../story/validate-chapter';
import { h, langAttributes } from '../dom';
import { createPickers } from './pickers';
import { createProblemSlots, type ProblemSlots } from './problems';
import type { EditorActions, EditorSection, EditorView } from './section';

type TextPart = 'title' | 'text' | 'notes';
type TextField = `${TextPart}.${Lang}`;
const TEXT_FIELDS: readonly TextField[] = [
  'title.fa',
  'title.en',
  'text.fa',
  'text.en',
  'notes.fa',
  'notes.en',
];

/** One labelled text control, in its own language and direction, with its problems below. */
function textControl(field: TextField, problems: ProblemSlots, onInput: (value: string) => void) {
  const [part, lang] = field.split('.') as [TextPart, Lang];
  const id = `editor-${part}-${lang}`;
  const label = h('label', { for: id });
  const control =
    part === 'title'
      ? h('input', { id, type: 'text', ...langAttributes(lang) })
      : h('textarea', { id, rows: part === 'text' ? 5 : 3, ...langAttributes(lang) });
  const slot = problems.slot(field, control);
  control.addEventListener('input', () => onInput(control.value));
  return {
    field,
    part,
    lang,
    label,
    control,
    wrap: h('div', { class: `field field-${part}` }, label, control, slot),
  };
}
type TextControl = ReturnType<typeof textControl>;

/** Draws the texts of `chapter` into their controls; typed text (Persian digits too) stays as typed. */
function renderTexts(texts: readonly TextControl[], chapter: Chapter, language: Lang) {
  for (const text of texts) {
    text.label.textContent = t(language, `editor.field.${text.field}`);
    const value = chapter[text.part][text.lang];
    if (text.control.value !== value) text.control.value = value;
  }
}

/** The camera row: where the chapter looks, and "Use the current view". */
function cameraRow(problems: ProblemSlots, onUseView: () => void) {
  const label = h('span', { class: 'field-label', id: 'editor-camera-label' });
  // In the page's direction: the Persian wording of the value reads right to left.
  const value = h('output', { 'aria-labelledby': 'editor-camera-label' });
  const button = h('button', { type: 'button', class: 'use-view' });
  button.addEventListener('click', onUseView);
  const element = h(
    'div',
    { class: 'field' },
    label,
    ' ',
    value,
    ' ',
    button,
    problems.slot('camera', button),
  );
  return {
    element,
    render(chapter: Chapter, language: Lang) {
      const { center, zoom, bearing = 0, pitch = 0 } = chapter.camera;
      label.textContent = t(language, 'editor.field.camera');
      value.textContent = t(language, 'editor.cameraValue', {
        lon: center[0],
        lat: center[1],
        zoom,
        bearing,
        pitch,
      });
      button.textContent = t(language, 'editor.useView');
    },
  };
}

/** What the date field says beside itself: the day in the other calendar, or why it is not a day. */
function otherCalendar(text: string, language: Lang): string {
  const typed = parseTypedDate(text);
  if (!typed.ok) {
    return typed.reason === 'form'
      ? t(language, 'editor.dateForm')
      : t(language, 'editor.dateDay', { value: text.trim() });
  }
  const { iso, calendar } = typed.value;
  return calendar === 'jalali'
    ? t(language, 'editor.dateGregorian', { date: formatGregorianInterval(iso, iso, language) })
    : t(language, 'editor.dateJalali', { date: formatJalaliDate(iso, language) });
}

/** The chapter's date as the field first shows it: Jalali in Persian digits in fa, ISO in en. */
function dateText(iso: string, language: Lang): string {
  if (maybeIsoDate(iso) === null) return iso;
  return language === 'fa' ? toPersianDigits(jalaliDayText(iso)) : iso;
}

/**
 * The timeline date row: a text field that takes a Jalali or a Gregorian day (Persian digits too),
 * kept as typed, with the other calendar said beside it. Only a real day changes the chapter.
 */
function dateRow(problems: ProblemSlots, onDate: (iso: string) => void) {
  const label = h('label', { for: 'editor-date' });
  const hint = h('span', { class: 'field-hint', id: 'editor-date-hint' });
  const other = h('output', { class: 'field-other', id: 'editor-date-other', for: 'editor-date' });
  const input = h('input', {
    id: 'editor-date',
    type: 'text',
    autocomplete: 'off',
    dir: 'ltr',
    'aria-describedby': 'editor-date-hint editor-date-other',
  });
  const slot = problems.slot('date', input);
  let language: Lang = 'en';
  input.addEventListener('input', () => {
    other.textContent = otherCalendar(input.value, language);
    const typed = parseTypedDate(input.value);
    if (typed.ok) onDate(typed.value.iso);
  });
  const element = h('div', { class: 'field' }, label, hint, input, ' ', other, slot);
  return {
    element,
    render(chapter: Chapter, lang: Lang) {
      language = lang;
      label.textContent = t(lang, 'editor.field.date');
      hint.textContent = t(lang, 'editor.dateHint');
      input.lang = lang;
      // What is being typed stays as typed; a field showing another day is written afresh.
      const typed = parseTypedDate(input.value);
      const same = typed.ok && typed.value.iso === chapter.date;
      if (!same && document.activeElement !== input) input.value = dateText(chapter.date, lang);
      other.textContent = otherCalendar(input.value, lang);
    },
  };
}

/**
 * Creates the form of the selected chapter; every field is labelled and says its problems beside
 * it, in the interface language. Hidden when the story has no chapter.
 *
 * @example
 * const form = createChapterForm(model, store, actions);
 * form.render(view);
 * form.focusFirst();
 */
export function createChapterForm(
  model: AtlasModel,
  store: Store,
  actions: EditorActions,
): EditorSection & { focusTitle(): void } {
  const context = chapterContext(model);
  const problems = createProblemSlots();
  let view: EditorView | null = null;
  /** Changes the selected chapter; keystrokes in one field (`field`) of it make one undo step. */
  const update = (patch: (chapter: Chapter) => edit.ChapterPatch, field?: string) => {
    const chapter = view?.story[view.selected];
    if (!view || !chapter) return;
    const next = edit.updateChapter(view.story, view.selected, patch(chapter));
    actions.change(next, field === undefined ? undefined : `${chapter.id}:${field}`);
  };
  const texts = TEXT_FIELDS.map((field) =>
    textControl(field, problems, (value) => {
      const [part, lang] = field.split('.') as [TextPart, Lang];
      update((chapter) => ({ [part]: { ...chapter[part], [lang]: value } }), field);
    }),
  );
  const camera = cameraRow(problems, () => update(() => ({ camera: actions.camera() })));
  const pickers = createPickers(model, store, actions, problems);
  const date = dateRow(problems, (iso) => update(() => ({ date: iso }), 'date'));
  const heading = h('h3', { id: 'editor-form-heading' });
  const pair = (part: TextPart) =>
    h('div', { class: 'field-pair' }, ...texts.filter((x) => x.part === part).map((x) => x.wrap));
  const element = h(
    'form',
    { class: 'editor-form', 'aria-labelledby': 'editor-form-heading' },
    heading,
    pair('title'),
    pair('text'),
    pair('notes'),
    camera.element,
    pickers.element,
    date.element,
  );
  element.addEventListener('submit', (event) => event.preventDefault());
  element.addEventListener('focusout', () => actions.seal());

  return {
    element,
    render(next) {
      view = next;
      const chapter = next.story[next.selected];
      element.hidden = !chapter;
      if (!chapter) return;
      const language = next.lang;
      heading.textContent = t(language, 'editor.form', { step: next.selected + 1 });
      renderTexts(texts, chapter, language);
      camera.render(chapter, language);
      pickers.render(next);
      date.render(chapter, language);
      problems.show(validateChapter(chapter, context), language);
    },
    focusTitle() {
      texts[1]?.control.focus();
    },
    destroy() {
      pickers.destroy();
      element.remove();
    },
  };
}
