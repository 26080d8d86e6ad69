// The messages beside each field of the chapter form: one list per field, filled from validateChapter.
import type { Lang } from '../../i18n/format';
import { t } from '../../i18n/messages';
import type { ChapterField, ChapterProblem } from '../../story/validate-chapter';
import { h } from '../dom';

/** The problem lists of a form, one per field, made as the fields are. */
export interface ProblemSlots {
  /** The (empty) list for `field`, with an id a control can name in `aria-describedby`. */
  slot(field: ChapterField): HTMLUListElement;
  /** Empties every list, then lists each of `problems` beside its field, in `lang`. */
  show(problems: readonly ChapterProblem[], lang: Lang): void;
}

/**
 * Creates the problem lists of a form.
 *
 * @example
 * const problems = createProblemSlots();
 * wrap.append(problems.slot('date'));
 * problems.show(validateChapter(chapter, context), 'fa');
 */
export function createProblemSlots(): ProblemSlots {
  const slots = new Map<ChapterField, HTMLUListElement>();
  return {
    slot(field) {
      const element = h('ul', {
        class: 'field-problems',
        id: `editor-problems-${field.replace('.', '-')}`,
      });
      slots.set(field, element);
      return element;
    },
    show(problems, lang) {
      for (const element of slots.values()) element.replaceChildren();
      for (const problem of problems) {
        slots
          .get(problem.field)
          ?.append(h('li', { class: problem.level }, t(lang, problem.key, problem.params)));
      }
    },
  };
}
