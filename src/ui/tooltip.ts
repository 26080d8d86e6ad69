// The hover tooltip: plain text lines next to the pointer.
import type { State } from '../state/state';
import { h } from './dom';
import type { Part } from './part';

/**
 * Creates the tooltip element. `show` sets its lines as text (never HTML) and places it near the
 * pointer, inside the map's box.
 *
 * @example
 * const tooltip = createTooltip();
 * tooltip.show(['South-west corridor', '1,234 km'], 200, 120);
 */
export function createTooltip(): Part & {
  show(lines: string[], x: number, y: number): void;
  hide(): void;
} {
  const element = h('div', { class: 'tooltip', role: 'tooltip', hidden: true });
  return {
    element,
    show(lines, x, y) {
      element.replaceChildren(...lines.map((line) => h('div', {}, line)));
      element.hidden = false;
      const parent = element.offsetParent as HTMLElement | null;
      const maxX = (parent?.clientWidth ?? window.innerWidth) - element.offsetWidth - 8;
      const maxY = (parent?.clientHeight ?? window.innerHeight) - element.offsetHeight - 8;
      element.style.left = `${Math.max(8, Math.min(x + 14, maxX))}px`;
      element.style.top = `${Math.max(8, Math.min(y + 14, maxY))}px`;
    },
    hide() {
      element.hidden = true;
    },
    update(state: State) {
      // Nothing under the pointer any more (it left the map, a step began): no tooltip either.
      if (state.hover === null) element.hidden = true;
    },
    destroy() {
      element.remove();
    },
  };
}
