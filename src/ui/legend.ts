// The legend: what the colours, lines and points mean, and the schematic disclaimer; below it, the credits.
import type { AtlasModel } from '../data/atlas-model';
import type { CountryRole } from '../dataset';
import { t } from '../i18n/messages';
import type { Lang } from '../i18n/format';
import { corridorColors, cssRgb, type CorridorStyle, type Theme } from '../theme';
import type { State } from '../state/state';
import type { Store } from '../state/store';
import { claimElement } from './claim-mark';
import { h } from './dom';
import type { Part } from './part';

/** Corridors listed in the legend; the rest are counted (all are in "Map as text"). */
const LEGEND_CORRIDORS = 12;

const ROLES: CountryRole[] = ['iran', 'partner', 'transit', 'destination'];

function swatch(kind: 'fill' | 'line' | 'point' | 'arc', color: string): HTMLElement {
  const element = h('span', { class: `swatch swatch-${kind}`, 'aria-hidden': 'true' });
  element.style.setProperty('--swatch', color);
  return element;
}

/** A corridor's swatch: its colour in its dash pattern, as the map draws it (4 px line). */
function lineSwatch(style: CorridorStyle): HTMLElement {
  const element = swatch('line', cssRgb(style.flow));
  const [dash, gap] = style.dash.map((n) => n * 4);
  if (dash && gap) {
    element.style.setProperty(
      'background',
      `repeating-linear-gradient(to right, var(--swatch) 0 ${dash}px, transparent ${dash}px ${dash + gap}px)`,
    );
  }
  return element;
}

function content(model: AtlasModel, theme: Theme, state: State): HTMLElement[] {
  const lang: Lang = state.lang;
  const roles = ROLES.filter((role) =>
    [...model.countries.values()].some((c) => c.roles[0] === role),
  );
  // A legend is read at a glance: a large user dataset lists its first corridors and a count.
  const corridors = [...model.corridors.values()];
  const shown = corridors.slice(0, LEGEND_CORRIDORS);
  const corridorButtons = shown.map((corridor) =>
    h(
      'li',
      {},
      h(
        'button',
        {
          type: 'button',
          class: 'corridor-toggle',
          'data-corridor': corridor.id,
          'aria-pressed': String(state.corridor === corridor.id),
        },
        lineSwatch(corridorColors(theme, corridor.id)),
        claimElement(model.dataset, `corridor/${corridor.id}/name`, corridor.name[lang], lang, {
          link: false,
        }),
      ),
    ),
  );
  return [
    h('h2', {}, t(lang, 'legend.countries')),
    h(
      'ul',
      { class: 'legend-list' },
      ...roles.map((role) =>
        h('li', {}, swatch('fill', theme.roles[role]), t(lang, `role.${role}`)),
      ),
    ),
    h('h2', {}, t(lang, 'legend.corridors')),
    h('ul', { class: 'legend-list' }, ...corridorButtons),
    h(
      'p',
      { class: 'hint', hidden: corridors.length <= shown.length },
      t(lang, 'legend.moreCorridors', { count: corridors.length - shown.length }),
    ),
    h('p', { class: 'hint' }, t(lang, 'legend.flow')),
    // Moving content can be paused (WCAG 2.2.2); reduced motion starts it paused.
    h(
      'button',
      { type: 'button', class: 'motion-toggle', 'aria-pressed': String(!state.motion) },
      t(lang, 'legend.pauseMotion'),
    ),
    h(
      'ul',
      { class: 'legend-list' },
      h('li', {}, swatch('point', cssRgb(theme.meeting.fill)), t(lang, 'legend.meeting')),
      h('li', {}, swatch('arc', cssRgb(theme.trip.target)), t(lang, 'legend.trip')),
    ),
    h('p', { class: 'disclaimer' }, t(lang, 'disclaimer')),
  ];
}

/**
 * Creates the legend, a native `<details>` (folded at first on a small screen), and under it the
 * attribution, which stays visible when the legend is folded. Corridor entries are toggle buttons
 * that highlight one corridor.
 *
 * @example
 * const legend = createLegend(model, DEFAULT_THEME, store);
 */
export function createLegend(model: AtlasModel, theme: Theme, store: Store): Part {
  const summary = h('summary', {});
  const body = h('div', { class: 'legend-body' });
  const roomy = window.innerWidth >= 700 && window.innerHeight >= 560;
  const details = h('details', { class: 'legend', open: roomy }, summary, body);
  const credit = h('p', { class: 'attribution' });
  const element = h('div', { class: 'legend-area' }, details, credit);
  body.addEventListener('click', (event) => {
    if ((event.target as Element).closest('.motion-toggle')) {
      store.dispatch({ type: 'setMotion', motion: !store.getState().motion });
      return;
    }
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-corridor]');
    if (!button) return;
    const id = button.dataset.corridor ?? null;
    store.dispatch({
      type: 'highlightCorridor',
      corridor: store.getState().corridor === id ? null : id,
    });
  });
  return {
    element,
    update(state, previous) {
      if (
        previous &&
        previous.lang === state.lang &&
        previous.corridor === state.corridor &&
        previous.motion === state.motion
      ) {
        return;
      }
      summary.textContent = t(state.lang, 'legend.heading');
      credit.textContent = t(state.lang, 'attribution');
      body.replaceChildren(...content(model, theme, state));
    },
    destroy() {
      element.remove();
    },
  };
}
