// The messages beside each field of the chapter form: one list per field, filled from validateChapter.
import type { Lang } from '../../i18n/format';
import { t } from '../../i18n/messages';
import type { ChapterField, ChapterProblem } from '../../story/validate-chapter';
import { h } from '../dom';

/** The problem lists of a form, one per field, made as the fields are. */
export interface ProblemSlots {
  /**
   * The (empty) list for `field`. Each of `described` (the field's control, or its fieldset) names
   * the list in `aria-describedby`, so a screen reader reads the problems with the field; a control
   * that holds a value (input, textarea, select) is also `aria-invalid` while the field has an error.
   */
  slot(field: ChapterField, ...described: HTMLElement[]): HTMLUListElement;
  /** Empties every list, then lists each of `problems` beside its field, in `lang`. */
  show(problems: readonly ChapterProblem[], lang: Lang): void;
}

/** Elements that take `aria-invalid` (ARIA allows it on these roles, not on a group or a button). */
const VALUE_CONTROLS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** Adds `id` to `element`'s `aria-describedby`, after any ids it names already. */
function describeBy(element: HTMLElement, id: string) {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  if (!ids.includes(id)) element.setAttribute('aria-describedby', [...ids, id].join(' '));
}

/**
 * Creates the problem lists of a form.
 *
 * @example
 * const problems = createProblemSlots();
 * wrap.append(input, problems.slot('date', input));
 * problems.show(validateChapter(chapter, context), 'fa');
 */
export function createProblemSlots(): ProblemSlots {
  const slots = new Map<ChapterField, { list: HTMLUListElement; controls: HTMLElement[] }>();
  return {
    slot(field, ...described) {
      const list = h('ul', {
        class: 'field-problems',
        id: `editor-problems-${field.replace('.', '-')}`,
      });
      for (const element of described) describeBy(element, list.id);
      slots.set(field, {
        list,
        controls: described.filter((element) => VALUE_CONTROLS.has(element.tagName)),
      });
      return list;
    },
    show(problems, lang) {
      for (const { list } of slots.values()) list.replaceChildren();
      const invalid = new Set<ChapterField>();
      for (const problem of problems) {
        slots
          .get(problem.field)
          ?.list.append(h('li', { class: problem.level }, t(lang, problem.key, problem.params)));
        if (problem.level === 'error') invalid.add(problem.field);
      }
      for (const [field, { controls }] of slots) {
        for (const control of controls) {
          if (invalid.has(field)) control.setAttribute('aria-invalid', 'true');
          else control.removeAttribute('aria-invalid');
        }
      }
    },
  };
}
