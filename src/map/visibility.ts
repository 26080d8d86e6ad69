// Whether an element can be seen: the tab is shown and the element is on screen (an embed scrolled away is not).

/**
 * Calls `onChange(visible)` whenever the element starts or stops being visible to the user: the
 * page is hidden (another tab, a minimised window) or the element is scrolled out of the viewport
 * (an embed in a long briefing page). Called once at the start with the current answer. Returns the
 * function that stops watching.
 *
 * @example
 * const stop = watchVisibility(mapContainer, (visible) => (visible ? play() : pause()));
 */
export function watchVisibility(
  element: Element,
  onChange: (visible: boolean) => void,
): () => void {
  let onScreen = true;
  let last: boolean | null = null;
  const report = () => {
    const visible = onScreen && document.visibilityState !== 'hidden';
    if (visible === last) return;
    last = visible;
    onChange(visible);
  };
  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => {
          const entry = entries.at(-1);
          if (!entry) return;
          onScreen = entry.isIntersecting;
          report();
        })
      : null;
  observer?.observe(element);
  document.addEventListener('visibilitychange', report);
  report();
  return () => {
    observer?.disconnect();
    document.removeEventListener('visibilitychange', report);
  };
}
