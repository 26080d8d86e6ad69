// Undo and redo for the story editor: a history of stories, kept as pure values ({ past, present, future }).
import type { Story } from './edit';

/** What was, what is, and what was undone (most recent last in `past`, first in `future`). */
export interface History {
  readonly past: readonly Story[];
  readonly present: Story;
  readonly future: readonly Story[];
  /**
   * The group of the last edit while it may still grow (the field being typed in), or null. An edit
   * of the same group replaces the present instead of adding an undo step; see {@link record}.
   */
  readonly group: string | null;
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
  return { past: [], present, future: [], group: null };
}

/**
 * The history after an edit that gave `next`: the present joins the past, the future is dropped.
 * With a `group` (a field's name, for keystrokes), an edit of the same group as the one before it
 * replaces the present instead, so a word typed is one undo step, not one per key; any other edit,
 * an undo, a redo or {@link sealGroup} ends the group. The same history when `next` is the present
 * (an edit that changed nothing).
 *
 * @example
 * record(startHistory(a), b).present === b; // true
 * undo(record(record(startHistory(a), ab, 'title'), abc, 'title')).present === a; // true
 */
export function record(history: History, next: Story, group: string | null = null): History {
  if (next === history.present) return history;
  if (group !== null && history.group === group) {
    return { past: history.past, present: next, future: [], group };
  }
  const past = [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], group };
}

/**
 * The history with its group ended: the next edit is a step of its own, even in the same field
 * (called when focus leaves a field). The same history when no group is open.
 *
 * @example
 * undo(record(sealGroup(record(startHistory(a), ab, 'title')), abc, 'title')).present === ab; // true
 */
export function sealGroup(history: History): History {
  return history.group === null ? history : { ...history, group: null };
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
    group: null,
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
  return { past: [...history.past, history.present], present: next, future, group: null };
}
