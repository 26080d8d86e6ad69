// Other people's data: a seeded 1 MB, 500-line GeoJSON dropped into the Data dialog, timed to the map
// drawn with it, against the default dataset, with the page's long tasks and input delay meanwhile.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { now, sleep } from './clock.mjs';
import { newContext, waitReady, withBrowser } from './browser.mjs';
import { median } from '../stats.mjs';
import { ROOT } from '../paths.mjs';

/** Seeded PRNG (mulberry32): the same file on every machine and every run. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COLORS = ['#e4007c', '#0077b6', '#2a9d8f', '#f4a261', '#6a4c93', '#939597', '#c1121f'];
const WORDS = ['atlas', 'boreas', 'coral', 'delta', 'eagle', 'falcon', 'gulf', 'horizon', 'indus'];

/**
 * A submarine-cable map as public ones come (only `color` and `slug`, MultiLineStrings of one to
 * three parts that wander across the sea in short steps), `lines` cables, at least `targetBytes` of
 * JSON: points are added to every cable until the file is that large. Made up here, from a seed:
 * no third-party data is committed or fetched.
 *
 * @example generatedCableMap().length >= 1_000_000; // true
 */
export function generatedCableMap({ lines = 500, targetBytes = 1_000_000, seed = 17 } = {}) {
  for (let points = 40; ; points += 8) {
    const text = cableMap(lines, points, seed);
    if (text.length >= targetBytes) return text;
  }
}

function cableMap(lines, pointsPerLine, seed) {
  const random = mulberry32(seed);
  const features = [];
  for (let i = 0; i < lines; i++) {
    const partCount = 1 + Math.floor(random() * 3);
    const parts = [];
    let lon = -170 + random() * 340;
    let lat = -55 + random() * 120;
    for (let p = 0; p < partCount; p++) {
      const part = [];
      const n = Math.max(2, Math.round(pointsPerLine / partCount));
      for (let k = 0; k < n; k++) {
        lon = Math.min(175, Math.max(-175, lon + (random() - 0.5) * 3));
        lat = Math.min(70, Math.max(-60, lat + (random() - 0.5) * 2));
        part.push([Number(lon.toFixed(4)), Number(lat.toFixed(4))]);
      }
      parts.push(part);
      // The next part starts near where this one ended (a branch), or elsewhere (parts that do not join).
      if (random() < 0.3) {
        lon = -170 + random() * 340;
        lat = -55 + random() * 120;
      }
    }
    features.push({
      type: 'Feature',
      properties: {
        color: COLORS[i % COLORS.length],
        slug: `${WORDS[i % WORDS.length]}-${i + 1}`,
      },
      geometry: { type: 'MultiLineString', coordinates: parts },
    });
  }
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/**
 * In the page, once it is ready: when the file input changes (t0), when the app counts the next
 * dataset on screen (`data-dataset-loads`, set after the map has drawn it: t1), and a 50 ms timer
 * whose lateness says how long the main thread was busy.
 */
const PROBE = () => {
  const probe = { t0: null, t1: null, timerLagMs: [], inputDelays: [] };
  /** @type {any} */ (window).__import = probe;
  const loads = () => Number(document.documentElement.dataset.datasetLoads ?? 0);
  const before = loads();
  document.addEventListener(
    'change',
    (event) => {
      const target = /** @type {HTMLInputElement} */ (event.target);
      if (target.type === 'file' && probe.t0 === null) probe.t0 = performance.now();
    },
    true,
  );
  new MutationObserver(() => {
    if (probe.t1 === null && loads() > before) probe.t1 = performance.now();
  }).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-dataset-loads'],
  });
  let last = performance.now();
  setInterval(() => {
    const t = performance.now();
    if (probe.t0 !== null && probe.t1 === null) probe.timerLagMs.push(Math.max(0, t - last - 50));
    last = t;
  }, 50);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const entry = /** @type {PerformanceEventTiming} */ (e);
        if (probe.t0 !== null && probe.t1 === null)
          probe.inputDelays.push(entry.processingStart - entry.startTime);
      }
    }).observe({ type: 'event', durationThreshold: 16 });
  } catch {
    // no Event Timing: the round trips measured from outside still say it
  }
};

/**
 * One import in a browser of its own: the app's start-up with the default dataset, then `file`
 * chosen in the Data dialog, timed to the map drawn with it; meanwhile a key press (Shift, which
 * does nothing) every 100 ms, its round trip timed from outside, and the long tasks.
 */
async function importOnce(url, file, options) {
  const result = { ok: false, errors: [] };
  try {
    await withBrowser(async (browser) => {
      const context = await newContext(browser, result.errors);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      const ready = await waitReady(page, options.readyTimeoutMs);
      result.startupMs = ready.readyAt;
      await page.evaluate(PROBE);
      await page.locator('.data-button').click();
      const dialog = page.locator('dialog.data-dialog');
      await dialog.waitFor();
      const chosen = dialog.locator('input[type=file]').setInputFiles(file);
      const roundTrips = [];
      const deadline = now() + options.readyTimeoutMs;
      let done = false;
      void chosen.then(
        () => {},
        () => {},
      );
      while (!done && now() < deadline) {
        const at = now();
        await page.keyboard.press('Shift');
        roundTrips.push(now() - at);
        done = await page.evaluate(() => /** @type {any} */ (window).__import.t1 !== null);
        if (!done) await sleep(100);
      }
      await chosen;
      const probe = await page.evaluate(() => {
        const p = /** @type {any} */ (window).__import;
        const bench = /** @type {any} */ (window).__bench;
        const tasks = bench.longtasks.filter(([start]) => start >= p.t0 && start <= p.t1);
        return { ...p, longTasks: tasks.map(([, duration]) => duration) };
      });
      if (probe.t0 === null || probe.t1 === null) throw new Error('the import did not finish');
      result.importMs = probe.t1 - probe.t0;
      result.longTaskCount = probe.longTasks.length;
      result.longTaskMaxMs = Math.max(0, ...probe.longTasks);
      result.blockingMs = probe.longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
      result.timerLagMaxMs = Math.max(0, ...probe.timerLagMs);
      result.inputDelayMaxMs = probe.inputDelays.length ? Math.max(...probe.inputDelays) : null;
      result.keyRoundTripMaxMs = Math.max(0, ...roundTrips);
      result.keyRoundTripMedianMs = median(roundTrips);
      result.keyPresses = roundTrips.length;
      result.ok = true;
    });
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  }
  return result;
}

/** The medians of the runs that finished, figure by figure. */
function medians(runs) {
  const ok = runs.filter((r) => r.ok);
  const figure = (key) => median(ok.map((r) => r[key]).filter((x) => typeof x === 'number'));
  return {
    runs: runs.length,
    failed: runs.length - ok.length,
    errors: runs.filter((r) => !r.ok).map((r) => r.error),
    startupMs: figure('startupMs'),
    importMs: figure('importMs'),
    longTaskCount: figure('longTaskCount'),
    longTaskMaxMs: figure('longTaskMaxMs'),
    blockingMs: figure('blockingMs'),
    timerLagMaxMs: figure('timerLagMaxMs'),
    inputDelayMaxMs: figure('inputDelayMaxMs'),
    keyRoundTripMaxMs: figure('keyRoundTripMaxMs'),
    keyRoundTripMedianMs: figure('keyRoundTripMedianMs'),
  };
}

/**
 * The import case: `options.runs` runs each (in turn) of importing the generated cable map and the
 * default dataset's own file (data/atlas.json) into the app, each run in a fresh browser. The
 * default dataset's time on screen is the app's start-up to its first complete frame (median over
 * every run), the figure the issue compares with; the import of its own file is the like-for-like one.
 */
export async function importCase(server, options) {
  const cables = generatedCableMap();
  const url = `${server.base}/app/?lang=en`;
  const cableFile = {
    name: 'cables.geojson',
    mimeType: 'application/geo+json',
    buffer: Buffer.from(cables),
  };
  const defaultFile = {
    name: 'atlas.json',
    mimeType: 'application/json',
    buffer: readFileSync(join(ROOT, 'data', 'atlas.json')),
  };
  const runs = { cables: [], default: [] };
  for (let i = 0; i < options.runs; i++) {
    const order = i % 2 === 0 ? ['cables', 'default'] : ['default', 'cables'];
    for (const kind of order) {
      runs[kind].push(await importOnce(url, kind === 'cables' ? cableFile : defaultFile, options));
    }
  }
  const parsed = JSON.parse(cables);
  const all = [...runs.cables, ...runs.default].filter((r) => r.ok);
  return {
    file: {
      bytes: cables.length,
      lines: parsed.features.length,
      parts: parsed.features.reduce((n, f) => n + f.geometry.coordinates.length, 0),
      points: parsed.features.reduce(
        (n, f) => n + f.geometry.coordinates.reduce((m, part) => m + part.length, 0),
        0,
      ),
    },
    defaultStartupMs: median(all.map((r) => r.startupMs)),
    cables: medians(runs.cables),
    default: medians(runs.default),
    runs,
  };
}
