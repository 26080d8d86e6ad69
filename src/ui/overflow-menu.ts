// The header's overflow menu: the actions that do not fit on the bar move, last first, into one menu button.

/** An overflow menu around a bar of actions; `fit()` after anything that changes their widths. */
export interface OverflowMenu {
  /** The menu button and its panel, to be placed at the end of the bar. */
  element: HTMLElement;
  /** Moves actions between the bar and the menu so the bar never overflows. */
  fit(): void;
  /** Sets the button's accessible name and text (the language changed). */
  label(text: string): void;
  close(): void;
  destroy(): void;
}

/**
 * Makes the overflow menu for `actions` (in order of importance, most important first), which live in
 * `bar` while they fit. When `container` is wider than its box, the least important action moves into
 * the menu, then the next, until it fits; the menu button shows only while it holds an action. The
 * button is a disclosure (`aria-expanded`, `aria-controls`): Enter or Space opens it, Escape closes it
 * and gives focus back, a click outside or on an action inside closes it. A ResizeObserver refits
 * when the container's size changes.
 *
 * @example
 * const menu = createOverflowMenu(header, controls, [present, share, source]);
 * controls.after(menu.element);
 */
export function createOverflowMenu(
  container: HTMLElement,
  bar: HTMLElement,
  actions: HTMLElement[],
): OverflowMenu {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'menu-button';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'header-menu');
  const icon = document.createElement('span');
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = '☰';
  const text = document.createElement('span');
  text.className = 'menu-label';
  button.append(icon, text);
  const panel = document.createElement('div');
  panel.className = 'menu-panel';
  panel.id = 'header-menu';
  panel.hidden = true;
  const element = document.createElement('div');
  element.className = 'menu';
  element.hidden = true;
  element.append(button, panel);

  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  const close = () => setOpen(false);
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    setOpen(open);
    if (open) panel.querySelector<HTMLElement>('button, select')?.focus();
  });
  panel.addEventListener('click', (event) => {
    if (event.target instanceof HTMLButtonElement) close();
  });
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || panel.hidden) return;
    // An open picker's list takes its Escape itself; one that reaches here closes the menu.
    event.stopPropagation();
    close();
    button.focus();
  };
  element.addEventListener('keydown', onKey);
  const onOutside = (event: PointerEvent) => {
    if (!panel.hidden && !element.contains(event.target as Node)) close();
  };
  document.addEventListener('pointerdown', onOutside, true);

  const overflows = () => container.scrollWidth > container.clientWidth + 1;
  const fit = () => {
    const focused = document.activeElement;
    bar.append(...actions);
    element.hidden = true;
    for (let i = actions.length - 1; i >= 0 && overflows(); i -= 1) {
      element.hidden = false;
      panel.prepend(actions[i] as HTMLElement);
    }
    if (element.hidden) close();
    if (focused instanceof HTMLElement && focused !== document.activeElement) focused.focus();
  };
  let width = -1;
  const observer = new ResizeObserver(() => {
    if (container.clientWidth === width) return;
    width = container.clientWidth;
    fit();
  });
  observer.observe(container);

  return {
    element,
    fit,
    label(label) {
      text.textContent = label;
      button.title = label;
    },
    close,
    destroy() {
      observer.disconnect();
      document.removeEventListener('pointerdown', onOutside, true);
      element.remove();
    },
  };
}
