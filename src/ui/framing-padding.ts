// How much of the map the page's panels cover, measured, so framings stay visible beside them.
import type { Padding } from '../map/map-view';

/**
 * Space to keep clear when framing: the open panel on the inline-end side (or the bottom, where it
 * is a bottom sheet), the open legend or the presenter's card on the inline-start side.
 *
 * @example
 * map.fitBounds(bounds, { padding: framingPadding(stage, panel, legend, card) });
 */
export function framingPadding(
  region: HTMLElement,
  panel: HTMLElement,
  legend: HTMLElement,
  card: HTMLElement,
): Padding {
  const padding = { top: 40, bottom: 40, left: 40, right: 40 };
  const area = region.getBoundingClientRect();
  const rtl = document.documentElement.dir === 'rtl';
  const [start, end] = rtl ? (['right', 'left'] as const) : (['left', 'right'] as const);
  // The legend and the presenter's card both sit on the start side; whichever is shown.
  const startBox = !card.hidden
    ? card.getBoundingClientRect()
    : legend.querySelector('details')?.open && legend.checkVisibility()
      ? legend.getBoundingClientRect()
      : null;
  if (startBox && startBox.width < area.width * 0.6) padding[start] += startBox.width;
  if (!panel.hidden) {
    const box = panel.getBoundingClientRect();
    if (box.width >= area.width * 0.9) padding.bottom += box.height;
    else padding[end] += box.width;
  }
  return padding;
}
