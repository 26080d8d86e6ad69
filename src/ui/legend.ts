// The legend: what the colours, lines and points mean, and the schematic disclaimer; below it, the credits.
import type { AtlasModel } from '../data/atlas-model';
import type { Corridor, CountryRole } from '../dataset';
import { t } from '../i18n/messages';
import type { Lang } from '../i18n/format';
import { corridorColors, cssRgb, type CorridorStyle, type Theme } from '../theme';
import type { State } from '../state/state';
import type { Store } from '../state/store';
import { ANIMATE_ALL_UP_TO, ANIMATE_AT_MOST, legsAnimationPlan } from '../layers/animation-plan';
import { focusedLegs } from '../state/selectors';
import { claimElement } from './claim-mark';
import { h } from './dom';
import {
  groupingProperties,
  legendGroups,
  LEGEND_MAX_GROUP_ITEMS,
  LEGEND_MAX_GROUPS,
  type LegendGroup,
  type LegendGrouping,
} from './legend-groups';
import type { Part } from './part';
import './legend-groups.css';

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

function corridorButton(
  model: AtlasModel,
  theme: Theme,
  corridor: Corridor,
  state: State,
): HTMLElement {
  return h(
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
      // The corridor's name with its mark ("our name"): the article names no corridor.
      claimElement(
        model.dataset,
        `corridor/${corridor.id}/name`,
        corridor.name[state.lang],
        state.lang,
        {
          link: false,
        },
      ),
    ),
  );
}

/** The legend's own view of its groups: how they are made, and which are open (by key). */
interface GroupView {
  grouping: LegendGrouping;
  open: Set<string>;
}

const groupKey = (group: LegendGroup) => (group.key === null ? '\u0000none' : group.key);

function groupLabel(group: LegendGroup, grouping: LegendGrouping, lang: Lang): string {
  if (grouping.kind === 'property') return group.key ?? t(lang, 'legend.noValue');
  const names = group.corridors.slice(0, 2).map((c) => c.name[lang]);
  return names.join(lang === 'fa' ? '، ' : ', ') + (group.corridors.length > 2 ? '…' : '');
}

/** Many corridors: a picker of what to group by, then one collapsible group per colour or value. */
function groupedCorridors(
  model: AtlasModel,
  theme: Theme,
  state: State,
  view: GroupView,
): HTMLElement[] {
  const lang = state.lang;
  const corridors = [...model.corridors.values()];
  const groups =
    legendGroups(corridors, view.grouping, (c) => cssRgb(corridorColors(theme, c.id).flow)) ?? [];
  const properties = groupingProperties(corridors);
  const shown = groups.slice(0, LEGEND_MAX_GROUPS);
  const hidden = groups.slice(LEGEND_MAX_GROUPS);
  const picker =
    properties.length === 0
      ? null
      : h(
          'label',
          { class: 'legend-grouping' },
          t(lang, 'legend.groupBy'),
          ' ',
          h(
            'select',
            { name: 'legend-grouping' },
            h(
              'option',
              { value: '', selected: view.grouping.kind === 'color' },
              t(lang, 'legend.groupByColor'),
            ),
            ...properties.map((key) =>
              h(
                'option',
                {
                  value: key,
                  dir: 'auto',
                  selected: view.grouping.kind === 'property' && view.grouping.key === key,
                },
                key,
              ),
            ),
          ),
        );
  const items = shown.map((group) => {
    const key = groupKey(group);
    const open =
      view.open.has(key) || group.corridors.some((corridor) => corridor.id === state.corridor);
    const listed = group.corridors.slice(0, LEGEND_MAX_GROUP_ITEMS);
    return h(
      'li',
      {},
      h(
        'details',
        { class: 'legend-group', 'data-group': key, open },
        h(
          'summary',
          {},
          group.color ? swatch('line', group.color) : null,
          h('span', { class: 'group-label', dir: 'auto' }, groupLabel(group, view.grouping, lang)),
          ' ',
          h(
            'span',
            { class: 'group-count' },
            t(lang, 'legend.groupCount', { count: group.corridors.length }),
          ),
        ),
        h(
          'ul',
          { class: 'legend-list' },
          ...listed.map((c) => corridorButton(model, theme, c, state)),
        ),
        group.corridors.length > listed.length
          ? h(
              'p',
              { class: 'hint' },
              t(lang, 'legend.moreInGroup', { count: group.corridors.length - listed.length }),
            )
          : null,
      ),
    );
  });
  return [
    h('p', { class: 'hint' }, t(lang, 'legend.grouped', { count: corridors.length })),
    ...(picker ? [picker] : []),
    h('ul', { class: 'legend-list legend-groups' }, ...items),
    h(
      'p',
      { class: 'hint', hidden: hidden.length === 0 },
      t(lang, 'legend.moreGroups', {
        groups: hidden.length,
        count: hidden.reduce((sum, g) => sum + g.corridors.length, 0),
      }),
    ),
  ];
}

function content(model: AtlasModel, theme: Theme, state: State, view: GroupView): HTMLElement[] {
  const lang: Lang = state.lang;
  const roles = ROLES.filter((role) =>
    [...model.countries.values()].some((c) => c.roles[0] === role),
  );
  // A legend is read at a glance: above a dozen corridors they come in groups (legend-groups.ts).
  const corridors = [...model.corridors.values()];
  const grouped = legendGroups(corridors, view.grouping, () => '') !== null;
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
    ...(grouped
      ? groupedCorridors(model, theme, state, view)
      : [
          h(
            'ul',
            { class: 'legend-list' },
            ...corridors.map((corridor) => corridorButton(model, theme, corridor, state)),
          ),
        ]),
    h('p', { class: 'hint' }, t(lang, 'legend.flow')),
    // Above 60 corridors only 12 move (layers/animation-plan.ts); the legend says so.
    ...(legsAnimationPlan(focusedLegs(model, state.focus), state.corridor).thinned
      ? [
          h(
            'p',
            { class: 'hint legend-thinned' },
            t(lang, 'legend.thinned', { moving: ANIMATE_AT_MOST, limit: ANIMATE_ALL_UP_TO }),
          ),
        ]
      : []),
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
  const view: GroupView = { grouping: { kind: 'color' }, open: new Set() };
  const redraw = () => body.replaceChildren(...content(model, theme, store.getState(), view));
  // A group opened or closed by the user stays so when the legend redraws ('toggle' does not bubble).
  body.addEventListener(
    'toggle',
    (event) => {
      const group =
        event.target instanceof HTMLDetailsElement ? event.target.dataset.group : undefined;
      if (group === undefined) return;
      if ((event.target as HTMLDetailsElement).open) view.open.add(group);
      else view.open.delete(group);
    },
    true,
  );
  body.addEventListener('change', (event) => {
    if (!(event.target instanceof HTMLSelectElement) || event.target.name !== 'legend-grouping')
      return;
    const key = event.target.value;
    view.grouping = key === '' ? { kind: 'color' } : { kind: 'property', key };
    view.open.clear();
    redraw();
    body.querySelector<HTMLSelectElement>('select[name="legend-grouping"]')?.focus();
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
      body.replaceChildren(...content(model, theme, state, view));
    },
    destroy() {
      element.remove();
    },
  };
}
