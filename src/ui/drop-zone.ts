// Files dragged over the map: an overlay says to drop them; a dropped file goes to `onFile`.
import { t } from '../i18n/messages';
import type { Lang } from '../i18n/format';
import { h } from './dom';
import type { Part } from './part';

/**
 * Makes `stage` take dropped files. Its element is the overlay shown while files are dragged over;
 * `destroy` stops listening on the stage.
 *
 * @example
 * const drops = createDropZone(stage, (file) => session.loadFile(file));
 * stage.append(drops.element);
 */
export function createDropZone(stage: HTMLElement, onFile: (file: File) => void): Part {
  const element = h('div', { class: 'drop-overlay', hidden: true });
  const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  let lang: Lang = 'en';
  let depth = 0;
  const enter = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth += 1;
    element.textContent = t(lang, 'data.drop');
    element.hidden = false;
  };
  const over = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };
  const leave = () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) element.hidden = true;
  };
  const drop = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth = 0;
    element.hidden = true;
    const file = event.dataTransfer?.files[0];
    if (file) onFile(file);
  };
  const listeners = { dragenter: enter, dragover: over, dragleave: leave, drop } as const;
  for (const [type, listener] of Object.entries(listeners)) {
    stage.addEventListener(type, listener as EventListener);
  }
  return {
    element,
    update(state) {
      lang = state.lang;
    },
    destroy() {
      for (const [type, listener] of Object.entries(listeners)) {
        stage.removeEventListener(type, listener as EventListener);
      }
      element.remove();
    },
  };
}
