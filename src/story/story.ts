// The story: chapters of the dataset, and the pure step → action function presenter mode plays.
import type { AtlasModel } from '../data/atlas-model';
import type { Chapter } from '../dataset';
import { chapterFocus, reduce, type Action, type State } from '../state/state';

/**
 * The dataset's chapters, or an empty list when it has no story.
 *
 * @example
 * storyOf(model).length; // 17
 */
export function storyOf(model: AtlasModel): readonly Chapter[] {
  return model.dataset.story ?? [];
}

/**
 * The story presented now: the edited draft in `state` when there is one, else the dataset's.
 *
 * @example
 * presentedStory(model, store.getState()).length; // 5 after an edit down to five steps
 */
export function presentedStory(
  model: AtlasModel,
  state: { story: { chapters: readonly Chapter[] } | null },
): readonly Chapter[] {
  return state.story?.chapters ?? storyOf(model);
}

/**
 * A step number kept inside the story: 1 … number of chapters.
 *
 * @example
 * clampStep(model, 99); // the last step
 */
export function clampStep(
  model: AtlasModel,
  step: number,
  story: readonly Chapter[] = storyOf(model),
): number {
  const count = story.length;
  return Math.min(Math.max(1, Math.round(step)), Math.max(1, count));
}

/**
 * The action that shows step `step` (1-based, clamped) of `story` (the dataset's when absent): the
 * chapter with what it draws resolved against the model. Null when the story is empty.
 *
 * @example
 * store.dispatch(stepAction(model, 3)!);
 */
export function stepAction(
  model: AtlasModel,
  step: number,
  story: readonly Chapter[] = storyOf(model),
): Action | null {
  if (story.length === 0) return null;
  const n = clampStep(model, step, story);
  const chapter = story[n - 1] as Chapter;
  const legsOf = (id: string) => model.corridors.get(id)?.legs.map((leg) => leg.id) ?? [];
  return { type: 'goToStep', step: n, chapter, focus: chapterFocus(chapter, legsOf) };
}

/**
 * The state at step `step` from `state`: what a presenter sees there, however they got there.
 *
 * @example
 * stateAtStep(initialState('en'), model, 7).presentation?.step; // 7
 */
export function stateAtStep(state: State, model: AtlasModel, step: number): State {
  const action = stepAction(model, step, presentedStory(model, state));
  return action ? reduce(state, action) : state;
}

/**
 * Which step kiosk play shows after `step`: the next, or the first again with `loop`, or null at
 * the end.
 *
 * @example
 * nextKioskStep(17, 17, true); // 1
 */
export function nextKioskStep(step: number, steps: number, loop: boolean): number | null {
  if (step < steps) return step + 1;
  return loop && steps > 0 ? 1 : null;
}

/**
 * Shows step `step` (1-based, clamped) of the presented story (see {@link presentedStory}) on
 * `store`: the one way every control (buttons, keys, the speaker window, kiosk play, a host's
 * `goToStep`) moves the presentation. Does nothing when the story is empty.
 *
 * @example
 * goToStep(store, model, 1); // starts presenting
 */
export function goToStep(
  store: { dispatch(action: Action): void; getState(): State },
  model: AtlasModel,
  step: number,
) {
  const action = stepAction(model, step, presentedStory(model, store.getState()));
  if (action) store.dispatch(action);
}
