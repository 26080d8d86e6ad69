// Boot only: read the URL, load and check the data, mount the app; say clearly on screen if it fails.
import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/700.css';
import './styles.css';
import './print.css';
import countryList from 'virtual:atlas/countries';
import datasetJson from '../data/atlas.json';
import { indexCountries } from './data/countries';
import { modelFromJson } from './data/load-model';
import { connectBridge } from './embed/bridge';
import { followUrl } from './embed/url-bridge';
import { parseUrl, preferredLanguage, stateFromRequest } from './embed/url-params';
import { t } from './i18n/messages';
import { DEFAULT_THEME } from './layers/theme';
import { MAP_FONT } from './map/style';
import { createStore } from './state/store';
import { DEFAULT_DWELL_S, startKiosk } from './story/kiosk';
import { connectStepSync } from './story/step-sync';
import { stateAtStep, storyOf } from './story/story';
import { YEAR_1403 } from './timeline/time-scale';
import { mountSpeakerView } from './ui/speaker-view';
import { h } from './ui/dom';
import type { Lang } from './i18n/format';

const root = document.getElementById('app') as HTMLElement;

function setStatus(status: 'loading' | 'ready' | 'error') {
  document.documentElement.dataset.status = status;
}

function showError(lang: Lang, reason: string, details: string[] = []) {
  setStatus('error');
  root.replaceChildren(
    h(
      'div',
      { class: 'fatal', role: 'alert' },
      h('p', {}, t(lang, 'app.error', { reason })),
      details.length > 0 && h('ul', {}, ...details.map((line) => h('li', {}, line))),
    ),
  );
}

async function boot() {
  setStatus('loading');
  const registry = indexCountries(countryList);
  const fallbackLang = preferredLanguage(navigator.languages);
  const loaded = modelFromJson(datasetJson, registry);
  if (!loaded.ok) {
    const lines = loaded.errors.map((e) => `${e.path}: ${e.message}`);
    showError(fallbackLang, 'the dataset is invalid', lines);
    return;
  }
  const model = loaded.value;
  const steps = storyOf(model).length;
  const { request, warnings } = parseUrl(location.search, {
    isCountry: (code) => registry.has(code),
    isCorridor: (id) => model.corridors.has(id),
    steps,
    timeRange: YEAR_1403,
  });
  for (const warning of warnings) console.warn(warning);
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const store = createStore(
    stateFromRequest(request, { lang: fallbackLang, motion: !reducedMotion }, (state, step) =>
      stateAtStep(state, model, step),
    ),
  );
  const lang = store.getState().lang;
  if (request.speaker) {
    // The speaker view needs no map (and no WebGL): notes, next step, clock, kept in step.
    mountSpeakerView(root, model, store);
    connectStepSync(store, model);
    followUrl(store);
    setStatus('ready');
    return;
  }
  root.replaceChildren(h('p', { class: 'loading' }, t(lang, 'app.loading')));

  // Labels are drawn with the page's font: it must be loaded before MapLibre rasterises glyphs.
  const [{ default: shapes }, { mountApp }] = await Promise.all([
    import('virtual:atlas/country-shapes'),
    import('./app'),
    document.fonts.load(`16px ${MAP_FONT}`, 'ایران Iran'),
  ]);
  if (request.embed) document.documentElement.classList.add('embed');
  const app = mountApp({
    root,
    model,
    shapes,
    store,
    theme: DEFAULT_THEME,
    embedded: request.embed === true,
  });
  if (window.parent !== window) {
    connectBridge({
      store,
      model,
      context: {
        isCountry: (code) => registry.has(code),
        steps,
        timeRange: YEAR_1403,
      },
      origin: request.origin ?? null,
      ready: app.ready,
      host: window.parent,
    });
  }
  if (request.autoplay && steps > 0) {
    const dwell = Number(new URLSearchParams(location.search).get('dwell'));
    startKiosk(store, model, {
      loop: request.loop === true,
      dwellSeconds: Number.isFinite(dwell) && dwell >= 2 ? dwell : DEFAULT_DWELL_S,
    });
  }
  await app.ready;
  setStatus('ready');
}

boot().catch((error: unknown) => {
  console.error(error);
  showError(
    document.documentElement.lang === 'fa' ? 'fa' : 'en',
    error instanceof Error ? error.message : String(error),
  );
});
