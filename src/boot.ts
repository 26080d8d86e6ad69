// Boot: read the URL, load and check the data, mount the app; say clearly on screen if it fails.
// Loaded by main.ts once the poster is on screen.
import countryList from 'virtual:atlas/countries';
import datasetJson from '../data/atlas.json';
import site from 'virtual:atlas/site';
import { indexCountries } from './data/countries';
import { modelFromJson } from './data/load-model';
import { EMBEDDED_DATASET_ID, readEmbeddedDataset } from './export/offline-file';
import { parseUrl, preferredLanguage, stateFromRequest } from './embed/url-params';
import { t } from './i18n/messages';
import { DEFAULT_THEME } from './theme';
import { createStore } from './state/store';
import { DEFAULT_DWELL_S } from './ui/kiosk';
import { stateAtStep, storyOf } from './story/story';
import { readStoredDraft } from './ui/story-draft';
import { mountSpeakerView } from './ui/speaker-view';
import { h } from './ui/dom';
import type { Lang } from './i18n/format';
import { reduce, type DataSource, type State } from './state/state';
import type { DataReport } from './ui/data-dialog';
import { showUrlNotice } from './ui/url-notice';

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

/**
 * What the map needs besides the data: the country shapes and the app (which draws the SVG map at
 * once, and loads MapLibre, deck.gl and the font for the WebGL map after it). Asked for as soon as
 * the poster is painted, so they download and parse while the dataset is checked.
 */
function loadMapParts() {
  // The WebGL map's code (MapLibre, deck.gl) is fetched alongside, not after the SVG map is up: it
  // is what the complete frame waits for. The app asks for it again when it makes that view.
  void import('./map/webgl-view').catch(() => {});
  return Promise.all([import('virtual:atlas/country-shapes'), import('./app')]);
}

async function boot() {
  setStatus('loading');
  const mapParts = loadMapParts();
  // Awaited only on the way to the map; a failure before that is reported by what fails there.
  mapParts.catch(() => {});
  const registry = indexCountries(countryList);
  const fallbackLang = preferredLanguage(navigator.languages);
  // An offline file made by the story editor carries its own dataset (export/offline-file.ts).
  const embedded = readEmbeddedDataset(document.getElementById(EMBEDDED_DATASET_ID)?.textContent);
  if (embedded && !embedded.ok) {
    showError(fallbackLang, 'the dataset inlined in this file is not JSON', [embedded.error]);
    return;
  }
  const loaded = modelFromJson(embedded ? embedded.value : datasetJson, registry);
  if (!loaded.ok) {
    const lines = loaded.errors.map((e) => `${e.path}: ${e.message}`);
    showError(fallbackLang, 'the dataset is invalid', lines);
    return;
  }
  const defaultModel = loaded.value;
  let model = defaultModel;
  let dataSource: DataSource = { kind: 'default' };

  // ?data=URL: another dataset instead of the default, when anything of it can be shown; its
  // problems (or why nothing was loaded) are listed once the map is up.
  const dataParam = new URLSearchParams(location.search).get('data');
  let dataReport: DataReport | null = null;
  if (dataParam !== null) {
    root.replaceChildren(h('p', { class: 'loading' }, t(fallbackLang, 'data.progress.fetching')));
    const { loadUrlDataset } = await import('./data-session');
    const fromUrl = await loadUrlDataset(dataParam, {
      registry,
      allowedOrigins: site.dataOrigins,
    });
    if (fromUrl.model) {
      model = fromUrl.model;
      dataSource = { kind: 'url', url: dataParam };
    }
    if (!fromUrl.model || fromUrl.report.result.problems.length > 0) dataReport = fromUrl.report;
  }

  // The story draft kept in this browser for this dataset is what is presented (the header says so).
  const draft = readStoredDraft(model.dataset);
  const withDraft = (state: State): State =>
    draft
      ? reduce(state, { type: 'setStory', chapters: draft.chapters, exported: draft.exported })
      : state;
  const { request, warnings, ignored } = parseUrl(location.search, {
    isCountry: (code) => registry.has(code),
    isCorridor: (id) => model.corridors.has(id),
    steps: draft ? draft.chapters.length : storyOf(model).length,
    timeRange: model.timeline,
  });
  for (const warning of warnings) console.warn(warning);
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const store = createStore({
    ...withDraft(
      stateFromRequest(request, { lang: fallbackLang, motion: !reducedMotion }, (state, step) =>
        stateAtStep(withDraft(state), model, step),
      ),
    ),
    dataSource,
  });
  const lang = store.getState().lang;
  if (request.speaker) {
    // The speaker view needs no map (and no WebGL): notes, next step, clock, kept in step.
    mountSpeakerView(root, model, store);
    setStatus('ready');
    return;
  }
  // The build's poster (header, map and legend of the default view) stays until the app mounts.

  const [{ default: shapes }, { mountApp }] = await mapParts;
  if (request.embed) document.documentElement.classList.add('embed');
  const dwell = Number(new URLSearchParams(location.search).get('dwell'));
  const app = mountApp({
    root,
    model,
    defaultModel,
    registry,
    shapes,
    store,
    theme: DEFAULT_THEME,
    embedded: request.embed === true,
    host:
      window.parent !== window ? { window: window.parent, origin: request.origin ?? null } : null,
    kiosk: request.autoplay
      ? {
          loop: request.loop === true,
          dwellSeconds: Number.isFinite(dwell) && dwell >= 2 ? dwell : DEFAULT_DWELL_S,
        }
      : null,
    dataReport,
  });
  await app.ready;
  setStatus('ready');
  if (ignored.length > 0) showUrlNotice(lang, ignored);
}

/** Boots the app; whatever fails is said on screen, in the page's language. */
export function start(): Promise<void> {
  return boot().catch((error: unknown) => {
    console.error(error);
    showError(
      document.documentElement.lang === 'fa' ? 'fa' : 'en',
      error instanceof Error ? error.message : String(error),
    );
  });
}
