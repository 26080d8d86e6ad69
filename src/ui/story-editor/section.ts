// What the story editor's sections share: the view they draw from and the edits they ask for.
import type { ChapterCamera } from '../../dataset';
import type { Lang } from '../../i18n/format';
import type { State } from '../../state/state';
import type { Story } from '../../story/edit';
import type { History } from '../../story/history';

/**
 * What a section of the editor draws: the app's state, and the editor's own (the undo history,
 * whose present is the story being edited, and the selected chapter).
 */
export interface EditorView {
  readonly state: State;
  readonly lang: Lang;
  readonly history: History;
  readonly story: Story;
  readonly selected: number;
}

/**
 * What a section may ask of the editor. Sections never change the story themselves: they hand it
 * the next story, and every section is drawn again from the new view.
 */
export interface EditorActions {
  /**
   * Records `next` as one undo step and shows it (nothing when it is the present story). With a
   * `group` (the field typed in), consecutive edits of that group make one step.
   */
  change(next: Story, group?: string): void;
  /** Ends the open group (focus left the field), so the next keystroke is a step of its own. */
  seal(): void;
  /** Replaces the history (undo, redo) and shows its present. */
  commit(history: (current: History) => History): void;
  /** Selects chapter `index` (and, with `next`, edits `next` with it selected). */
  select(index: number, next?: Story): void;
  /** The camera on screen, rounded, as a chapter keeps it. */
  camera(): ChapterCamera;
}

/**
 * A section of the editor: the `Part` contract (src/ui/part.ts) with the editor's view in place of
 * the bare state, because undo history and the selection live in the editor, not the store.
 *
 * @example
 * const list = createChapterList(model, actions);
 * list.render(view);
 */
export interface EditorSection {
  readonly element: HTMLElement;
  render(view: EditorView): void;
  destroy(): void;
}

/**
 * The camera `camera` as a chapter stores it: centre to 4 decimals, zoom to 2, angles to 1; a view
 * of Tehran when no map is on screen yet.
 *
 * @example
 * chapterCamera({ center: [51.38912, 35.6892], zoom: 4.123, bearing: 0, pitch: 0 }).zoom; // 4.12
 */
export function chapterCamera(
  camera: {
    center: readonly [number, number];
    zoom: number;
    bearing: number;
    pitch: number;
  } | null,
): ChapterCamera {
  const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
  if (!camera) return { center: [51.389, 35.689], zoom: 3 };
  return {
    center: [round(camera.center[0], 4), round(camera.center[1], 4)],
    zoom: round(camera.zoom, 2),
    bearing: round(camera.bearing, 1),
    pitch: round(camera.pitch, 1),
  };
}
