// `npm run bench`: builds the production app and a bare MapLibre + deck.gl baseline page (bench/baseline)
// on the same data, measures both side by side in Chromium (playwright-core, software WebGL here), prints
// a table and writes bench/results.json. Options (after `npm run bench --`):
//   --quick          everything once, with tiny durations (a smoke run, a few minutes)
//   --runs=N         runs per figure (median); default 3 (scale runs: --scale-runs, default 1)
//   --soak=SECONDS   heap soak of continuous animation; default 90 (the full soak is --soak=600)
//   --scale=LIST     corridor counts for the scale runs, e.g. 10,1000,10000 (default); "none" skips them
//   --no-build       reuse the builds of the last run (node_modules/.cache/corridor-atlas-bench)
//   --no-profile     skip the CPU-profile pass that attributes main-thread time to chunks
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'node_modules', '.cache', 'corridor-atlas-bench');
const RESULTS = join(ROOT, 'bench', 'results.json');
const SEED = 1403;
/** Launch flags of tests/browser/harness.ts (see ../shared/docs/browser-testing.md). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
const VIEWPORT = { width: 1280, height: 800 };
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------------
// Options

/** @param {string[]} argv */
function parseOptions(argv) {
  const flag = (name) => argv.includes(`--${name}`);
  const value = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const number = (name, fallback) => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
    return n;
  };
  const known = [
    'verbose',
    'quick',
    'runs',
    'scale-runs',
    'soak',
    'scale',
    'no-build',
    'no-profile',
    'help',
  ];
  for (const arg of argv) {
    const name = arg.replace(/^--/, '').split('=')[0];
    if (!arg.startsWith('--') || !known.includes(name)) throw new Error(`unknown option ${arg}`);
  }
  const quick = flag('quick');
  const scaleText = value('scale') ?? '10,1000,10000';
  return {
    help: flag('help'),
    quick,
    runs: number('runs', quick ? 1 : 3),
    scaleRuns: number('scale-runs', 1),
    soakSeconds: number('soak', quick ? 15 : 90),
    scale:
      scaleText === 'none'
        ? []
        : scaleText.split(',').map((s) => {
            const n = Number(s);
            if (!Number.isInteger(n) || n < 2) throw new Error(`--scale: bad count "${s}"`);
            return n;
          }),
    build: !flag('no-build'),
    profile: !flag('no-profile'),
    /** Seconds of the measured animation window in the default view (at least `minFrames` frames). */
    windowSeconds: quick ? 3 : 8,
    minFrames: quick ? 2 : 5,
    /** Longest a window waits for `minFrames`. */
    maxWindowSeconds: quick ? 20 : 45,
    /** Seconds each interaction is watched for (fly to a country, relabel, camera move), ≥ 1 frame. */
    interactionSeconds: quick ? 1.5 : 3,
    interactionMaxSeconds: 45,
    interact: true,
    /**
     * Scale runs: 10,000 corridors draw a frame every 20 s or so under software WebGL, so their windows
     * wait for fewer frames, longer; --quick skips their interactions.
     */
    scaleOptions: {
      minFrames: quick ? 1 : 2,
      maxWindowSeconds: quick ? 45 : 90,
      interactionMaxSeconds: 90,
      interact: !quick,
    },
    /** A run that takes longer than this is stopped and reported as failed. */
    runTimeoutMs: quick ? 240_000 : 420_000,
    readyTimeoutMs: 180_000,
  };
}

// ---------------------------------------------------------------------------------------------------
// Small helpers

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const now = () => performance.timeOrigin + performance.now();
/** @param {number[]} values */
function median(values) {
  const xs = values
    .filter((x) => typeof x === 'number' && Number.isFinite(x))
    .sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}
const ratio = (a, b) => (a === null || b === null || b === 0 ? null : a / b);
const log = (...parts) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);
const verbose = process.argv.includes('--verbose');
const debug = (...parts) => {
  if (verbose) log(...parts);
};

/** Every file under `dir` (recursively), relative paths, sorted. */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out.sort();
}

/** A hash of everything a build reads, so unchanged builds are reused. */
function inputHash(extra) {
  const hash = createHash('sha256').update(extra);
  const inputs = [
    'src',
    'data',
    'public',
    'index.html',
    'vite.config.ts',
    'package-lock.json',
    'bench/baseline',
    'bench/vite.config.ts',
    'bench/prepare.ts',
  ];
  for (const input of inputs) {
    const path = join(ROOT, input);
    const files = existsSync(path) && statSync(path).isDirectory() ? filesUnder(path) : [path];
    for (const file of files) {
      if (!existsSync(file)) continue;
      hash.update(relative(ROOT, file)).update(readFileSync(file));
    }
  }
  return hash.digest('hex');
}

// ---------------------------------------------------------------------------------------------------
// Builds: the app as users get it (vite.config.ts), the app on synthetic datasets (same config, the
// dataset import aliased), and the baseline page (bench/vite.config.ts) with its corridor files.

/** Loads bench/prepare.ts (TypeScript, app code, virtual modules) through Vite's module runner. */
async function loadPrepare(vite) {
  const options = { logLevel: 'error', root: ROOT };
  const { module: plugin } = await vite.runnerImport(
    join(ROOT, 'src/build/vite-plugin-atlas.ts'),
    options,
  );
  const { module } = await vite.runnerImport(join(ROOT, 'bench/prepare.ts'), {
    ...options,
    plugins: [plugin.atlasData({ schemaPath: join(ROOT, 'data/atlas.schema.json') })],
  });
  return module;
}

/**
 * Builds every site the bench serves, under OUT: `app` (the default dataset), `app-N` (N corridors)
 * and `baseline` (one build; its corridors come from data/corridors-*.json).
 */
async function buildSites(options) {
  const vite = await import('vite');
  const prepare = await loadPrepare(vite);
  const base = JSON.parse(readFileSync(join(ROOT, 'data/atlas.json'), 'utf8'));
  /** @type {Record<string, object>} */
  const facts = {};
  const variants = [{ key: 'default', dataset: base, file: null }];
  mkdirSync(join(OUT, 'datasets'), { recursive: true });
  for (const n of options.scale) {
    const dataset = prepare.syntheticDataset(base, n, SEED);
    const file = join(OUT, 'datasets', `atlas-${n}.json`);
    writeFileSync(file, JSON.stringify(dataset));
    variants.push({ key: String(n), dataset, file });
  }
  const baselineData = {};
  for (const variant of variants) {
    // The app's own runtime check (schema, references, codes) and its geometry, in Node.
    const { data, facts: f } = prepare.prepareDataset(variant.dataset);
    facts[variant.key] = f;
    baselineData[variant.key] = data;
  }

  const build = async (name, config) => {
    const outDir = join(OUT, name);
    const hash = inputHash(JSON.stringify({ name, file: config.file ?? null }));
    const stamp = join(outDir, '.bench-input-hash');
    if (!options.build && existsSync(stamp)) return;
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
      log(`build ${name}: unchanged, reused`);
      return;
    }
    log(`build ${name}…`);
    await vite.build({ ...config.vite, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    writeFileSync(stamp, hash);
  };

  await build('app', { vite: { root: ROOT, configFile: join(ROOT, 'vite.config.ts') } });
  for (const variant of variants.slice(1)) {
    await build(`app-${variant.key}`, {
      file: variant.file,
      vite: {
        root: ROOT,
        configFile: join(ROOT, 'vite.config.ts'),
        // The app imports its dataset as '../data/atlas.json' (src/main.ts): give it the synthetic one.
        resolve: { alias: [{ find: /^\.\.\/data\/atlas\.json$/, replacement: variant.file }] },
      },
    });
  }
  await build('baseline', { vite: { configFile: join(ROOT, 'bench/vite.config.ts') } });
  mkdirSync(join(OUT, 'baseline', 'data'), { recursive: true });
  for (const [key, data] of Object.entries(baselineData)) {
    writeFileSync(join(OUT, 'baseline', 'data', `corridors-${key}.json`), JSON.stringify(data));
  }
  return facts;
}

// ---------------------------------------------------------------------------------------------------
// Static server: built files on 127.0.0.1, hashed assets cacheable for a year (as a static host would
// serve them), everything else revalidated. Every request is logged with its arrival time.

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

function startServer() {
  /** @type {{ at: number, path: string, file: string | null, status: number }[]} */
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const entry = { at: now(), path, file: null, status: 404 };
    requests.push(entry);
    if (path === '/blank.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      res.end('<!doctype html><title>blank</title>');
      entry.status = 200;
      return;
    }
    let file = join(OUT, path);
    if (!file.startsWith(OUT + sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const stat = statSync(file);
    const etag = `"${stat.size}-${stat.mtimeMs}"`;
    const immutable = /[\\/]assets[\\/]/.test(file);
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag,
    };
    entry.file = file;
    if (req.headers['if-none-match'] === etag) {
      entry.status = 304;
      res.writeHead(304, headers).end();
      return;
    }
    entry.status = 200;
    res.writeHead(200, { ...headers, 'content-length': stat.size });
    res.end(readFileSync(file));
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ server, requests, base: `http://127.0.0.1:${port}` });
    });
  });
}

// ---------------------------------------------------------------------------------------------------
// In the page: long tasks (PerformanceObserver), frames (requestAnimationFrame), and the moment the page
// says it is ready (<html data-status>), installed before any of the page's scripts run.

const INIT_SCRIPT = `(() => {
  const bench = (window.__bench = { longtasks: [], frames: 0, readyAt: null, readyEpoch: null, status: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const frame = () => { bench.frames += 1; requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  const check = () => {
    const status = document.documentElement && document.documentElement.dataset.status;
    if (bench.readyAt === null && (status === 'ready' || status === 'error')) {
      bench.readyAt = performance.now();
      bench.readyEpoch = performance.timeOrigin + bench.readyAt;
      bench.status = status;
    }
  };
  new MutationObserver(check).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-status'] });
})();`;

/** CDP Performance metrics as an object (ms for durations, bytes for the heap). */
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name) => list.find((m) => m.name === name)?.value ?? 0;
  return {
    script: get('ScriptDuration') * 1000,
    task: get('TaskDuration') * 1000,
    heap: get('JSHeapUsedSize'),
  };
}

async function collectGarbage(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).heap;
}

const pageNow = (page) => page.evaluate(() => performance.now());
const benchState = (page) =>
  page.evaluate(() => {
    const b = /** @type {any} */ (window).__bench;
    return { frames: b.frames, longtasks: b.longtasks, readyAt: b.readyAt, status: b.status };
  });

/** Long tasks that started within [from, to) (page clock, ms). */
function longTasksIn(all, from, to) {
  const tasks = all.filter(([start]) => start >= from && start < to);
  return {
    count: tasks.length,
    maxMs: tasks.reduce((m, [, d]) => Math.max(m, d), 0),
    totalMs: tasks.reduce((s, [, d]) => s + d, 0),
    list: tasks.map(([start, d]) => ({ startMs: Math.round(start), durationMs: Math.round(d) })),
  };
}

/**
 * Watches the page for at least `seconds` and `minFrames` frames (at most `maxSeconds`), doing `act`
 * first: main-thread time per frame from CDP Performance.getMetrics deltas over frames counted with
 * requestAnimationFrame, frames per second, and the long tasks that started in the window.
 */
async function watch(page, cdp, { seconds, minFrames, maxSeconds }, act = async () => {}) {
  const before = await benchState(page);
  const from = await pageNow(page);
  const m0 = await metrics(cdp);
  const t0 = now();
  await act();
  for (;;) {
    await sleep(250);
    const elapsed = (now() - t0) / 1000;
    if (elapsed >= maxSeconds) break;
    if (elapsed < seconds) continue;
    const { frames } = await benchState(page);
    if (frames - before.frames >= minFrames) break;
  }
  const m1 = await metrics(cdp);
  const to = await pageNow(page);
  const after = await benchState(page);
  const frames = after.frames - before.frames;
  const wall = (to - from) / 1000;
  return {
    seconds: wall,
    frames,
    fps: frames / wall,
    scriptMsPerFrame: frames > 0 ? (m1.script - m0.script) / frames : null,
    taskMsPerFrame: frames > 0 ? (m1.task - m0.task) / frames : null,
    scriptMs: m1.script - m0.script,
    taskMs: m1.task - m0.task,
    longTasks: longTasksIn(after.longtasks, from, to),
    from,
    to,
  };
}

/** Bytes of the requests served from `since` to the page's ready moment, per file, from the built files. */
function bytesBefore(requests, since, until) {
  const files = new Map();
  for (const r of requests) {
    if (r.at < since || r.at > until || !r.file || r.status !== 200) continue;
    if (files.has(r.file)) continue;
    const content = readFileSync(r.file);
    files.set(r.file, {
      chunk: chunkName(relative(OUT, r.file)),
      raw: content.length,
      gzip: gzipSync(content, { level: 9 }).length,
    });
  }
  const list = [...files.values()];
  const sum = (filter, key) => list.filter(filter).reduce((s, f) => s + f[key], 0);
  const isJs = (f) => /\.(m?js)$/.test(f.chunk);
  return {
    files: list,
    jsRaw: sum(isJs, 'raw'),
    jsGzip: sum(isJs, 'gzip'),
    totalRaw: sum(() => true, 'raw'),
    totalGzip: sum(() => true, 'gzip'),
  };
}

/** `app-1000/assets/maplibre-C7k-ljor.js` → `maplibre.js`; `baseline/index.html` → `index.html`. */
function chunkName(path) {
  const file = path.split(/[\\/]/).slice(1).join('/');
  return file.replace(/^assets\//, '').replace(/-[A-Za-z0-9_-]{8}(\.\w+)$/, '$1');
}

// ---------------------------------------------------------------------------------------------------
// One measured run: a fresh browser (no shared GPU process, program cache or HTTP cache between runs),
// load to the first complete frame, watch the default view animate, take the heap, interact, then load
// the page again in a new tab of the same context (warm: HTTP cache, V8 code cache, GPU program cache).

/**
 * Starts a browser of its own (a server process the bench can kill: a page stuck in a minutes-long
 * software-WebGL frame can hold a graceful close for minutes), runs `fn` with it, then kills it.
 *
 * @template T
 * @param {(browser: import('playwright-core').Browser) => Promise<T>} fn
 * @returns {Promise<T>}
 */
async function withBrowser(fn) {
  const server = await chromium.launchServer({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  liveBrowsers.add(server);
  try {
    const browser = await chromium.connect(server.wsEndpoint());
    return await fn(browser);
  } finally {
    await server.kill().catch(() => {});
    liveBrowsers.delete(server);
  }
}

/** @type {Set<import('playwright-core').BrowserServer>} */
const liveBrowsers = new Set();

async function newContext(browser, errors) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'en-GB',
    reducedMotion: 'no-preference',
  });
  await context.addInitScript(INIT_SCRIPT);
  context.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  context.on('weberror', (e) => errors.push(`uncaught: ${e.error().message}`));
  return context;
}

async function waitReady(page, timeout) {
  await page.waitForFunction(
    () => typeof (/** @type {any} */ (window).__bench?.readyAt) === 'number',
    null,
    {
      timeout,
      polling: 50,
    },
  );
  const state = await page.evaluate(() => /** @type {any} */ (window).__bench);
  if (state.status !== 'ready') throw new Error('the page reported data-status="error"');
  return state;
}

/**
 * Where the map canvas is, and what the app frames its default view with (its padding: 40 px, plus the
 * legend's width when the legend is open), for the baseline to copy. No WebGL call: it must not disturb.
 */
async function mapFacts(page) {
  return page.evaluate(() => {
    const box = document.querySelector('.maplibregl-canvas')?.getBoundingClientRect();
    const legend = document.querySelector('.legend-area');
    const legendOpen = legend?.querySelector('details')?.open === true;
    const legendWidth = legendOpen && legend ? legend.getBoundingClientRect().width : 0;
    return {
      box: box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null,
      padding: [40, 40, 40, 40 + legendWidth].map(Math.round).join(','),
    };
  });
}

/** The WebGL renderer string and the browser's version. */
async function browserFacts(server) {
  return withBrowser(async (browser) => {
    const page = await browser.newPage();
    await page.goto(`${server.base}/blank.html`);
    const renderer = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null;
    });
    return { renderer, chromium: browser.version() };
  });
}

/**
 * A camera move on the map: a drag, then two wheel steps, as DOM events dispatched in the page (the same
 * handlers as a user's; Chromium's real input waits for a frame per event, minutes at 10,000 corridors).
 */
async function moveCamera(page, box) {
  await page.evaluate(
    async ({ x, y }) => {
      const canvas = /** @type {HTMLElement} */ (document.querySelector('.maplibregl-canvas'));
      const pause = (ms) => new Promise((done) => setTimeout(done, ms));
      const mouse = (type, cx, cy, buttons) =>
        canvas.dispatchEvent(
          new MouseEvent(type, {
            bubbles: true,
            cancelable: true,
            view: window,
            clientX: cx,
            clientY: cy,
            button: 0,
            buttons,
          }),
        );
      mouse('mousemove', x, y, 0);
      mouse('mousedown', x, y, 1);
      for (let i = 1; i <= 8; i++) {
        await pause(16);
        mouse('mousemove', x - (180 * i) / 8, y + (90 * i) / 8, 1);
      }
      mouse('mouseup', x - 180, y + 90, 0);
      for (let i = 0; i < 2; i++) {
        await pause(150);
        const wheel = { bubbles: true, cancelable: true, clientX: x, clientY: y, deltaY: -240 };
        canvas.dispatchEvent(new WheelEvent('wheel', wheel));
      }
    },
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
}

/** Opens Saudi Arabia's details from the header's country list, as a user's choice does. */
const openCountry = (page) =>
  page.evaluate(() => {
    const picker = /** @type {HTMLSelectElement} */ (document.querySelector('#country-picker'));
    picker.value = 'SAU';
    picker.dispatchEvent(new Event('change', { bubbles: true }));
  });

/** Switches the app to Persian with its language button. */
const switchLanguage = (page) =>
  page.evaluate(() =>
    /** @type {HTMLButtonElement} */ (document.querySelector('button[data-lang="fa"]')).click(),
  );

/**
 * One run of one page in a browser of its own; stopped when it takes longer than `options.runTimeoutMs`.
 * A run that fails part-way keeps the figures it has (`ok` is true once the page was ready).
 * With `profile`, CPU profiles of start-up, the animation window and each interaction are taken too
 * (the profiler slows the page: such runs are not counted in the figures).
 *
 * @param {{ kind: 'app' | 'baseline', url: string, profile?: boolean, startupOnly?: boolean }} target
 */
async function measureRun(server, target, options) {
  /** @type {Record<string, any>} */
  const result = { ok: false, errors: [], profiles: {}, interaction: {} };
  let timer;
  const limit = new Promise((done) => {
    timer = setTimeout(() => done('timeout'), options.runTimeoutMs);
  });
  try {
    await withBrowser(async (browser) => {
      const steps = runSteps(browser, server, target, options, result);
      steps.catch(() => {}); // after a timeout, its pending calls fail when the browser is killed
      const outcome = await Promise.race([steps, limit]);
      if (outcome === 'timeout') throw new Error(`stopped after ${options.runTimeoutMs / 1000} s`);
    });
  } catch (error) {
    result.error = String(error instanceof Error ? error.message : error).split('\n')[0];
  } finally {
    clearTimeout(timer);
  }
  result.ok = result.coldReadyMs !== undefined;
  return result;
}

async function runSteps(browser, server, target, options, result) {
  const context = await newContext(browser, result.errors);
  context.setDefaultTimeout(options.readyTimeoutMs);
  const page = await context.newPage();
  await page.goto(`${server.base}/blank.html`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const profiler = {
    start: async () => {
      if (!target.profile) return;
      await cdp.send('Profiler.start');
    },
    // The page clock when the profile ended: it places the profile's samples on the page's clock
    // (the stop is handled once the main thread is free, so a long task in progress is inside).
    stop: async (name, frames = 0) => {
      if (!target.profile) return;
      const { profile } = await cdp.send('Profiler.stop');
      result.profiles[name] = { profile, frames, pageEnd: await pageNow(page) };
    },
  };
  if (target.profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  }
  await profiler.start();
  const m0 = await metrics(cdp);
  const since = now();
  await page.goto(target.url, { waitUntil: 'commit' });
  const ready = await waitReady(page, options.readyTimeoutMs);
  const m1 = await metrics(cdp);
  result.coldReadyMs = ready.readyAt;
  await profiler.stop('startup');
  if (target.startupOnly) return;
  debug(`  ${target.kind} ready after ${fmt.ms(ready.readyAt)}`);

  // The default view animating, from the first complete frame on.
  await profiler.start();
  const idle = await watch(page, cdp, {
    seconds: options.windowSeconds,
    minFrames: options.minFrames,
    maxSeconds: options.maxWindowSeconds,
  });
  await profiler.stop('animation', idle.frames);
  debug(`  ${target.kind} window: ${idle.frames} frames in ${idle.seconds.toFixed(1)} s`);
  result.idle = idle;
  const all = (await benchState(page)).longtasks;
  result.startup = {
    readyMs: ready.readyAt,
    scriptMs: m1.script - m0.script,
    taskMs: m1.task - m0.task,
    longTasks: longTasksIn(all, 0, ready.readyAt),
  };
  // Long tasks from the first complete frame to the end of the default-view window.
  result.afterReadyLongTasks = longTasksIn(all, ready.readyAt, idle.to);
  result.bytes = bytesBefore(server.requests, since, ready.readyEpoch);
  result.facts = await mapFacts(page);
  result.heapAfterStartup = await collectGarbage(cdp);
  debug(`  ${target.kind} heap ${fmt.mb(result.heapAfterStartup)}`);

  const box = result.facts.box;
  if (options.interact && box && idle.frames > 0) {
    const phase = {
      seconds: options.interactionSeconds,
      minFrames: 1,
      maxSeconds: options.interactionMaxSeconds,
    };
    const camera = { camera: () => moveCamera(page, box) };
    const phases =
      target.kind === 'app'
        ? { country: () => openCountry(page), language: () => switchLanguage(page), ...camera }
        : camera;
    for (const [name, act] of Object.entries(phases)) {
      await profiler.start();
      const watched = await watch(page, cdp, phase, act);
      await profiler.stop(name, watched.frames);
      result.interaction[name] = watched;
      debug(
        `  ${target.kind} ${name}: ${watched.frames} frames in ${watched.seconds.toFixed(1)} s`,
      );
    }
  } else if (options.interact && idle.frames === 0) {
    result.interactionSkipped = 'no frame drawn in the animation window';
  }

  // Warm: a new tab of the same context; the first tab is closed first, so its teardown is not timed.
  await cdp.detach().catch(() => {});
  await page.close({ runBeforeUnload: false });
  await sleep(500);
  const again = await context.newPage();
  await again.goto(target.url, { waitUntil: 'commit' });
  result.warmReadyMs = (await waitReady(again, options.readyTimeoutMs)).readyAt;
}

/**
 * The soak: continuous animation in the default view for `seconds`, the heap (after garbage collection)
 * sampled along the way. The app and the baseline soak at the same time, each in a browser of its own.
 */
async function soak(url, seconds, readyTimeoutMs) {
  const result = { ok: false, errors: [] };
  try {
    await withBrowser(async (browser) => {
      const context = await newContext(browser, result.errors);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      await waitReady(page, readyTimeoutMs);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await sleep(2000);
      const samples = [];
      const t0 = now();
      const f0 = (await benchState(page)).frames;
      samples.push({ s: 0, heap: await collectGarbage(cdp) });
      const steps = 6;
      for (let i = 1; i <= steps; i++) {
        const until = t0 + (seconds * 1000 * i) / steps;
        while (now() < until) await sleep(Math.min(1000, until - now()));
        samples.push({ s: Math.round((now() - t0) / 1000), heap: await collectGarbage(cdp) });
      }
      const frames = (await benchState(page)).frames - f0;
      const first = samples[0]?.heap ?? 0;
      const last = samples[samples.length - 1]?.heap ?? 0;
      Object.assign(result, {
        ok: true,
        seconds: (now() - t0) / 1000,
        frames,
        fps: frames / ((now() - t0) / 1000),
        heapStart: first,
        heapEnd: last,
        growth: last - first,
        samples,
      });
    });
  } catch (error) {
    result.error = String(error instanceof Error ? error.message : error).split('\n')[0];
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------
// CPU-profile attribution: where the main thread's JavaScript time goes, by chunk and by function.

/**
 * The samples of a CPU profile on the page's clock: when (ms), how long (self time, ms), in which chunk
 * and function. `pageEnd` is the page clock when the profile ended.
 */
function samplesOf(profile, pageEnd) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const deltas = profile.timeDeltas ?? [];
  const start = pageEnd - (profile.endTime - profile.startTime) / 1000;
  const out = [];
  let clock = 0;
  profile.samples?.forEach((id, i) => {
    clock += (deltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') return;
    const { functionName, url, lineNumber } = node.callFrame;
    const chunk = url ? chunkName(relative(OUT, fileOfUrl(url))) || url : functionName;
    const fn = `${functionName || '(anonymous)'} ${chunk}:${lineNumber + 1}`;
    out.push({ at: start + clock, ms: (deltas[i + 1] ?? 0) / 1000, chunk, fn });
  });
  return out;
}

/** The `n` largest totals of `key` over `samples`, with ms per frame when `frames` is given. */
function topBy(samples, key, n, frames = 0) {
  const totals = new Map();
  for (const x of samples) totals.set(x[key], (totals.get(x[key]) ?? 0) + x.ms);
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => ({
      name,
      ms: Math.round(ms * 10) / 10,
      ...(frames ? { msPerFrame: Math.round((ms / frames) * 100) / 100 } : {}),
    }));
}

/** Self time by chunk and function, and what ran in each long task (`tasks`, page clock). */
function attribute(samples, frames, tasks = []) {
  return {
    chunks: topBy(samples, 'chunk', 12, frames),
    functions: topBy(samples, 'fn', 12, frames),
    longTasks: tasks.map((task) => ({
      ...task,
      functions: topBy(
        samples.filter((x) => x.at >= task.startMs && x.at < task.startMs + task.durationMs),
        'fn',
        4,
      ),
    })),
  };
}

function fileOfUrl(url) {
  try {
    return join(OUT, new URL(url).pathname);
  } catch {
    return url;
  }
}

// ---------------------------------------------------------------------------------------------------
// Summaries

/** Medians of the figures of several runs of one page. */
function summarise(runs) {
  const ok = runs.filter((r) => r.ok);
  const m = (f) => median(ok.map((r) => f(r) ?? null));
  const phases = ['country', 'language', 'camera'];
  const interaction = {};
  for (const phase of phases) {
    const xs = ok.map((r) => r.interaction?.[phase]).filter(Boolean);
    if (xs.length === 0) continue;
    interaction[phase] = {
      scriptMsPerFrame: median(xs.map((x) => x.scriptMsPerFrame)),
      fps: median(xs.map((x) => x.fps)),
      longTaskCount: median(xs.map((x) => x.longTasks.count)),
      longTaskMaxMs: Math.max(...xs.map((x) => x.longTasks.maxMs)),
    };
  }
  const afterReady = ok.filter((r) => r.afterReadyLongTasks);
  return {
    runs: runs.length,
    failed: runs.length - ok.length,
    errors: runs.map((r) => r.error).filter(Boolean),
    coldReadyMs: m((r) => r.coldReadyMs),
    warmReadyMs: m((r) => r.warmReadyMs),
    startupScriptMs: m((r) => r.startup?.scriptMs),
    startupTaskMs: m((r) => r.startup?.taskMs),
    startupLongTaskCount: m((r) => r.startup?.longTasks.count),
    startupLongTaskMaxMs: m((r) => r.startup?.longTasks.maxMs),
    jsRaw: m((r) => r.bytes?.jsRaw),
    jsGzip: m((r) => r.bytes?.jsGzip),
    totalRaw: m((r) => r.bytes?.totalRaw),
    totalGzip: m((r) => r.bytes?.totalGzip),
    scriptMsPerFrame: m((r) => r.idle?.scriptMsPerFrame),
    taskMsPerFrame: m((r) => r.idle?.taskMsPerFrame),
    /** Main-thread JS per second of animation: comparable even when (almost) no frame is drawn. */
    scriptMsPerSecond: m((r) => (r.idle ? r.idle.scriptMs / r.idle.seconds : null)),
    fps: m((r) => r.idle?.fps),
    framesInWindow: m((r) => r.idle?.frames),
    windowSeconds: m((r) => r.idle?.seconds),
    afterReadyLongTaskMaxMs: afterReady.length
      ? Math.max(...afterReady.map((r) => r.afterReadyLongTasks.maxMs))
      : null,
    afterReadyLongTasks: afterReady.flatMap((r) => r.afterReadyLongTasks.list),
    heapAfterStartup: m((r) => r.heapAfterStartup),
    interaction,
    interactionSkipped: ok.find((r) => r.interactionSkipped)?.interactionSkipped ?? null,
    bytes: ok.find((r) => r.bytes)?.bytes.files ?? [],
    mapBox: ok.find((r) => r.facts)?.facts.box ?? null,
  };
}

const fmt = {
  ms: (x) => (x === null || x === undefined ? '–' : `${Math.round(x).toLocaleString('en')} ms`),
  ms2: (x) => (x === null || x === undefined ? '–' : `${x.toFixed(2)} ms`),
  fps: (x) => (x === null || x === undefined ? '–' : x.toFixed(1)),
  fps2: (x) => (x === null || x === undefined ? '–' : x < 1 ? x.toFixed(2) : x.toFixed(1)),
  kb: (x) => (x === null || x === undefined ? '–' : `${(x / 1024).toFixed(1)} KB`),
  mb: (x) => (x === null || x === undefined ? '–' : `${(x / MB).toFixed(2)} MB`),
  ratio: (x) => (x === null || x === undefined ? '–' : `${x.toFixed(2)}×`),
  n: (x) => (x === null || x === undefined ? '–' : String(Math.round(x))),
};

function table(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

function targetsOf(results) {
  const { app, baseline } = results.default;
  const largest = results.scale.at(-1);
  const targets = [];
  const add = (name, value, limit, met, note = '') =>
    targets.push({ name, value, limit, met, note });
  const r = (a, b) => ratio(a, b);
  const ttffCold = r(app.coldReadyMs, baseline.coldReadyMs);
  const ttffWarm = r(app.warmReadyMs, baseline.warmReadyMs);
  add(
    'first complete frame, cold, app/baseline',
    fmt.ratio(ttffCold),
    '≤ 1.10×',
    ttffCold !== null && ttffCold <= 1.1,
  );
  add(
    'first complete frame, warm, app/baseline',
    fmt.ratio(ttffWarm),
    '≤ 1.10×',
    ttffWarm !== null && ttffWarm <= 1.1,
  );
  const perFrame = r(app.scriptMsPerFrame, baseline.scriptMsPerFrame);
  add(
    'main-thread JS per frame (animating), app/baseline',
    fmt.ratio(perFrame),
    '≤ 1.10×',
    perFrame !== null && perFrame <= 1.1,
  );
  const js = r(app.jsGzip, baseline.jsGzip);
  add(
    'initial JavaScript (gzip), app/baseline',
    `${fmt.ratio(js)} (raw ${fmt.ratio(r(app.jsRaw, baseline.jsRaw))})`,
    '≤ 1.10×',
    js !== null && js <= 1.1,
  );
  add(
    'long tasks > 50 ms after the first frame, default view (app, all runs)',
    `${app.afterReadyLongTasks.length} (longest ${fmt.ms(app.afterReadyLongTaskMaxMs)})`,
    '0',
    app.afterReadyLongTasks.length === 0,
  );
  const soakApp = results.soak?.app;
  add(
    `heap growth over the soak (app, ${results.soak ? Math.round(soakApp?.seconds ?? 0) : 0} s)`,
    soakApp?.ok ? fmt.mb(soakApp.growth) : 'not measured',
    '< 2 MB',
    Boolean(soakApp?.ok && soakApp.growth < 2 * MB),
    results.options.soakSeconds < 600 ? 'shorter than the 10-minute soak (--soak=600)' : '',
  );
  if (largest) {
    const a = largest.app;
    const b = largest.baseline;
    const n = largest.corridors.toLocaleString('en');
    const frames = a.framesInWindow ?? 0;
    const started = a.runs > a.failed && a.coldReadyMs !== null;
    const animates = started && frames >= 2;
    add(
      `${n} corridors: app starts and animates`,
      started
        ? `starts (${fmt.ms(a.coldReadyMs)}); ${frames} frame(s) in ${fmt.n(a.windowSeconds)} s`
        : `no${a.errors[0] ? `: ${a.errors[0]}` : ''}`,
      'starts, ≥ 2 frames',
      animates,
      animates ? '' : `baseline: ${b.framesInWindow ?? 0} frame(s) in ${fmt.n(b.windowSeconds)} s`,
    );
    const measurable = frames >= 2 && (b.framesInWindow ?? 0) >= 2;
    const pf = measurable ? r(a.scriptMsPerFrame, b.scriptMsPerFrame) : null;
    add(
      `${n} corridors: JS per frame, app/baseline`,
      measurable ? fmt.ratio(pf) : 'not measurable (fewer than 2 frames)',
      '≤ 1.10×',
      pf !== null && pf <= 1.1,
      measurable
        ? ''
        : `JS per second of animation instead: ${fmt.ratio(r(a.scriptMsPerSecond, b.scriptMsPerSecond))}`,
    );
  }
  return targets;
}

function report(results) {
  const { app, baseline } = results.default;
  const out = [];
  const o = results.options;
  out.push(
    `Corridor Atlas bench, ${results.date}: ${results.machine.cpus} × ${results.machine.cpuModel}, ` +
      `${results.machine.memoryGB} GB, ${results.machine.renderer ?? 'WebGL renderer unknown'}; ` +
      `Chromium ${results.machine.chromium}; load average at start ${results.machine.loadAverage}.`,
  );
  out.push(
    `Medians of ${o.runs} run(s) per page (scale: ${o.scaleRuns}); animation window ≥ ${o.windowSeconds} s ` +
      `and ≥ ${o.minFrames} frames; soak ${o.soakSeconds} s${o.soakSeconds < 600 ? ' (shortened; the full soak is --soak=600)' : ''}` +
      `${o.quick ? '; --quick smoke run: figures are single runs with tiny windows' : ''}.`,
  );
  out.push('');
  const row = (name, a, b, f, showRatio = true) => [
    name,
    f(a),
    f(b),
    showRatio ? fmt.ratio(ratio(a, b)) : '',
  ];
  const rows = [
    row('first complete frame, cold cache', app.coldReadyMs, baseline.coldReadyMs, fmt.ms),
    row('first complete frame, warm cache', app.warmReadyMs, baseline.warmReadyMs, fmt.ms),
    row('main-thread JS during start-up', app.startupScriptMs, baseline.startupScriptMs, fmt.ms),
    row('initial JavaScript, raw', app.jsRaw, baseline.jsRaw, fmt.kb),
    row('initial JavaScript, gzip', app.jsGzip, baseline.jsGzip, fmt.kb),
    row('everything before first frame, gzip', app.totalGzip, baseline.totalGzip, fmt.kb),
    row('JS per frame, animating', app.scriptMsPerFrame, baseline.scriptMsPerFrame, fmt.ms2),
    row(
      'main-thread tasks per frame, animating',
      app.taskMsPerFrame,
      baseline.taskMsPerFrame,
      fmt.ms2,
    ),
    row('frames per second, animating', app.fps, baseline.fps, fmt.fps),
    [
      'long tasks during start-up (count, longest)',
      `${fmt.n(app.startupLongTaskCount)}, ${fmt.ms(app.startupLongTaskMaxMs)}`,
      `${fmt.n(baseline.startupLongTaskCount)}, ${fmt.ms(baseline.startupLongTaskMaxMs)}`,
      '',
    ],
    [
      'long tasks after first frame, default view (all runs)',
      `${app.afterReadyLongTasks.length}, ${fmt.ms(app.afterReadyLongTaskMaxMs)}`,
      `${baseline.afterReadyLongTasks.length}, ${fmt.ms(baseline.afterReadyLongTaskMaxMs)}`,
      '',
    ],
  ];
  for (const phase of ['country', 'language', 'camera']) {
    const a = app.interaction[phase];
    const b = baseline.interaction[phase];
    if (!a) continue;
    const label = {
      country: 'open a country',
      language: 'switch language',
      camera: 'move the camera',
    }[phase];
    rows.push([
      `${label}: JS per frame; long tasks (count, longest)`,
      `${fmt.ms2(a.scriptMsPerFrame)}; ${fmt.n(a.longTaskCount)}, ${fmt.ms(a.longTaskMaxMs)}`,
      b
        ? `${fmt.ms2(b.scriptMsPerFrame)}; ${fmt.n(b.longTaskCount)}, ${fmt.ms(b.longTaskMaxMs)}`
        : '(no such UI)',
      b ? fmt.ratio(ratio(a.scriptMsPerFrame, b.scriptMsPerFrame)) : '',
    ]);
  }
  rows.push(
    row(
      'JS heap after start-up (after GC)',
      app.heapAfterStartup,
      baseline.heapAfterStartup,
      fmt.mb,
    ),
  );
  const s = results.soak;
  if (s) {
    rows.push([
      `JS heap growth over a ${Math.round(s.app?.seconds ?? 0)} s soak`,
      s.app?.ok ? `${fmt.mb(s.app.growth)} (${fmt.fps(s.app.fps)} fps)` : `failed: ${s.app?.error}`,
      s.baseline?.ok
        ? `${fmt.mb(s.baseline.growth)} (${fmt.fps(s.baseline.fps)} fps)`
        : `failed: ${s.baseline?.error}`,
      '',
    ]);
  }
  out.push('Default dataset (2 corridors), 1280×800:');
  out.push('');
  out.push(table(['figure (median)', 'app', 'baseline', 'app/baseline'], rows));
  out.push('');

  // Bytes per chunk.
  const names = [...new Set([...app.bytes, ...baseline.bytes].map((f) => f.chunk))];
  const find = (list, name) => list.find((f) => f.chunk === name);
  const chunkRows = names
    .map((name) => ({ name, a: find(app.bytes, name), b: find(baseline.bytes, name) }))
    .sort((x, y) => (y.a?.raw ?? y.b?.raw ?? 0) - (x.a?.raw ?? x.b?.raw ?? 0))
    .map(({ name, a, b }) => [
      name,
      a ? `${fmt.kb(a.raw)} / ${fmt.kb(a.gzip)}` : '–',
      b ? `${fmt.kb(b.raw)} / ${fmt.kb(b.gzip)}` : '–',
    ]);
  out.push('Requested before the first complete frame (raw / gzip -9), per chunk:');
  out.push('');
  out.push(table(['chunk', 'app', 'baseline'], chunkRows));
  out.push('');

  if (results.scale.length > 0) {
    out.push('Scale (synthetic corridors, seeded; app/baseline in brackets):');
    out.push('');
    const scaleRows = results.scale.map((x) => {
      const a = x.app;
      const b = x.baseline;
      const pair = (va, vb, f) => `${f(va)} / ${f(vb)} (${fmt.ratio(ratio(va, vb))})`;
      const failed = a.failed
        ? ` (app: ${a.errors[0]})`
        : b.failed
          ? ` (baseline: ${b.errors[0]})`
          : '';
      return [
        `${x.corridors.toLocaleString('en')} (${x.facts.vertices.toLocaleString('en')} vertices)${failed}`,
        pair(a.coldReadyMs, b.coldReadyMs, fmt.ms),
        pair(a.warmReadyMs, b.warmReadyMs, fmt.ms),
        pair(a.scriptMsPerFrame, b.scriptMsPerFrame, fmt.ms2),
        pair(a.scriptMsPerSecond, b.scriptMsPerSecond, fmt.ms),
        `${fmt.fps2(a.fps)} / ${fmt.fps2(b.fps)}`,
        `${a.afterReadyLongTasks.length}, ${fmt.ms(a.afterReadyLongTaskMaxMs)}`,
        pair(a.heapAfterStartup, b.heapAfterStartup, fmt.mb),
        pair(a.jsGzip, b.jsGzip, fmt.kb),
        pair(a.totalGzip, b.totalGzip, fmt.kb),
      ];
    });
    out.push(
      table(
        [
          'corridors',
          'first frame, cold',
          'first frame, warm',
          'JS per frame',
          'JS per second',
          'fps',
          'app long tasks after first frame',
          'heap after start-up',
          'JS before first frame (gzip)',
          'all bytes before first frame (gzip)',
        ],
        scaleRows,
      ),
    );
    out.push('');
  }

  out.push('Targets:');
  out.push('');
  out.push(
    table(
      ['target', 'measured', 'limit', 'met'],
      results.targets.map((t) => [
        t.name,
        t.value,
        t.limit,
        `${t.met ? 'yes' : '**no**'}${t.note ? ` (${t.note})` : ''}`,
      ]),
    ),
  );
  out.push('');
  if (results.causes.length > 0) {
    out.push('Measured causes:');
    out.push('');
    for (const cause of results.causes) out.push(`- ${cause}`);
    out.push('');
  }
  return out.join('\n');
}

/** Plain-words causes of the misses, from the measured figures (bytes per chunk, profiles, long tasks). */
function causesOf(results) {
  const { app, baseline } = results.default;
  const causes = [];
  const targets = Object.fromEntries(results.targets.map((t) => [t.name.split(',')[0], t]));
  const gz = (list, name) => list.find((f) => f.chunk === name)?.gzip ?? 0;
  const jsChunks = [...new Set([...app.bytes, ...baseline.bytes].map((f) => f.chunk))].filter((c) =>
    /\.m?js$/.test(c),
  );
  const extra = jsChunks
    .map((c) => ({ c, d: gz(app.bytes, c) - gz(baseline.bytes, c) }))
    .filter((x) => x.d > 512)
    .sort((x, y) => y.d - x.d);
  if (!targets['initial JavaScript (gzip)']?.met && extra.length > 0) {
    causes.push(
      `Extra initial JavaScript (gzip): ${extra
        .map((x) => `${x.c} +${fmt.kb(x.d)}`)
        .join(
          ', ',
        )}; total +${fmt.kb(app.jsGzip - baseline.jsGzip)} over the baseline's ${fmt.kb(baseline.jsGzip)}.`,
    );
  }
  const p = results.profile;
  const list = (items, key = 'ms', f = fmt.ms) =>
    items
      .slice(0, 5)
      .map((x) => `${x.name} ${key === 'ms' ? f(x.ms) : fmt.ms2(x.msPerFrame)}`)
      .join(', ');
  if (p?.app?.startup && !results.targets[0]?.met) {
    causes.push(
      `First frame: the app's main thread ran ${fmt.ms(app.startupScriptMs)} of JavaScript before its first ` +
        `frame against the baseline's ${fmt.ms(baseline.startupScriptMs)}; by chunk (self time, profiled run): app ` +
        `${list(p.app.startup.chunks)}; baseline ${list(p.baseline.startup.chunks)}. ` +
        `Top app functions: ${list(p.app.startup.functions)}.`,
    );
  }
  if (p?.app?.animation && !targets['main-thread JS per frame (animating)']?.met) {
    causes.push(
      `JS per frame: by chunk (self time per frame, profiled run): app ${list(p.app.animation.chunks, 'f')}; ` +
        `baseline ${list(p.baseline.animation.chunks, 'f')}. Top app functions: ${list(p.app.animation.functions, 'f')}.`,
    );
  }
  /** "start: duration (top functions)" for the long tasks a profiled phase saw. */
  const tasksText = (tasks) =>
    (tasks ?? [])
      .slice(0, 4)
      .map(
        (t) =>
          `${t.startMs} ms: ${t.durationMs} ms (${t.functions
            .slice(0, 3)
            .map((f) => `${f.name} ${fmt.ms(f.ms)}`)
            .join(', ')})`,
      )
      .join('; ');
  if (app.afterReadyLongTasks.length > 0) {
    const profiled = p?.app?.animation?.longTasks ?? [];
    causes.push(
      `Long tasks after the first frame (app; ms after navigation: duration): ${app.afterReadyLongTasks
        .slice(0, 8)
        .map((t) => `${t.startMs}: ${t.durationMs}`)
        .join('; ')}; the baseline had ${baseline.afterReadyLongTasks.length} in the same window` +
        (profiled.length > 0
          ? `. In the profiled run, what ran in them: ${tasksText(profiled)}.`
          : ' (none in the profiled run).'),
    );
  }
  const labels = {
    country: 'Open a country',
    language: 'Switch language',
    camera: 'Move the camera',
  };
  for (const [phase, label] of Object.entries(labels)) {
    const a = app.interaction[phase];
    const b = baseline.interaction[phase];
    const profiled = p?.app?.[phase];
    if (!a || !profiled?.functions) continue;
    const slower = b ? (ratio(a.scriptMsPerFrame, b.scriptMsPerFrame) ?? 0) > 1.1 : false;
    if (!(a.longTaskCount > 0 || slower)) continue;
    causes.push(
      `${label}: ${fmt.ms2(a.scriptMsPerFrame)} JS per frame${b ? ` (baseline ${fmt.ms2(b.scriptMsPerFrame)})` : ''}, ` +
        `long tasks up to ${fmt.ms(a.longTaskMaxMs)}. Profiled run, self time: by chunk ${list(profiled.chunks)}; ` +
        `top functions ${list(profiled.functions)}` +
        (profiled.longTasks?.length
          ? `; in its long tasks: ${tasksText(profiled.longTasks)}.`
          : '.'),
    );
  }
  const s = results.soak;
  if (s?.app?.ok && s.app.growth >= 2 * MB) {
    causes.push(
      `Heap samples during the soak (s: MB): app ${s.app.samples.map((x) => `${x.s}: ${(x.heap / MB).toFixed(2)}`).join(', ')}; ` +
        `baseline ${s.baseline?.samples?.map((x) => `${x.s}: ${(x.heap / MB).toFixed(2)}`).join(', ')}.`,
    );
  }
  const largest = results.scale.at(-1);
  if (largest && p?.scale?.app?.startup) {
    causes.push(
      `${largest.corridors.toLocaleString('en')} corridors, start-up by chunk (profiled run): app ${list(p.scale.app.startup.chunks)}; ` +
        `baseline ${list(p.scale.baseline.startup.chunks)}. Top app functions: ${list(p.scale.app.startup.functions)}.`,
    );
  }
  if (largest && p?.scale?.app?.animation) {
    causes.push(
      `${largest.corridors.toLocaleString('en')} corridors, JS per frame by chunk (profiled run): app ${list(p.scale.app.animation.chunks, 'f')}; ` +
        `baseline ${list(p.scale.baseline.animation.chunks, 'f')}.`,
    );
  }
  return causes;
}

// ---------------------------------------------------------------------------------------------------
// Main

async function runPair(server, sites, runs, options, label) {
  const appRuns = [];
  const baselineRuns = [];
  let baselineQuery = null;
  const runOne = async (kind) => {
    // The baseline copies the app's map size and camera, from the first app run.
    baselineQuery ??= kind === 'baseline' ? queryFor(appRuns, sites.data) : null;
    const url =
      kind === 'app' ? `${server.base}/${sites.app}/` : `${server.base}/baseline/${baselineQuery}`;
    const result = await measureRun(server, { kind, url }, options);
    log(
      `${label} ${kind}: ${
        result.ok
          ? `first frame ${fmt.ms(result.coldReadyMs)} (warm ${fmt.ms(result.warmReadyMs)}), ` +
            `${fmt.ms2(result.idle.scriptMsPerFrame)} JS/frame, ${fmt.fps(result.idle.fps)} fps`
          : `FAILED ${result.error} ${result.errors.slice(0, 3).join(' | ')}`
      }${result.ok && result.error ? ` (then: ${result.error})` : ''}`,
    );
    (kind === 'app' ? appRuns : baselineRuns).push(result);
  };
  for (let i = 0; i < runs; i++) {
    // App first in even runs, baseline first in odd ones: drift on a shared machine hits both alike.
    const order = i % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app'];
    for (const kind of order) await runOne(kind);
  }
  return { app: appRuns, baseline: baselineRuns, baselineQuery };
}

/** The map's size and framing padding, from the last app run that measured them. */
let lastMapFacts = null;

function queryFor(appRuns, data) {
  lastMapFacts = appRuns.find((r) => r.facts)?.facts ?? lastMapFacts;
  const params = new URLSearchParams({ data: `corridors-${data}.json` });
  const box = lastMapFacts?.box;
  if (box) params.set('size', `${Math.round(box.width)}x${Math.round(box.height)}`);
  if (lastMapFacts?.padding) params.set('padding', lastMapFacts.padding);
  return `?${params.toString().replace(/%2C/gi, ',')}`;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\nimport')[0]);
    return;
  }
  const started = now();
  mkdirSync(OUT, { recursive: true });
  const facts = await buildSites(options);
  const server = await startServer();
  // Ctrl-C: kill the browsers (a page stuck in a long software-WebGL frame would hold a graceful close).
  const stop = () => {
    void Promise.all([...liveBrowsers].map((b) => b.kill().catch(() => {}))).finally(() =>
      process.exit(130),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const loadAverage = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');
  try {
    const browser = await browserFacts(server);
    log(`default dataset: ${options.runs} run(s) per page`);
    const pair = await runPair(
      server,
      { app: 'app', data: 'default' },
      options.runs,
      options,
      'default',
    );
    const results = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown CPU',
        memoryGB: Math.round(os.totalmem() / 1024 ** 3),
        loadAverage,
        chromium: browser.chromium,
        renderer: browser.renderer,
        node: process.version,
      },
      options,
      datasets: facts,
      default: { app: summarise(pair.app), baseline: summarise(pair.baseline) },
      baselineQuery: pair.baselineQuery,
      soak: null,
      scale: [],
      profile: {},
      targets: [],
      causes: [],
      runs: { default: strip(pair) },
    };

    if (options.profile) {
      log('profile pass (default dataset; not counted in the figures)');
      results.profile = await profilePair(server, 'app', pair.baselineQuery, options);
    }

    log(`soak: ${options.soakSeconds} s, app and baseline side by side`);
    const [soakApp, soakBaseline] = await Promise.all([
      soak(`${server.base}/app/`, options.soakSeconds, options.readyTimeoutMs),
      soak(
        `${server.base}/baseline/${pair.baselineQuery}`,
        options.soakSeconds,
        options.readyTimeoutMs,
      ),
    ]);
    results.soak = { app: soakApp, baseline: soakBaseline };
    log(
      `soak: app ${soakApp.ok ? fmt.mb(soakApp.growth) : soakApp.error}, baseline ${
        soakBaseline.ok ? fmt.mb(soakBaseline.growth) : soakBaseline.error
      }`,
    );

    for (const n of options.scale) {
      log(`scale: ${n} corridors, ${options.scaleRuns} run(s) per page`);
      const scaleOptions = { ...options, ...options.scaleOptions };
      const scalePair = await runPair(
        server,
        { app: `app-${n}`, data: String(n) },
        options.scaleRuns,
        scaleOptions,
        `${n}`,
      );
      results.scale.push({
        corridors: n,
        facts: facts[String(n)],
        app: summarise(scalePair.app),
        baseline: summarise(scalePair.baseline),
      });
      results.runs[String(n)] = strip(scalePair);
      if (options.profile && n === options.scale.at(-1)) {
        log(`profile pass (${n} corridors, start-up only)`);
        results.profile.scale = await profilePair(
          server,
          `app-${n}`,
          scalePair.baselineQuery,
          scaleOptions,
          true,
        );
      }
    }

    results.targets = targetsOf(results);
    results.causes = causesOf(results);
    results.seconds = Math.round((now() - started) / 1000);
    const text = report(results);
    console.log(`\n${text}`);
    console.log(`(${results.seconds} s in all; results in ${relative(ROOT, RESULTS)})`);
    await writeResults(results, text);
  } finally {
    server.server.close();
  }
}

/** One profiled run of each page: where the main thread's JS time goes, by chunk and by function. */
async function profilePair(server, appSite, baselineQuery, options, startupOnly = false) {
  const out = {};
  for (const [kind, url] of [
    ['app', `${server.base}/${appSite}/`],
    ['baseline', `${server.base}/baseline/${baselineQuery}`],
  ]) {
    const run = await measureRun(server, { kind, url, profile: true, startupOnly }, options);
    if (!run.ok) {
      out[kind] = { error: run.error };
      continue;
    }
    const samples = Object.fromEntries(
      Object.entries(run.profiles).map(([name, p]) => [name, samplesOf(p.profile, p.pageEnd)]),
    );
    const ready = run.coldReadyMs;
    const startup = samples.startup ?? [];
    // Start-up: from navigation (page clock 0) to the first complete frame. The long tasks after it are
    // looked up in the start-up profile's tail as well as in the animation profile.
    out[kind] = {
      coldReadyMs: ready,
      startupScriptMs: run.startup?.scriptMs ?? null,
      startup: attribute(
        startup.filter((x) => x.at >= 0 && x.at < ready),
        0,
      ),
    };
    if (samples.animation) {
      out[kind].animation = attribute(
        samples.animation,
        run.profiles.animation.frames,
        run.afterReadyLongTasks?.list ?? [],
      );
      out[kind].animation.longTasks = attribute(
        [...startup.filter((x) => x.at >= ready), ...samples.animation],
        0,
        run.afterReadyLongTasks?.list ?? [],
      ).longTasks;
    }
    for (const phase of ['country', 'language', 'camera']) {
      if (!samples[phase]) continue;
      out[kind][phase] = attribute(
        samples[phase],
        run.profiles[phase].frames,
        run.interaction?.[phase]?.longTasks.list ?? [],
      );
    }
  }
  return out;
}

/** Runs without the bulky parts (profiles), for results.json. */
function strip(pair) {
  const clean = ({ profiles: _profiles, ...rest }) => rest;
  return { app: pair.app.map(clean), baseline: pair.baseline.map(clean) };
}

async function writeResults(results, text) {
  const prettier = await import('prettier');
  const config = (await prettier.resolveConfig(RESULTS)) ?? {};
  const json = await prettier.format(JSON.stringify({ ...results, table: text }), {
    ...config,
    filepath: RESULTS,
  });
  writeFileSync(RESULTS, json);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
