// The details as a bottom sheet on phones: a handle that expands it, collapses it, or (dragged down) dismisses it.
import { h } from './dom';

/** The sheet's handle; it shows only where the panel is a bottom sheet (styles.css, narrow screens). */
export interface SheetHandle {
  element: HTMLButtonElement;
  /** Sets the handle's accessible name from the current state ("Expand details" / "Collapse details"). */
  label(expand: string, collapse: string): void;
  /** Back to the half-height sheet (a new country opened). */
  reset(): void;
  destroy(): void;
}

/** How far, in CSS pixels, a drag must go to count as one (shorter is a tap). */
const DRAG_PX = 40;

/**
 * Makes the handle of `sheet`: a tap (or Enter/Space) toggles between half and full height
 * (`data-expanded` on the sheet, `aria-expanded` on the handle); dragged up it expands, dragged
 * down it collapses, or calls `onDismiss` when already collapsed.
 *
 * @example
 * const handle = createSheetHandle(panel, () => store.dispatch({ type: 'clearSelection' }));
 * panel.prepend(handle.element);
 */
export function createSheetHandle(sheet: HTMLElement, onDismiss: () => void): SheetHandle {
  const element = h('button', {
    type: 'button',
    class: 'sheet-handle',
    'aria-expanded': 'false',
  }) as HTMLButtonElement;
  element.append(h('span', { 'aria-hidden': 'true' }));
  const labels = { expand: '', collapse: '' };
  const set = (expanded: boolean) => {
    sheet.toggleAttribute('data-expanded', expanded);
    element.setAttribute('aria-expanded', String(expanded));
    const name = expanded ? labels.collapse : labels.expand;
    element.setAttribute('aria-label', name);
    element.title = name;
  };
  const expanded = () => sheet.hasAttribute('data-expanded');
  let start: number | null = null;
  let dragged = false;
  element.addEventListener('pointerdown', (event) => {
    start = event.clientY;
    dragged = false;
    element.setPointerCapture(event.pointerId);
  });
  element.addEventListener('pointermove', (event) => {
    if (start !== null && Math.abs(event.clientY - start) > DRAG_PX) dragged = true;
  });
  element.addEventListener('pointerup', (event) => {
    if (start === null) return;
    const dy = event.clientY - start;
    start = null;
    if (!dragged) return;
    if (dy < 0) set(true);
    else if (expanded()) set(false);
    else onDismiss();
  });
  element.addEventListener('pointercancel', () => (start = null));
  element.addEventListener('click', () => {
    // A drag ends in a click too; only a tap (or the keyboard) toggles.
    if (dragged) {
      dragged = false;
      return;
    }
    set(!expanded());
  });
  return {
    element,
    label(expand, collapse) {
      labels.expand = expand;
      labels.collapse = collapse;
      set(expanded());
    },
    reset: () => set(false),
    destroy: () => element.remove(),
  };
}
