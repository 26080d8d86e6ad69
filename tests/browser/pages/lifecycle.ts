// A test page (served by the dev server only): mounts and destroys the app twice and reports what
// it left behind on the window and the document (listeners, timers, channels, observers, subscribers).
import '../../../src/styles.css';

type Key = string;
const keyOf = (target: EventTarget, type: string, listener: unknown, options: unknown) => {
  const capture =
    typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean })?.capture);
  const where =
    target === window
      ? 'window'
      : target === document
        ? 'document'
        : target === document.documentElement
          ? 'html'
          : target === document.body
            ? 'body'
            : null;
  if (!where || typeof listener !== 'function') return null;
  return { key: `${where} ${type}${capture ? ' (capture)' : ''}`, id: listener };
};
// Listeners are counted per target and type; the same function added twice counts once, as the DOM does.
const registered = new Map<Key, Set<unknown>>();
const add = EventTarget.prototype.addEventListener;
const remove = EventTarget.prototype.removeEventListener;
EventTarget.prototype.addEventListener = function (
  type: string,
  listener: unknown,
  options?: unknown,
) {
  const k = keyOf(this, type, listener, options);
  if (k) (registered.get(k.key) ?? registered.set(k.key, new Set()).get(k.key))?.add(k.id);
  return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
};
EventTarget.prototype.removeEventListener = function (
  type: string,
  listener: unknown,
  options?: unknown,
) {
  const k = keyOf(this, type, listener, options);
  if (k) registered.get(k.key)?.delete(k.id);
  return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
};
const intervals = new Set<number>();
const setI = window.setInterval.bind(window);
const clearI = window.clearInterval.bind(window);
window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id = setI(handler, ms, ...args);
  // The dev server's own client pings it on an interval; that timer is the test page's, not the app's.
  if (!new Error().stack?.includes('/@vite/client')) intervals.add(id);
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number) => {
  if (id !== undefined) intervals.delete(id);
  clearI(id);
}) as typeof window.clearInterval;
let channels = 0;
const Channel = window.BroadcastChannel;
window.BroadcastChannel = class extends Channel {
  constructor(name: string) {
    super(name);
    channels += 1;
  }
  override close() {
    channels -= 1;
    super.close();
  }
};
let observed = 0;
for (const Observer of [window.ResizeObserver, window.IntersectionObserver] as const) {
  const proto = Observer.prototype as { observe(...a: unknown[]): void; disconnect(): void };
  const observe = proto.observe;
  const disconnect = proto.disconnect;
  const watching = new WeakSet<object>();
  proto.observe = function (...a: unknown[]) {
    if (!watching.has(this)) observed += 1;
    watching.add(this);
    observe.apply(this, a);
  };
  proto.disconnect = function () {
    if (watching.has(this)) observed -= 1;
    watching.delete(this);
    disconnect.call(this);
  };
}
const snapshot = () => ({
  listeners: Object.fromEntries(
    [...registered].filter(([, set]) => set.size > 0).map(([key, set]) => [key, set.size]),
  ),
  intervals: intervals.size,
  channels,
  observers: observed,
});

async function run() {
  const [{ default: countryList }, { default: shapes }, { default: dataset }] = await Promise.all([
    import('virtual:atlas/countries'),
    import('virtual:atlas/country-shapes'),
    import('../../../data/atlas.json'),
  ]);
  const { indexCountries } = await import('../../../src/data/countries');
  const { modelFromJson } = await import('../../../src/data/load-model');
  const { createStore } = await import('../../../src/state/store');
  const { initialState } = await import('../../../src/state/state');
  const { DEFAULT_THEME } = await import('../../../src/theme');
  const { mountApp } = await import('../../../src/app');
  const registry = indexCountries(countryList);
  const loaded = modelFromJson(dataset, registry);
  if (!loaded.ok) throw new Error('the dataset did not load');
  const model = loaded.value;
  const webgl = new URLSearchParams(location.search).get('webgl') !== '0';
  const store = createStore({ ...initialState('en'), motion: false });
  let subscribers = 0;
  const subscribe = store.subscribe;
  store.subscribe = (listener) => {
    subscribers += 1;
    const unsubscribe = subscribe(listener);
    return () => {
      subscribers -= 1;
      unsubscribe();
    };
  };
  const root = document.getElementById('app') as HTMLElement;
  const before = snapshot();
  const cycles = [];
  for (let i = 0; i < 2; i += 1) {
    const app = mountApp({
      root,
      model,
      defaultModel: model,
      registry,
      shapes,
      store,
      theme: DEFAULT_THEME,
      webgl,
      kiosk: { loop: true, dwellSeconds: 60 },
    });
    await app.ready;
    // Another dataset, dropped on the map: the WebGL map is parked and taken up again, and once
    // destroyed that map must be gone as well.
    await dropDataset();
    // Use it a little: a country, a step, the timeline playing.
    store.dispatch({ type: 'selectCountry', code: 'SAU', focus: true });
    store.dispatch({ type: 'setPlaying', playing: true });
    const mounted = { ...snapshot(), subscribers };
    app.destroy();
    await new Promise((done) => setTimeout(done, 500));
    cycles.push({ mounted, destroyed: { ...snapshot(), subscribers } });
  }
  return { before, cycles };
}

/** Drops a small GeoJSON file on the map, as a user does, and waits until the map has drawn it. */
async function dropDataset() {
  const { default: text } = await import('../../fixtures/corpus/good/corridors.geojson?raw');
  const html = document.documentElement;
  const loads = Number(html.dataset.datasetLoads ?? 0);
  const files = new DataTransfer();
  files.items.add(new File([text], 'corridors.geojson', { type: 'application/geo+json' }));
  const stage = document.querySelector('.map-stage') as HTMLElement;
  for (const type of ['dragenter', 'dragover', 'drop']) {
    stage.dispatchEvent(
      new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: files }),
    );
  }
  const deadline = performance.now() + 90_000;
  while (Number(html.dataset.datasetLoads ?? 0) === loads) {
    if (performance.now() > deadline) throw new Error('the dropped dataset was not drawn');
    await new Promise((done) => setTimeout(done, 100));
  }
  const canvases = document.querySelectorAll('canvas.maplibregl-canvas').length;
  if (canvases > 1) throw new Error(`${canvases} MapLibre canvases after the dataset changed`);
}

run().then(
  (result) => Object.assign(window, { lifecycleResult: result }),
  (error: unknown) => Object.assign(window, { lifecycleResult: { error: String(error) } }),
);
