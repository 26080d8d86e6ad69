// Undo and redo for the story editor: a history of stories, kept as pure values ({ past, present, future }).
import type { Story } from './edit';

/** What was, what is, and what was undone (most recent last in `past`, first in `future`). */
export interface History {
  readonly past: readonly Story[];
  readonly present: Story;
  readonly future: readonly Story[];
}

/** How many earlier stories undo can go back to; older ones are forgotten. */
export const HISTORY_LIMIT = 200;

/**
 * A history that starts at `present`, with nothing to undo or redo.
 *
 * @example
 * startHistory(story).past.length; // 0
 */
export function startHistory(present: Story): History {
  return { past: [], present, future: [] };
}

/**
 * The history after an edit that gave `next`: the present joins the past, the future is dropped.
 * The same history when `next` is the present (an edit that changed nothing).
 *
 * @example
 * record(startHistory(a), b).present === b; // true
 */
export function record(history: History, next: Story): History {
  if (next === history.present) return history;
  const past = [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [] };
}

/**
 * The history one edit back, or the same history when there is nothing to undo.
 *
 * @example
 * undo(record(startHistory(a), b)).present === a; // true
 */
export function undo(history: History): History {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
  };
}

/**
 * The history with the last undone edit done again, or the same history when nothing was undone.
 *
 * @example
 * redo(undo(record(startHistory(a), b))).present === b; // true
 */
export function redo(history: History): History {
  const [next, ...future] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future };
}
