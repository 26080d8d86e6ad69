// The one place that wires state, map, UI and URL together; returns { ready, destroy }.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { AtlasModel } from './data/atlas-model';
import type { CountryShapeProperties } from './data/countries';
import { writeUrl } from './embed/url-params';
import { t } from './i18n/messages';
import type { Theme } from './layers/theme';
import { createMapView } from './map/map-view';
import type { State } from './state/state';
import type { Store } from './state/store';
import { countryName } from './ui/country-details';
import { createDetailsPanel } from './ui/details-panel';
import { h } from './ui/dom';
import { createHeader } from './ui/header';
import { createLegend } from './ui/legend';
import { createSourceDialog } from './ui/source-dialog';
import { createTooltip } from './ui/tooltip';
import { tooltipLines } from './ui/tooltip-text';

export interface AppOptions {
  root: HTMLElement;
  model: AtlasModel;
  shapes: FeatureCollection<Polygon | MultiPolygon, CountryShapeProperties>;
  store: Store;
  theme: Theme;
}

/** Query-string fields that follow the state. */
const URL_FIELDS = ['lang', 'selectedCountry', 'corridor', 'view'] as const;

/**
 * Space to keep clear when framing: the open panel on the inline-end side (or the bottom, where it
 * is a bottom sheet), the open legend on the inline-start side.
 */
function framingPadding(region: HTMLElement, panel: HTMLElement, legend: HTMLElement) {
  const padding = { top: 40, bottom: 40, left: 40, right: 40 };
  const area = region.getBoundingClientRect();
  const rtl = document.documentElement.dir === 'rtl';
  const [start, end] = rtl ? (['right', 'left'] as const) : (['left', 'right'] as const);
  if (legend.querySelector('details')?.open) padding[start] += legend.getBoundingClientRect().width;
  if (!panel.hidden) {
    const box = panel.getBoundingClientRect();
    if (box.width >= area.width * 0.9) padding.bottom += box.height;
    else padding[end] += box.width;
  }
  return padding;
}

/**
 * Mounts the whole app into `root`: header, map, legend, details panel, tooltip, source dialog.
 * Input anywhere becomes an action; every part redraws from the new state.
 *
 * @example
 * const app = mountApp({ root, model, shapes, store, theme: DEFAULT_THEME });
 * await app.ready;
 */
export function mountApp({ root, model, shapes, store, theme }: AppOptions): {
  ready: Promise<void>;
  destroy(): void;
} {
  const source = createSourceDialog(model);
  const header = createHeader(model, store, {
    onSource: () => void source.open(store.getState().lang),
  });
  const legend = createLegend(model, theme, store);
  const panel = createDetailsPanel(model, store);
  const tooltip = createTooltip();
  const announcer = h('div', { class: 'visually-hidden', 'aria-live': 'polite' });
  const mapContainer = h('div', { class: 'map', id: 'map' });
  const region = h(
    'main',
    { class: 'map-region', id: 'map-region' },
    mapContainer,
    tooltip.element,
    legend.element,
    panel.element,
  );
  root.replaceChildren(header.element, region, announcer, source.element);

  const parts = [header, legend, panel];
  const render = (state: State, previous: State | null) => {
    if (!previous || previous.lang !== state.lang) {
      document.documentElement.lang = state.lang;
      document.documentElement.dir = state.lang === 'fa' ? 'rtl' : 'ltr';
      document.title = `${model.dataset.title[state.lang]} · ${t(state.lang, 'app.name')}`;
      region.setAttribute('aria-label', t(state.lang, 'app.mapLabel'));
    }
    for (const part of parts) part.update(state, previous);
    if (previous && previous.selectedCountry !== state.selectedCountry && state.selectedCountry) {
      announcer.textContent = countryName(model, state.selectedCountry, state.lang);
    }
    if (!previous || URL_FIELDS.some((field) => previous[field] !== state[field])) {
      const search = writeUrl(location.search, state);
      if (search !== location.search)
        history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    }
  };
  render(store.getState(), null);
  const unsubscribe = store.subscribe((state, previous) => render(state, previous));

  const view = createMapView({
    container: mapContainer,
    model,
    shapes,
    store,
    theme,
    padding: () => framingPadding(region, panel.element, legend.element),
    onHover: (target, x, y) => {
      const lines = target ? tooltipLines(model, target, store.getState().lang) : [];
      if (lines.length > 0) tooltip.show(lines, x, y);
      else tooltip.hide();
    },
  });

  return {
    ready: view.ready,
    destroy() {
      unsubscribe();
      view.destroy();
      root.replaceChildren();
    },
  };
}
