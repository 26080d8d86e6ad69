// `npm run bench`: builds the production app and a bare MapLibre + deck.gl baseline page (bench/baseline)
// on the same data, measures both side by side in Chromium (playwright-core, software WebGL here), prints
// a table and writes bench/results.json. bench/README.md says what each figure is and how it is taken.
// Options (after `npm run bench --`):
//   --quick            everything once, with short windows (a smoke run of a few minutes)
//   --runs=N           runs per figure (median); default 3 (scale runs: --scale-runs=N, default 1)
//   --soak=SECONDS     heap soak of continuous animation; default 90 (the full soak is --soak=600)
//   --scale=LIST       corridor counts for the scale runs, e.g. 10,1000,10000 (default); "none" skips them
//   --scale-window=S   longest wait for 2 animation frames in a scale run (60 s; 10 s with --quick)
//   --no-build         reuse the builds of the last run (node_modules/.cache/corridor-atlas-bench)
//   --profile          take the CPU-profile passes in a --quick run too (a full run takes them)
//   --no-profile       skip the CPU-profile passes that name what the main-thread time goes to
//   --angle=BACKEND    WebGL backend: swiftshader (default: software, as on the project's machines),
//                      gl (OpenGL ES through EGL: a real GPU's driver, or Mesa llvmpipe without one),
//                      vulkan (the system's Vulkan driver); see bench/README.md
//   --verbose          log every phase of every run
// CHROMIUM_PATH picks another Chromium than /usr/bin/chromium.
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
/** Launch flags of tests/browser/harness.ts (see ../shared/docs/browser-testing.md), less the GPU ones. */
const BASE_ARGS = ['--no-sandbox', '--disable-quic', '--disable-dev-shm-usage'];
/**
 * WebGL backends (--angle=…). Software by default, as on the machines this project is built on. In
 * headless Linux, ANGLE's plain `gl` backend wants an X display and silently falls back to SwiftShader:
 * `gl-egl` is the one that reaches the driver. The bench checks the renderer it got (see `main`).
 */
const ANGLE_ARGS = {
  swiftshader: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  gl: ['--use-angle=gl-egl', '--ignore-gpu-blocklist'],
  vulkan: ['--use-angle=vulkan', '--enable-features=Vulkan', '--ignore-gpu-blocklist'],
};
let CHROMIUM_ARGS = [...BASE_ARGS, ...ANGLE_ARGS.swiftshader];
const VIEWPORT = { width: 1280, height: 800 };
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------------
// Options

/** A bad command line: said in one line, with no stack. */
class OptionError extends Error {}

/** @param {string[]} argv */
function parseOptions(argv) {
  const flag = (name) => argv.includes(`--${name}`);
  const value = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const number = (name, fallback, integer = false) => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
      throw new OptionError(`--${name} must be a positive ${integer ? 'whole ' : ''}number`);
    }
    return n;
  };
  const known = [
    'angle',
    'verbose',
    'quick',
    'runs',
    'scale-runs',
    'scale-window',
    'soak',
    'scale',
    'no-build',
    'profile',
    'no-profile',
    'help',
  ];
  for (const arg of argv) {
    const name = arg.replace(/^--/, '').split('=')[0];
    if (!arg.startsWith('--') || !known.includes(name))
      throw new OptionError(`unknown option ${arg}`);
  }
  const quick = flag('quick');
  const angle = value('angle') ?? 'swiftshader';
  if (!Object.hasOwn(ANGLE_ARGS, angle)) {
    throw new OptionError(`--angle must be one of ${Object.keys(ANGLE_ARGS).join(', ')}`);
  }
  const scaleText = value('scale') ?? '10,1000,10000';
  return {
    help: flag('help'),
    angle,
    quick,
    runs: number('runs', quick ? 1 : 3, true),
    scaleRuns: number('scale-runs', 1, true),
    soakSeconds: number('soak', quick ? 15 : 90),
    scale:
      scaleText === 'none'
        ? []
        : [
            ...new Set(
              scaleText.split(',').map((s) => {
                const n = Number(s);
                if (!Number.isInteger(n) || n < 2)
                  throw new OptionError(`--scale: bad count "${s}"`);
                return n;
              }),
            ),
          ].sort((a, b) => a - b),
    build: !flag('no-build'),
    // The profile passes (one more run of each page) name what the time goes to; --quick skips them
    // unless --profile asks.
    profile: flag('profile') || (!flag('no-profile') && !quick),
    /** Seconds after the first complete frame before the steady window (its long tasks count). */
    settleSeconds: quick ? 2 : 4,
    /** Seconds of the steady animation window in the default view (at least `minFrames` frames). */
    windowSeconds: quick ? 3 : 8,
    minFrames: quick ? 2 : 5,
    /** Longest a window waits for `minFrames`. */
    maxWindowSeconds: quick ? 20 : 45,
    /**
     * Longest the bench waits for the GPU to finish the frames a page submitted (for the frames drawn
     * per second). A GPU that is further behind is restarted before the warm load (see `runSteps`).
     */
    gpuWaitMs: quick ? 10_000 : 30_000,
    /** Seconds each interaction is watched for (fly to a country, relabel, camera move). */
    interactionSeconds: quick ? 1.5 : 3,
    /** Frames each interaction waits for, at most `interactionMaxSeconds`. */
    interactionMinFrames: 1,
    interactionMaxSeconds: 45,
    interact: true,
    /**
     * Scale runs. Under software WebGL a frame at 1,000 corridors takes the GPU seconds, at 10,000
     * minutes: the windows wait for fewer frames, up to --scale-window; the interactions are watched
     * for their main-thread work and long tasks without waiting for frames; --quick skips them.
     */
    scaleOptions: {
      minFrames: 2,
      windowSeconds: quick ? 3 : 8,
      maxWindowSeconds: number('scale-window', quick ? 10 : 60),
      gpuWaitMs: quick ? 5_000 : 20_000,
      interactionSeconds: 4,
      interactionMinFrames: 0,
      interact: !quick,
    },
    /**
     * A page that gives no answer for this long has its main thread blocked (say, by a synchronous
     * WebGL call behind minutes of software rendering): that counts as a long task of at least this
     * long; after the first frame the run goes on to the warm load, in an interaction it ends there.
     */
    stuckMs: quick ? 30_000 : 90_000,
    /** A run that takes longer than this is stopped and reported as failed. */
    runTimeoutMs: quick ? 240_000 : 600_000,
    readyTimeoutMs: 180_000,
  };
}

// ---------------------------------------------------------------------------------------------------
// Small helpers

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
/** A step of a run that got no answer from the page in time (see `options.stuckMs`). */
class Stuck extends Error {}

/** `promise`, or a `Stuck` error after `ms`. */
function within(promise, ms, what) {
  let timer;
  const late = new Promise((_, fail) => {
    timer = setTimeout(
      () => fail(new Stuck(`${what}: no answer from the page for ${Math.round(ms / 1000)} s`)),
      ms,
    );
  });
  promise.catch(() => {});
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Longest a call into a page may go unanswered (options.stuckMs, set by `main`): a page whose main
 * thread is blocked (a synchronous WebGL call waiting behind minutes of software rendering, say)
 * answers nothing, not even CDP's metrics.
 */
let stuckMs = 60_000;
/** `promise` (a call into the page), or a `Stuck` error after `stuckMs`. */
const ask = (promise, what) => within(promise, stuckMs, what);
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
    const hash = inputHash(JSON.stringify({ name, file: config.file ?? null, format: 2 }));
    const stamp = join(outDir, '.bench-input-hash');
    if (!options.build && existsSync(stamp)) return;
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
      log(`build ${name}: unchanged, reused`);
      return;
    }
    log(`build ${name}…`);
    // Hidden source maps: the same files as a production build (no sourceMappingURL comment, never
    // fetched by the page), so the profiles can name the original functions behind minified ones.
    await vite.build({
      ...config.vite,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, sourcemap: 'hidden' },
    });
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
      res.end('<!doctype html><link rel="icon" href="data:,"><title>blank</title>');
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
// In the page: long tasks (PerformanceObserver), frames (requestAnimationFrame), the moment the page
// says it is ready (<html data-status>), and GPU marks, installed before any of the page's scripts run.
//
// A GPU mark is a WebGL2 fence in the map's contexts (MapLibre's canvas and deck.gl's overlay canvas):
// it is done when the GPU has finished everything the page asked of it before the mark. It is polled
// from timers (at a growing interval, so a long wait costs the page next to nothing): nothing in the
// page waits on the GPU, unlike a readPixels. Only canvases that already hold a WebGL context are
// asked (getContext with the context's own type returns it, no new context is made), after `ready`.
// One mark is set the moment the page says it is ready: the first frame is on screen when it is done.

const INIT_SCRIPT = `(() => {
  const bench = (window.__bench = {
    longtasks: [], frames: 0, readyAt: null, readyEpoch: null, status: null, marks: {},
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const frame = () => { bench.frames += 1; requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  const contexts = () => {
    const out = [];
    for (const canvas of document.querySelectorAll('canvas.maplibregl-canvas, canvas#deckgl-overlay')) {
      let gl = null;
      try { gl = canvas.getContext('webgl2'); } catch {}
      if (gl && !gl.isContextLost() && typeof gl.fenceSync === 'function') out.push(gl);
    }
    return out;
  };
  bench.gpuMark = (label) => {
    const entry = { at: performance.now(), doneAt: null, contexts: 0, lost: false };
    bench.marks[label] = entry;
    const fences = [];
    for (const gl of contexts()) {
      const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
      gl.flush();
      if (sync) fences.push({ gl, sync });
    }
    entry.contexts = fences.length;
    if (fences.length === 0) return;
    let wait = 8;
    const poll = () => {
      for (const f of fences) {
        if (!f.sync) continue;
        if (f.gl.isContextLost()) { entry.lost = true; f.sync = null; continue; }
        if (f.gl.getSyncParameter(f.sync, f.gl.SYNC_STATUS) === f.gl.SIGNALED) {
          f.gl.deleteSync(f.sync);
          f.sync = null;
        }
      }
      if (fences.every((f) => !f.sync)) entry.doneAt = performance.now();
      else setTimeout(poll, (wait = Math.min(250, wait * 1.25)));
    };
    setTimeout(poll, wait);
  };
  const check = () => {
    const status = document.documentElement && document.documentElement.dataset.status;
    if (bench.readyAt === null && (status === 'ready' || status === 'error')) {
      bench.readyAt = performance.now();
      bench.readyEpoch = performance.timeOrigin + bench.readyAt;
      bench.status = status;
      if (status === 'ready') { try { bench.gpuMark('ready'); } catch {} }
    }
  };
  new MutationObserver(check).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-status'] });
})();`;

/** CDP Performance metrics as an object (ms for durations, bytes for the heap). */
async function metrics(cdp) {
  const { metrics: list } = await ask(cdp.send('Performance.getMetrics'), 'metrics');
  const get = (name) => list.find((m) => m.name === name)?.value ?? 0;
  return {
    script: get('ScriptDuration') * 1000,
    task: get('TaskDuration') * 1000,
    heap: get('JSHeapUsedSize'),
  };
}

async function collectGarbage(cdp) {
  await ask(cdp.send('HeapProfiler.collectGarbage'), 'garbage collection');
  await ask(cdp.send('HeapProfiler.collectGarbage'), 'garbage collection');
  return (await metrics(cdp)).heap;
}

const pageNow = (page) =>
  ask(
    page.evaluate(() => performance.now()),
    'clock',
  );
const benchState = (page) =>
  ask(
    page.evaluate(() => {
      const b = /** @type {any} */ (window).__bench;
      return {
        frames: b.frames,
        longtasks: b.longtasks,
        readyAt: b.readyAt,
        status: b.status,
        marks: b.marks,
      };
    }),
    'state',
  );

/** Sets a GPU mark (see INIT_SCRIPT) and returns the page clock it was set at. */
const gpuMark = (page, label) =>
  ask(
    page.evaluate((name) => {
      const b = /** @type {any} */ (window).__bench;
      b.gpuMark(name);
      return b.marks[name].at;
    }, label),
    'GPU mark',
  );

/**
 * Waits (at most `capMs`) until the GPU mark `label` is done; returns the mark with `lagMs`, the time
 * the GPU took to catch up with it, or `lagMs: null` when it did not within the wait (`waitedMs`).
 */
async function gpuDone(page, label, capMs) {
  const t0 = now();
  for (;;) {
    const mark = (await benchState(page)).marks[label];
    if (!mark) return null;
    if (mark.doneAt !== null || mark.contexts === 0 || mark.lost) {
      return { ...mark, lagMs: mark.doneAt === null ? null : mark.doneAt - mark.at };
    }
    if (now() - t0 >= capMs) {
      return { ...mark, lagMs: null, waitedMs: (await pageNow(page)) - mark.at };
    }
    await sleep(100);
  }
}

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
 * requestAnimationFrame, frames per second, and the long tasks that started in the window. With
 * `marks`, GPU marks are set at both ends (`${marks}:start`, `${marks}:end`) for the frames drawn.
 */
async function watch(page, cdp, { seconds, minFrames, maxSeconds, marks }, act = async () => {}) {
  const before = await benchState(page);
  const from = marks ? await gpuMark(page, `${marks}:start`) : await pageNow(page);
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
  const to = marks ? await gpuMark(page, `${marks}:end`) : await pageNow(page);
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

/**
 * Frames drawn per second in a watched window: the frames the page submitted in it, over the time the
 * GPU took to finish them (from its start mark done to its end mark done), at least the window. Software
 * WebGL can run far behind the page; requestAnimationFrame alone counts frames submitted, not drawn.
 * When the end mark was not done within the wait, `atMost` bounds the rate from above.
 */
function drawnRate(window, start, end) {
  if (!start || !end || start.lagMs === null || start.contexts === 0) return null;
  const from = start.at + start.lagMs;
  // Never more than submitted: a GPU still busy with earlier frames when the window opened finishes
  // the window's frames in a shorter span, but it spent the window's start on frames not counted here.
  if (end.lagMs !== null) {
    const span = Math.max(window.seconds, (end.at + end.lagMs - from) / 1000);
    return { fps: span > 0 ? window.frames / span : null, atMost: null };
  }
  const span = Math.max(window.seconds, (end.at + (end.waitedMs ?? 0) - from) / 1000);
  return { fps: null, atMost: span > 0 ? window.frames / span : null };
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
// load to the first complete frame, watch the default view animate, take the heap, then load the page
// again in a new tab of the same context (warm: HTTP cache, V8 code cache) and interact with it.

/**
 * Starts a browser of its own (a server process the bench can kill: a page stuck in a minutes-long
 * software-WebGL frame can hold a graceful close for minutes), runs `fn` with it, then kills it.
 *
 * @template T
 * @param {(browser: import('playwright-core').Browser, server: import('playwright-core').BrowserServer) => Promise<T>} fn
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
    return await fn(browser, server);
  } finally {
    await server.kill().catch(() => {});
    liveBrowsers.delete(server);
  }
}

/** @type {Set<import('playwright-core').BrowserServer>} */
const liveBrowsers = new Set();

/**
 * Kills the GPU process of a browser started by `withBrowser` (found through /proc: Linux only);
 * Chromium starts a new one for the next page. Returns how many processes were killed.
 */
function killGpuProcess(server) {
  const rootPid = server.process()?.pid;
  if (!rootPid || !existsSync('/proc/self/stat')) return 0;
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  let killed = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    for (const pid of children.get(stack.pop()) ?? []) {
      stack.push(pid);
      try {
        if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=gpu-process')) {
          process.kill(pid, 'SIGKILL');
          killed += 1;
        }
      } catch {
        // gone already
      }
    }
  }
  return killed;
}

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
  const state = await ask(
    page.evaluate(() => /** @type {any} */ (window).__bench),
    'ready state',
  );
  if (state.status !== 'ready') throw new Error('the page reported data-status="error"');
  return state;
}

/**
 * Where the map canvas is, and what the app frames its default view with (its padding: 40 px, plus the
 * legend's width when the legend is open), for the baseline to copy. No WebGL call: it must not disturb.
 */
async function mapFacts(page) {
  const facts = page.evaluate(() => {
    const box = document.querySelector('.maplibregl-canvas')?.getBoundingClientRect();
    const legend = document.querySelector('.legend-area');
    const legendOpen = legend?.querySelector('details')?.open === true;
    const legendWidth = legendOpen && legend ? legend.getBoundingClientRect().width : 0;
    return {
      box: box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null,
      padding: [40, 40, 40, 40 + legendWidth].map(Math.round).join(','),
    };
  });
  return ask(facts, 'map facts');
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
 * @param {{ kind: 'app' | 'baseline' | 'baselineHalos', url: string, profile?: boolean, startupOnly?: boolean }} target
 */
async function measureRun(server, target, options) {
  /** @type {Record<string, any>} */
  const result = { ok: false, errors: [], profiles: {}, interaction: {}, notFound: [] };
  let timer;
  const limit = new Promise((done) => {
    timer = setTimeout(() => done('timeout'), options.runTimeoutMs);
  });
  const firstRequest = server.requests.length;
  try {
    await withBrowser(async (browser, browserServer) => {
      const steps = runSteps(browser, browserServer, server, target, options, result);
      steps.catch(() => {}); // after a timeout, its pending calls fail when the browser is killed
      const outcome = await Promise.race([steps, limit]);
      if (outcome === 'timeout') throw new Error(`stopped after ${options.runTimeoutMs / 1000} s`);
    });
  } catch (error) {
    result.error = String(error instanceof Error ? error.message : error).split('\n')[0];
  } finally {
    clearTimeout(timer);
  }
  result.notFound = [
    ...new Set(
      server.requests
        .slice(firstRequest)
        .filter((r) => r.status === 404)
        .map((r) => r.path),
    ),
  ];
  result.ok = result.coldReadyMs !== undefined;
  return result;
}

async function runSteps(browser, browserServer, server, target, options, result) {
  const context = await newContext(browser, result.errors);
  context.setDefaultTimeout(options.readyTimeoutMs);
  let page = await context.newPage();
  await page.goto(`${server.base}/blank.html`);
  let cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const profiler = {
    enable: async () => {
      if (!target.profile) return;
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    },
    start: async () => {
      if (!target.profile) return;
      await cdp.send('Profiler.start');
    },
    // The page clock when the profile ended: it places the profile's samples on the page's clock
    // (the stop is handled once the main thread is free, so a long task in progress is inside).
    stop: async (name, frames = 0) => {
      if (!target.profile) return;
      const { profile } = await ask(cdp.send('Profiler.stop'), 'profiler');
      result.profiles[name] = { profile, frames, pageEnd: await pageNow(page) };
    },
  };
  await profiler.enable();
  await profiler.start();
  const m0 = await metrics(cdp);
  const since = now();
  await page.goto(target.url, { waitUntil: 'commit' });
  const ready = await waitReady(page, options.readyTimeoutMs);
  result.coldReadyMs = ready.readyAt;
  result.bytes = bytesBefore(server.requests, since, ready.readyEpoch);
  debug(`  ${target.kind} ready after ${fmt.ms(ready.readyAt)}`);

  /** @type {{ lagMs: number | null, contexts: number, lost: boolean } | null} */
  let end = null;
  try {
    const m1 = await metrics(cdp);
    result.startup = {
      readyMs: ready.readyAt,
      scriptMs: m1.script - m0.script,
      taskMs: m1.task - m0.task,
      longTasks: null,
    };
    // After the first complete frame: a settling window (its long tasks count against the app: the
    // target is none after the first frame), then the steady window the per-frame figures come from.
    // The start-up profile runs on to the end of the settling window: stopped at a calm moment, its
    // end places its samples on the page's clock (stopped during a long task, it would not).
    const settle = await watch(page, cdp, {
      seconds: target.startupOnly ? 1 : options.settleSeconds,
      minFrames: 0,
      maxSeconds: options.settleSeconds,
    });
    await profiler.stop('startup', settle.frames);
    result.settle = settle;
    if (target.startupOnly) return;
    await profiler.start();
    const idle = await watch(page, cdp, {
      seconds: options.windowSeconds,
      minFrames: options.minFrames,
      maxSeconds: options.maxWindowSeconds,
      marks: 'idle',
    });
    await profiler.stop('animation', idle.frames);
    debug(`  ${target.kind} window: ${idle.frames} frames in ${idle.seconds.toFixed(1)} s`);
    result.idle = idle;
    const all = (await benchState(page)).longtasks;
    result.startup.longTasks = longTasksIn(all, 0, ready.readyAt);
    // Long tasks from the first complete frame to the end of the steady window.
    result.afterReadyLongTasks = longTasksIn(all, ready.readyAt, idle.to);
    result.facts = await mapFacts(page);
    result.heapAfterStartup = await collectGarbage(cdp);
    debug(`  ${target.kind} heap ${fmt.mb(result.heapAfterStartup)}`);

    // Frames drawn, and how far the GPU runs behind the page (software WebGL: seconds at scale).
    // The end mark first: once it is done, the earlier ones are (one GPU queue, in order).
    end = await gpuDone(page, 'idle:end', options.gpuWaitMs);
    const start = await gpuDone(page, 'idle:start', 0);
    const readyMark = await gpuDone(page, 'ready', 0);
    const drawn = drawnRate(idle, start, end);
    result.firstFrameDrawnMs =
      readyMark?.lagMs !== null && readyMark?.lagMs !== undefined
        ? ready.readyAt + readyMark.lagMs
        : null;
    result.drawnFps = drawn?.fps ?? null;
    result.drawnFpsAtMost = drawn?.atMost ?? null;
    result.gpuLagMs = end?.lagMs ?? null;
    result.gpuLagAtLeastMs = end && end.lagMs === null ? (end.waitedMs ?? null) : null;
    debug(
      `  ${target.kind} GPU ${
        end?.lagMs === null
          ? `still behind after ${fmt.ms(end.waitedMs)}`
          : `lag ${fmt.ms(end?.lagMs)}`
      }; frames drawn per second ${fmt.drawn(result)}`,
    );
  } catch (error) {
    if (!(error instanceof Stuck)) throw error;
    // The page stopped answering after its first frame: its main thread is blocked, for at least
    // `stuckMs`. That counts as a long task after the first frame. Restarting the GPU process ends a
    // block on a synchronous WebGL call (the context is lost) and lets the run go on to the warm load.
    result.coldStuck = error.message;
    result.afterReadyLongTasks = {
      count: 1,
      maxMs: stuckMs,
      totalMs: stuckMs,
      atLeast: true,
      list: [{ startMs: null, durationMs: stuckMs, atLeast: true }],
    };
    debug(`  ${target.kind} after the first frame: ${error.message}`);
    result.coldGpuRestarted = killGpuProcess(browserServer) > 0;
    if (target.profile) await profiler.stop('blocked').catch(() => {});
    if (target.startupOnly) return;
  }

  // Warm: a new tab of the same context; the first tab is closed first, so its teardown is not timed.
  // A GPU still busy with the first tab's frames (software WebGL at scale: minutes) would delay the
  // second load by that much: its process is then restarted (HTTP and code caches live elsewhere).
  await cdp.detach().catch(() => {});
  await within(page.close({ runBeforeUnload: false }), stuckMs, 'closing the tab');
  if (end && end.contexts > 0 && !end.lost && end.lagMs === null) {
    result.warmGpuRestarted = killGpuProcess(browserServer) > 0;
    debug(`  ${target.kind} GPU process restarted before the warm load`);
  }
  await sleep(500);
  page = await context.newPage();
  await page.goto(`${server.base}/blank.html`);
  cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await profiler.enable();
  await page.goto(target.url, { waitUntil: 'commit' });
  result.warmReadyMs = (await waitReady(page, options.readyTimeoutMs)).readyAt;
  debug(`  ${target.kind} warm: ready after ${fmt.ms(result.warmReadyMs)}`);

  // Interactions, in the warm tab once it has settled. A phase the page does not answer (its main
  // thread blocked, e.g. by a synchronous GPU read-back behind minutes of software rendering) ends the
  // run, recorded as a long task of at least that long.
  if (!options.interact) return;
  if (result.coldStuck) {
    result.interactionSkipped = 'the main thread was blocked after the first frame';
    return;
  }
  const box = result.facts?.box;
  if (!box) {
    result.interactionSkipped = 'no map canvas';
    return;
  }
  try {
    result.warmSettle = await watch(page, cdp, {
      seconds: options.settleSeconds,
      minFrames: 0,
      maxSeconds: options.settleSeconds,
    });
  } catch (error) {
    if (!(error instanceof Stuck)) throw error;
    result.interactionStuck = `after the warm load, before the interactions: ${error.message}`;
    return; // the browser is killed with the page still blocked
  }
  const phase = {
    seconds: options.interactionSeconds,
    minFrames: options.interactionMinFrames,
    maxSeconds: options.interactionMaxSeconds,
  };
  const camera = { camera: () => moveCamera(page, box) };
  const phases =
    target.kind === 'app'
      ? { country: () => openCountry(page), language: () => switchLanguage(page), ...camera }
      : camera;
  for (const [name, act] of Object.entries(phases)) {
    try {
      await profiler.start();
      const watched = await watch(page, cdp, phase, () => ask(act(), name));
      await profiler.stop(name, watched.frames);
      result.interaction[name] = watched;
      debug(
        `  ${target.kind} ${name}: ${watched.frames} frames in ${watched.seconds.toFixed(1)} s`,
      );
    } catch (error) {
      if (!(error instanceof Stuck)) throw error;
      result.interaction[name] = {
        stuck: true,
        seconds: null,
        frames: 0,
        fps: 0,
        scriptMsPerFrame: null,
        taskMsPerFrame: null,
        longTasks: {
          count: 1,
          maxMs: stuckMs,
          totalMs: stuckMs,
          atLeast: true,
          list: [{ startMs: null, durationMs: stuckMs, atLeast: true }],
        },
      };
      result.interactionStuck = `${name}: ${error.message}`;
      debug(`  ${target.kind} ${name}: ${error.message}`);
      return; // the browser is killed with the page still blocked
    }
  }
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
      // Least-squares slope over the samples: on a short soak, less swayed by one sample than last − first.
      const mean = (f) => samples.reduce((sum, x) => sum + f(x), 0) / samples.length;
      const ms = mean((x) => x.s);
      const mh = mean((x) => x.heap);
      const sxx = samples.reduce((sum, x) => sum + (x.s - ms) ** 2, 0);
      const slope =
        sxx > 0 ? samples.reduce((sum, x) => sum + (x.s - ms) * (x.heap - mh), 0) / sxx : 0;
      Object.assign(result, {
        ok: true,
        seconds: (now() - t0) / 1000,
        frames,
        fps: frames / ((now() - t0) / 1000),
        heapStart: first,
        heapEnd: last,
        growth: last - first,
        /** Bytes per minute, from the least-squares fit. */
        slopePerMinute: slope * 60,
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

/** source-map-js (a dependency of Vite's), when present: the bench then names original functions. */
const sourceMaps = await import('source-map-js').catch(() => null);
const consumers = new Map();

function consumerFor(file) {
  if (!consumers.has(file)) {
    const mapFile = `${file.split('?')[0]}.map`;
    let consumer = null;
    if (sourceMaps && existsSync(mapFile)) {
      try {
        consumer = new sourceMaps.SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')));
      } catch {
        consumer = null;
      }
    }
    consumers.set(file, consumer);
  }
  return consumers.get(file);
}

/**
 * The original place of a position in a built file (1-based line, 0-based column), through the build's
 * source map and then the package's own (MapLibre ships minified code with a map): `name (path:line)`.
 */
function originalName(file, line, column, fallback) {
  let position = { source: file, line, column, name: null };
  for (let depth = 0; depth < 3; depth++) {
    const consumer = consumerFor(position.source);
    if (!consumer) break;
    const found = consumer.originalPositionFor({ line: position.line, column: position.column });
    if (!found.source || found.line === null) break;
    position = {
      source: resolve(dirname(position.source), found.source),
      line: found.line,
      column: found.column ?? 0,
      name: found.name ?? position.name,
    };
  }
  if (position.source === file) return null;
  const path = position.source.includes(`node_modules${sep}`)
    ? position.source.slice(position.source.lastIndexOf(`node_modules${sep}`) + 13)
    : relative(ROOT, position.source);
  // Without a name in the maps, a minifier's short name says nothing: the place alone does.
  const name = position.name ?? (/^[\w$]{1,3}$/.test(fallback) ? 'function' : fallback);
  return `${name} (${path.split('?')[0]}:${position.line})`;
}

/**
 * The samples of a CPU profile on the page's clock: when (ms), how long (self time, ms), in which chunk
 * and function. `pageEnd` is the page clock when the profile ended.
 */
function samplesOf(profile, pageEnd) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const deltas = profile.timeDeltas ?? [];
  const start = pageEnd - (profile.endTime - profile.startTime) / 1000;
  /** Chunk and function of a profile node, looked up once per node. */
  const names = new Map();
  const nameOf = (node) => {
    if (!names.has(node.id)) {
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      const file = url ? fileOfUrl(url) : null;
      const chunk = file ? chunkName(relative(OUT, file)) || url : functionName;
      const name = functionName || '(anonymous)';
      const fn = file
        ? (originalName(file, lineNumber + 1, columnNumber, name) ??
          `${name} ${chunk}:${lineNumber + 1}`)
        : name;
      names.set(node.id, { chunk, fn });
    }
    return names.get(node.id);
  };
  const parents = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node);
  /** The project's own functions on a node's stack (src/, bench/), each once: for total time. */
  const stacks = new Map();
  const ownStack = (node) => {
    if (!stacks.has(node.id)) {
      const parent = parents.get(node.id);
      const above = parent ? ownStack(parent) : [];
      const { fn } = nameOf(node);
      stacks.set(
        node.id,
        / \((src|bench)\//.test(fn) && !above.includes(fn) ? [...above, fn] : above,
      );
    }
    return stacks.get(node.id);
  };
  const out = [];
  let clock = 0;
  profile.samples?.forEach((id, i) => {
    clock += (deltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') return;
    out.push({
      at: start + clock,
      ms: (deltas[i + 1] ?? 0) / 1000,
      ...nameOf(node),
      own: ownStack(node),
    });
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

/**
 * Self time by chunk and function; total time (self and callees) of the project's own functions; and
 * what ran in each long task (`tasks`, page clock).
 */
function attribute(samples, frames, tasks = []) {
  const own = samples.flatMap((x) => x.own.map((fn) => ({ ms: x.ms, fn })));
  return {
    chunks: topBy(samples, 'chunk', 12, frames),
    functions: topBy(samples, 'fn', 12, frames),
    ownTotal: topBy(own, 'fn', 8, frames),
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
      /** Main-thread JS over the whole phase (seconds of watching), frames or none. */
      scriptMs: median(xs.map((x) => x.scriptMs)),
      frames: median(xs.map((x) => x.frames)),
      fps: median(xs.map((x) => x.fps)),
      longTaskCount: median(xs.map((x) => x.longTasks.count)),
      longTaskMaxMs: Math.max(...xs.map((x) => x.longTasks.maxMs)),
      /** A run whose page stopped answering in this phase: its longest task is at least that long. */
      stuck: xs.some((x) => x.stuck),
    };
  }
  const afterReady = ok.filter((r) => r.afterReadyLongTasks);
  return {
    runs: runs.length,
    failed: runs.length - ok.length,
    errors: runs.map((r) => r.error).filter(Boolean),
    coldReadyMs: m((r) => r.coldReadyMs),
    warmReadyMs: m((r) => r.warmReadyMs),
    /** The first frame finished by the GPU: ready plus the GPU's lag at that moment. */
    firstFrameDrawnMs: m((r) => r.firstFrameDrawnMs),
    /** Runs whose warm load came after a GPU-process restart (the GPU was minutes behind). */
    warmGpuRestarts: ok.filter((r) => r.warmGpuRestarted || r.coldGpuRestarted).length,
    startupScriptMs: m((r) => r.startup?.scriptMs),
    startupTaskMs: m((r) => r.startup?.taskMs),
    startupLongTaskCount: m((r) => r.startup?.longTasks?.count),
    startupLongTaskMaxMs: m((r) => r.startup?.longTasks?.maxMs),
    jsRaw: m((r) => r.bytes?.jsRaw),
    jsGzip: m((r) => r.bytes?.jsGzip),
    totalRaw: m((r) => r.bytes?.totalRaw),
    totalGzip: m((r) => r.bytes?.totalGzip),
    scriptMsPerFrame: m((r) => r.idle?.scriptMsPerFrame),
    taskMsPerFrame: m((r) => r.idle?.taskMsPerFrame),
    /** Main-thread JS per second of animation: comparable even when (almost) no frame is drawn. */
    scriptMsPerSecond: m((r) => (r.idle ? r.idle.scriptMs / r.idle.seconds : null)),
    fps: m((r) => r.idle?.fps),
    drawnFps: m((r) => r.drawnFps),
    /** When the GPU did not catch up within the wait: the drawn rate is at most this. */
    drawnFpsAtMost: ok.some((r) => r.drawnFps === null && typeof r.drawnFpsAtMost === 'number')
      ? median(ok.map((r) => r.drawnFpsAtMost))
      : null,
    /** How far the GPU was behind the page at the end of the steady window. */
    gpuLagMs: m((r) => r.gpuLagMs),
    gpuLagAtLeastMs: m((r) => r.gpuLagAtLeastMs),
    framesInWindow: m((r) => r.idle?.frames),
    windowSeconds: m((r) => r.idle?.seconds),
    afterReadyLongTaskMaxMs: afterReady.length
      ? Math.max(...afterReady.map((r) => r.afterReadyLongTasks.maxMs))
      : null,
    afterReadyLongTasks: afterReady.flatMap((r) => r.afterReadyLongTasks.list),
    /** Runs whose page stopped answering after its first frame (a long task of at least stuckMs). */
    blockedAfterReady: ok.filter((r) => r.coldStuck).length,
    blockedWhy: ok.find((r) => r.coldStuck)?.coldStuck ?? null,
    heapAfterStartup: m((r) => r.heapAfterStartup),
    interaction,
    interactionSkipped: ok.find((r) => r.interactionSkipped)?.interactionSkipped ?? null,
    interactionStuck: ok.find((r) => r.interactionStuck)?.interactionStuck ?? null,
    notFound: [...new Set(runs.flatMap((r) => r.notFound ?? []))],
    bytes: ok.find((r) => r.bytes)?.bytes.files ?? [],
    mapBox: ok.find((r) => r.facts)?.facts.box ?? null,
  };
}

const fmt = {
  ms: (x) => (x === null || x === undefined ? '–' : `${Math.round(x).toLocaleString('en')} ms`),
  ms2: (x) => (x === null || x === undefined ? '–' : `${x.toFixed(2)} ms`),
  fps: (x) => (x === null || x === undefined ? '–' : x.toFixed(1)),
  drawn: (x) =>
    x.drawnFps !== null && x.drawnFps !== undefined
      ? fmt.fps2(x.drawnFps)
      : x.drawnFpsAtMost !== null && x.drawnFpsAtMost !== undefined
        ? `≤ ${fmt.fps2(x.drawnFpsAtMost)}`
        : '–',
  /** The longest long task after the first frame; "≥ …, blocked" when the page stopped answering. */
  longest: (x) =>
    x.blockedAfterReady
      ? `≥ ${fmt.ms(x.afterReadyLongTaskMaxMs)} (main thread blocked)`
      : fmt.ms(x.afterReadyLongTaskMaxMs),
  /** How far the GPU was behind the page after the steady window. */
  lag: (x) =>
    x.gpuLagMs !== null && x.gpuLagMs !== undefined
      ? fmt.ms(x.gpuLagMs)
      : x.gpuLagAtLeastMs !== null && x.gpuLagAtLeastMs !== undefined
        ? `> ${fmt.ms(x.gpuLagAtLeastMs)}`
        : '–',
  /** Warm first frame, marked when it followed a GPU-process restart. */
  warm: (x) =>
    x.warmReadyMs === null || x.warmReadyMs === undefined
      ? '–'
      : `${fmt.ms(x.warmReadyMs)}${x.warmGpuRestarts ? '†' : ''}`,
  fps2: (x) => (x === null || x === undefined ? '–' : x < 1 ? x.toFixed(2) : x.toFixed(1)),
  kb: (x) =>
    x === null || x === undefined
      ? '–'
      : `${(x / 1024).toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KB`,
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
  /** `met`: true, false, or null when this run could not measure it (the note says why). */
  const add = (name, value, limit, met, note = '') =>
    targets.push({ name, value, limit, met, note });
  const r = (a, b) => ratio(a, b);
  const within = (x) => (x === null ? null : x <= 1.1);
  const ttffCold = r(app.coldReadyMs, baseline.coldReadyMs);
  const ttffWarm = r(app.warmReadyMs, baseline.warmReadyMs);
  add('first complete frame, cold, app/baseline', fmt.ratio(ttffCold), '≤ 1.10×', within(ttffCold));
  add('first complete frame, warm, app/baseline', fmt.ratio(ttffWarm), '≤ 1.10×', within(ttffWarm));
  const perFrame = r(app.scriptMsPerFrame, baseline.scriptMsPerFrame);
  add(
    'main-thread JS per frame (animating), app/baseline',
    fmt.ratio(perFrame),
    '≤ 1.10×',
    within(perFrame),
  );
  const js = r(app.jsGzip, baseline.jsGzip);
  add(
    'initial JavaScript (gzip), app/baseline',
    `${fmt.ratio(js)} (raw ${fmt.ratio(r(app.jsRaw, baseline.jsRaw))})`,
    '≤ 1.10×',
    within(js),
  );
  const measuredRuns = app.runs - app.failed;
  add(
    'long tasks > 50 ms after the first frame, default view (app, all runs)',
    measuredRuns > 0
      ? `${app.afterReadyLongTasks.length} in ${measuredRuns} run(s) (longest ${fmt.longest(app)})`
      : 'not measured',
    '0',
    measuredRuns > 0 ? app.afterReadyLongTasks.length === 0 : null,
  );
  const soakApp = results.soak?.app;
  add(
    `heap growth over the soak (app, ${Math.round(soakApp?.seconds ?? results.options.soakSeconds)} s)`,
    soakApp?.ok
      ? fmt.mb(soakApp.growth)
      : `not measured${soakApp?.error ? `: ${soakApp.error}` : ''}`,
    '< 2 MB',
    soakApp?.ok ? soakApp.growth < 2 * MB : null,
    results.options.soakSeconds < 600 ? 'shorter than the 10-minute soak (--soak=600)' : '',
  );
  if (largest) {
    const a = largest.app;
    const b = largest.baseline;
    const n = largest.corridors.toLocaleString('en');
    const frames = a.framesInWindow ?? 0;
    const baseFrames = b.framesInWindow ?? 0;
    const started = a.runs > a.failed && a.coldReadyMs !== null;
    // Animating: 2 frames in the window. Where the baseline (the same corridors in one TripsLayer, on
    // the same GPU) did not get 2 frames either, the GPU is the limit, not the app: not measurable.
    const blocked = a.blockedAfterReady > 0;
    const animates =
      !started || blocked ? false : frames >= 2 ? true : baseFrames >= 2 ? false : null;
    const gpu = `frames drawn per second: app ${fmt.drawn(a)}, baseline ${fmt.drawn(b)}; GPU behind by ${fmt.lag(a)} / ${fmt.lag(b)}`;
    add(
      `${n} corridors: app starts and animates`,
      !started
        ? `no${a.errors[0] ? `: ${a.errors[0]}` : ''}`
        : blocked
          ? `starts (${fmt.ms(a.coldReadyMs)}), then its main thread is blocked for ≥ ${fmt.ms(a.afterReadyLongTaskMaxMs)} (baseline: ${baseFrames} frame(s), ${b.blockedAfterReady ? 'blocked too' : 'answering'})`
          : `starts (${fmt.ms(a.coldReadyMs)}); ${frames} frame(s) in ${fmt.n(a.windowSeconds)} s (baseline ${baseFrames})`,
      'starts, ≥ 2 frames',
      animates,
      blocked
        ? `the page stopped answering after its first frame: a synchronous call (e.g. a WebGL read-back or link-status query) waiting on a GPU that is far behind; ${gpu}`
        : animates === null
          ? `the baseline got fewer than 2 frames as well: the GPU (${results.machine.renderer?.includes('SwiftShader') ? 'software WebGL' : 'this GPU'}) is the limit; ${gpu}`
          : gpu,
    );
    const measurable = !blocked && frames >= 2 && baseFrames >= 2;
    const pf = measurable ? r(a.scriptMsPerFrame, b.scriptMsPerFrame) : null;
    add(
      `${n} corridors: JS per frame, app/baseline`,
      blocked
        ? `no frames: main thread blocked ≥ ${fmt.ms(a.afterReadyLongTaskMaxMs)}`
        : measurable
          ? fmt.ratio(pf)
          : 'fewer than 2 frames in a window',
      '≤ 1.10×',
      blocked ? false : measurable ? within(pf) : null,
      blocked || measurable
        ? ''
        : `JS per second of animation instead: ${fmt.ratio(r(a.scriptMsPerSecond, b.scriptMsPerSecond))} ` +
            `(${fmt.ms(a.scriptMsPerSecond)} / ${fmt.ms(b.scriptMsPerSecond)}); a longer --scale-window or a GPU (--angle) measures it`,
    );
  }
  return targets;
}

function report(results) {
  const { app, baseline, baselineHalos } = results.default;
  const out = [];
  const o = results.options;
  const machine = results.machine;
  out.push(
    `Corridor Atlas bench, ${results.date}: ${machine.cpus} × ${machine.cpuModel}, ` +
      `${machine.memoryGB} GB, ${machine.renderer ?? 'WebGL renderer unknown'}; ` +
      `Chromium ${machine.chromium} (--angle=${o.angle}); Node ${machine.node}; ` +
      `load average ${machine.loadAverage} at the start, ${machine.loadAverageAtEnd ?? '?'} at the end.`,
  );
  if (machine.warning) out.push(`WARNING: ${machine.warning}`);
  out.push(
    `Medians of ${o.runs} run(s) per page (scale: ${o.scaleRuns}); animation window ≥ ${o.windowSeconds} s ` +
      `after ${o.settleSeconds} s of settling ` +
      `and ≥ ${o.minFrames} frames; soak ${o.soakSeconds} s${o.soakSeconds < 600 ? ' (shortened; the full soak is --soak=600)' : ''}` +
      `${o.quick ? '; --quick smoke run: single runs with short windows' : ''}` +
      `${o.profile ? '' : '; no profile pass'}.`,
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
    row(
      'first frame finished by the GPU, cold',
      app.firstFrameDrawnMs,
      baseline.firstFrameDrawnMs,
      fmt.ms,
    ),
    row('main-thread JS during start-up', app.startupScriptMs, baseline.startupScriptMs, fmt.ms),
    row('initial JavaScript, raw', app.jsRaw, baseline.jsRaw, fmt.kb),
    row('initial JavaScript, gzip', app.jsGzip, baseline.jsGzip, fmt.kb),
    row('everything before first frame, gzip', app.totalGzip, baseline.totalGzip, fmt.kb),
    row('JS per frame, animating', app.scriptMsPerFrame, baseline.scriptMsPerFrame, fmt.ms2),
    // Against a bare page that animates the same two layers as the app: what is left of the gap above.
    row(
      "JS per frame, animating: baseline + the app's halo layer",
      app.scriptMsPerFrame,
      baselineHalos.scriptMsPerFrame,
      fmt.ms2,
    ),
    row(
      'main-thread tasks per frame, animating',
      app.taskMsPerFrame,
      baseline.taskMsPerFrame,
      fmt.ms2,
    ),
    row('frames per second submitted (requestAnimationFrame)', app.fps, baseline.fps, fmt.fps2),
    [
      'frames per second drawn (finished by the GPU)',
      fmt.drawn(app),
      fmt.drawn(baseline),
      fmt.ratio(ratio(app.drawnFps, baseline.drawnFps)),
    ],
    ['GPU behind the page after the window', fmt.lag(app), fmt.lag(baseline), ''],
    [
      'long tasks during start-up (median count, median longest)',
      `${fmt.n(app.startupLongTaskCount)}, ${fmt.ms(app.startupLongTaskMaxMs)}`,
      `${fmt.n(baseline.startupLongTaskCount)}, ${fmt.ms(baseline.startupLongTaskMaxMs)}`,
      '',
    ],
    [
      'long tasks after first frame, default view (all runs: count, longest)',
      `${app.afterReadyLongTasks.length}, ${fmt.longest(app)}`,
      `${baseline.afterReadyLongTasks.length}, ${fmt.longest(baseline)}`,
      '',
    ],
  ];
  const interactionCell = (x) =>
    x
      ? `${fmt.ms2(x.scriptMsPerFrame)}; ${fmt.n(x.longTaskCount)}, ${x.stuck ? '≥ ' : ''}${fmt.ms(x.longTaskMaxMs)}`
      : '–';
  const labels = {
    country: 'open a country',
    language: 'switch language',
    camera: 'move the camera',
  };
  for (const [phase, label] of Object.entries(labels)) {
    const a = app.interaction[phase];
    const b = baseline.interaction[phase];
    rows.push([
      `${label}: JS per frame; long tasks (median count, longest in any run)`,
      a
        ? interactionCell(a)
        : `not measured${app.interactionStuck ? ` (${app.interactionStuck})` : ''}`,
      phase === 'camera' ? interactionCell(b) : '(no such UI)',
      b ? fmt.ratio(ratio(a?.scriptMsPerFrame ?? null, b.scriptMsPerFrame)) : '',
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
  const soakCell = (x) =>
    `${fmt.mb(x.growth)} (${fmt.mb(x.slopePerMinute)}/min; ${fmt.fps(x.fps)} fps)`;
  if (s) {
    rows.push([
      `JS heap growth over a ${Math.round(s.app?.seconds ?? o.soakSeconds)} s soak (fitted slope; frames per second)`,
      s.app?.ok ? soakCell(s.app) : `failed: ${s.app?.error}`,
      s.baseline?.ok ? soakCell(s.baseline) : `failed: ${s.baseline?.error}`,
      '',
    ]);
  }
  out.push(`Default dataset (${results.datasets.default?.corridors ?? '?'} corridors), 1280×800:`);
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
    out.push('Scale (synthetic corridors, seeded): app / baseline (app/baseline)');
    out.push('');
    const pair = (va, vb, f) => `${f(va)} / ${f(vb)} (${fmt.ratio(ratio(va, vb))})`;
    const scaleRows = results.scale.map((x) => {
      const a = x.app;
      const b = x.baseline;
      const failed = a.failed
        ? ` (app: ${a.errors[0]})`
        : b.failed
          ? ` (baseline: ${b.errors[0]})`
          : '';
      const phases = Object.entries(a.interaction);
      return [
        `${x.corridors.toLocaleString('en')} (${x.facts.vertices.toLocaleString('en')} vertices)${failed}`,
        pair(a.coldReadyMs, b.coldReadyMs, fmt.ms),
        `${fmt.warm(a)} / ${fmt.warm(b)} (${fmt.ratio(ratio(a.warmReadyMs, b.warmReadyMs))})`,
        pair(a.scriptMsPerFrame, b.scriptMsPerFrame, fmt.ms2),
        pair(a.scriptMsPerSecond, b.scriptMsPerSecond, fmt.ms),
        `${fmt.n(a.framesInWindow)} / ${fmt.n(b.framesInWindow)} in ${fmt.n(a.windowSeconds)} / ${fmt.n(b.windowSeconds)} s`,
        `${fmt.drawn(a)} / ${fmt.drawn(b)}`,
        `${fmt.lag(a)} / ${fmt.lag(b)}`,
        `${a.afterReadyLongTasks.length}, ${fmt.longest(a)}`,
        phases.length > 0
          ? phases
              .map(
                ([k, v]) =>
                  `${k} ${fmt.n(v.longTaskCount)}, ${v.stuck ? '≥ ' : ''}${fmt.ms(v.longTaskMaxMs)}`,
              )
              .join('; ')
          : a.interactionStuck
            ? a.interactionStuck
            : 'not run',
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
          'frames in window',
          'fps drawn',
          'GPU behind by',
          'app long tasks after first frame',
          'app long tasks per interaction (count, longest)',
          'heap after start-up',
          'JS before first frame (gzip)',
          'all bytes before first frame (gzip)',
        ],
        scaleRows,
      ),
    );
    out.push('');
    if (results.scale.some((x) => x.app.warmGpuRestarts || x.baseline.warmGpuRestarts)) {
      out.push(
        "† after a GPU-process restart: the GPU was still busy with the cold tab's frames after " +
          'the wait, so the bench restarted it before the warm load (HTTP and code caches kept).',
      );
      out.push('');
    }
  }

  out.push(...profileSection(results));
  out.push('Targets:');
  out.push('');
  out.push(
    table(
      ['target', 'measured', 'limit', 'met'],
      results.targets.map((t) => [
        t.name,
        t.value,
        t.limit,
        `${t.met === true ? 'yes' : t.met === false ? '**no**' : 'not measurable here'}${t.note ? ` (${t.note})` : ''}`,
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

/**
 * What the main thread's JavaScript time goes to, from the profile pass: the top functions by self time
 * (through the builds' hidden source maps, and MapLibre's own, to original names and files) during the
 * steady animation window (per frame) and during the camera move, app and baseline.
 */
function profileSection(results) {
  const p = results.profile;
  if (!p?.app) return [];
  const out = [];
  const phases = [
    ['animation', 'steady animation, default view: self time per frame', 'msPerFrame'],
    ['camera', 'camera move (drag and two wheel steps): self time in the phase', 'ms'],
    ['startup', 'start-up, navigation to first complete frame: self time', 'ms'],
  ];
  for (const [phase, title, key] of phases) {
    const a = p.app[phase];
    const b = p.baseline?.[phase];
    if (!a) continue;
    const cell = (x) =>
      x ? `${x.name} ${key === 'ms' ? fmt.ms(x.ms) : fmt.ms2(x.msPerFrame)}` : '';
    const n = Math.max(a.functions.length, b?.functions.length ?? 0, 0);
    const rows = [];
    for (let i = 0; i < Math.min(n, 10); i++)
      rows.push([cell(a.functions[i]), cell(b?.functions[i])]);
    out.push(
      `Profile (one more run of each page, profiler on; not counted in the figures), ${title}, ` +
        `by chunk: app ${a.chunks
          .slice(0, 5)
          .map((c) => cell(c))
          .join(', ')}; baseline ${(b?.chunks ?? [])
          .slice(0, 5)
          .map((c) => cell(c))
          .join(', ')}.`,
    );
    out.push('');
    out.push(table(['app: top functions', 'baseline: top functions'], rows));
    out.push('');
    if (a.ownTotal?.length) {
      out.push(
        `Total time (with callees) in the project's own code: app ${a.ownTotal
          .slice(0, 6)
          .map((x) => cell(x))
          .join(', ')}; baseline ${(b?.ownTotal ?? [])
          .slice(0, 4)
          .map((x) => cell(x))
          .join(', ')}.`,
      );
      out.push('');
    }
  }
  if (p.app.error || p.baseline?.error) {
    out.push(
      `Profile pass failed: app ${p.app.error ?? 'ok'}, baseline ${p.baseline?.error ?? 'ok'}.`,
    );
    out.push('');
  }
  return out;
}

/** Plain-words causes of the misses, from the measured figures (bytes per chunk, profiles, long tasks). */
function causesOf(results) {
  const { app, baseline, baselineHalos } = results.default;
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
  if (targets['initial JavaScript (gzip)']?.met !== true && extra.length > 0) {
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
    (items ?? [])
      .slice(0, 5)
      .map((x) => `${x.name} ${key === 'ms' ? f(x.ms) : fmt.ms2(x.msPerFrame)}`)
      .join(', ');
  if (p?.app?.startup && results.targets[0]?.met !== true) {
    causes.push(
      `First frame: the app's main thread ran ${fmt.ms(app.startupScriptMs)} of JavaScript before its first ` +
        `frame against the baseline's ${fmt.ms(baseline.startupScriptMs)}; by chunk (self time, profiled run): app ` +
        `${list(p.app.startup.chunks)}; baseline ${list(p.baseline?.startup?.chunks)}. ` +
        `Top app functions: ${list(p.app.startup.functions)}.`,
    );
  }
  if (targets['main-thread JS per frame (animating)']?.met !== true) {
    // Measured, not profiled: how much of the gap a bare page pays as well for the app's second layer.
    causes.push(
      `JS per frame: app ${fmt.ms2(app.scriptMsPerFrame)}, baseline ${fmt.ms2(baseline.scriptMsPerFrame)}, ` +
        `baseline with the app's halo layer ${fmt.ms2(baselineHalos.scriptMsPerFrame)}; ` +
        `app/(baseline + halos) ${fmt.ratio(ratio(app.scriptMsPerFrame, baselineHalos.scriptMsPerFrame))}.`,
    );
  }
  if (p?.app?.animation && targets['main-thread JS per frame (animating)']?.met !== true) {
    causes.push(
      `JS per frame: by chunk (self time per frame, profiled run): app ${list(p.app.animation.chunks, 'f')}; ` +
        `baseline ${list(p.baseline?.animation?.chunks, 'f')}. Top app functions: ${list(p.app.animation.functions, 'f')}.`,
    );
  }
  /** "start: duration (top functions)" for the long tasks a profiled phase saw. */
  const tasksText = (tasks) =>
    (tasks ?? [])
      .slice(0, 4)
      .map(
        (t) =>
          `${t.startMs} ms: ${t.durationMs} ms (${(t.functions ?? [])
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
          : p?.app?.animation
            ? ' (none in the profiled run).'
            : ' (no profile pass in this run).'),
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
    if (!(a.longTaskCount > 0 || a.stuck || slower)) continue;
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
  for (const x of results.scale) {
    if (!x.app.blockedAfterReady) continue;
    const profiled = x.corridors === largest?.corridors ? p?.scale?.app?.blocked : null;
    causes.push(
      `${x.corridors.toLocaleString('en')} corridors: the app's page stopped answering after its first frame ` +
        `(${x.app.blockedWhy}); the baseline's ${x.baseline.blockedAfterReady ? 'did too' : 'kept answering'}` +
        (profiled?.functions?.length
          ? `. Profiled run, self time after the first frame until the GPU restart freed it: ${list(profiled.functions)}.`
          : '.'),
    );
  }
  if (largest && p?.scale?.app?.startup) {
    causes.push(
      `${largest.corridors.toLocaleString('en')} corridors, start-up by chunk (profiled run): app ${list(p.scale.app.startup.chunks)}; ` +
        `baseline ${list(p.scale.baseline?.startup?.chunks)}. Top app functions: ${list(p.scale.app.startup.functions)}.`,
    );
  }
  if (largest && p?.scale?.app?.animation) {
    causes.push(
      `${largest.corridors.toLocaleString('en')} corridors, JS per frame by chunk (profiled run): app ${list(p.scale.app.animation.chunks, 'f')}; ` +
        `baseline ${list(p.scale.baseline?.animation?.chunks, 'f')}.`,
    );
  }
  return causes;
}

// ---------------------------------------------------------------------------------------------------
// Main

/**
 * `runs` runs of the app and the baseline, and with `halos` of the baseline drawing the app's halo layer
 * too (`baselineHalos`): what a bare page pays for the same two animated layers as the app.
 */
async function runPair(server, sites, runs, options, label, halos = false) {
  const kinds = halos ? ['app', 'baseline', 'baselineHalos'] : ['app', 'baseline'];
  const byKind = Object.fromEntries(kinds.map((kind) => [kind, []]));
  let baselineQuery = null;
  const runOne = async (kind) => {
    // The baselines copy the app's map size and camera, from the first app run.
    baselineQuery ??= kind === 'app' ? null : queryFor(byKind.app, sites.data);
    const url =
      kind === 'app'
        ? `${server.base}/${sites.app}/`
        : `${server.base}/baseline/${baselineQuery}${kind === 'baselineHalos' ? '&halos=1' : ''}`;
    const result = await measureRun(server, { kind, url }, options);
    log(
      `${label} ${kind}: ${
        result.ok
          ? `first frame ${fmt.ms(result.coldReadyMs)} (warm ${fmt.ms(result.warmReadyMs)}), ` +
            `${fmt.ms2(result.idle?.scriptMsPerFrame)} JS/frame, ${fmt.n(result.idle?.frames)} frames ` +
            `(${fmt.fps2(result.idle?.fps)} fps, drawn ${fmt.drawn(result)})`
          : `FAILED ${result.error} ${result.errors.slice(0, 3).join(' | ')}`
      }${result.ok && result.error ? ` (then: ${result.error})` : ''}`,
    );
    byKind[kind].push(result);
  };
  for (let i = 0; i < runs; i++) {
    // The order turns by one page each run (app first in the first, so the baselines can copy it): drift
    // on a shared machine hits every page alike.
    const turn = i % kinds.length;
    for (const kind of [...kinds.slice(turn), ...kinds.slice(0, turn)]) await runOne(kind);
  }
  return { ...byKind, baselineQuery };
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
  CHROMIUM_ARGS = [...BASE_ARGS, ...ANGLE_ARGS[options.angle]];
  stuckMs = options.stuckMs;
  const started = now();
  const startedAt = new Date().toISOString();
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
  const loadAverage = () =>
    os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(', ');
  const loadAtStart = loadAverage();
  try {
    const browser = await browserFacts(server);
    // A GPU backend that is not there makes Chromium fall back to SwiftShader without a word.
    const software = !browser.renderer || /SwiftShader|llvmpipe|softpipe/i.test(browser.renderer);
    const warning = !browser.renderer
      ? 'no WebGL2 in this browser: nothing will draw'
      : options.angle !== 'swiftshader' && /SwiftShader/i.test(browser.renderer)
        ? `--angle=${options.angle} asked for, but Chromium fell back to SwiftShader (see bench/README.md)`
        : null;
    log(`WebGL: ${browser.renderer ?? 'none'}${software ? ' (software)' : ''}`);
    if (warning) log(`WARNING: ${warning}`);
    log(`default dataset: ${options.runs} run(s) per page (app, baseline, baseline + halos)`);
    const pair = await runPair(
      server,
      { app: 'app', data: 'default' },
      options.runs,
      options,
      'default',
      true,
    );
    const results = {
      date: startedAt,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown CPU',
        memoryGB: Math.round(os.totalmem() / 1024 ** 3),
        loadAverage: loadAtStart,
        loadAverageAtEnd: null,
        chromium: browser.chromium,
        renderer: browser.renderer,
        softwareWebGL: software,
        warning,
        chromiumArgs: CHROMIUM_ARGS,
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
      },
      options,
      datasets: facts,
      default: {
        app: summarise(pair.app),
        baseline: summarise(pair.baseline),
        baselineHalos: summarise(pair.baselineHalos),
      },
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

    results.machine.loadAverageAtEnd = loadAverage();
    results.targets = targetsOf(results);
    results.causes = causesOf(results);
    results.seconds = Math.round((now() - started) / 1000);
    const text = report(results);
    console.log(`\n${text}`);
    console.log(`(${results.seconds} s in all; results in ${relative(ROOT, RESULTS)})`);
    await writeResults(results, text);
    // Missed targets are findings, not failures; a page that never started is a broken bench.
    const dead = Object.entries(results.default).filter(
      ([, x]) => x.runs > 0 && x.failed === x.runs,
    );
    if (dead.length > 0) {
      console.error(`bench: no run of ${dead.map(([kind]) => kind).join(' or ')} started`);
      process.exitCode = 1;
    }
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
    // A page that stopped answering after its first frame has one profile from navigation to the end
    // of the block (stopped once the GPU restart freed the main thread).
    const startup = samples.startup ?? samples.blocked ?? [];
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
    if (samples.blocked) {
      out[kind].blocked = attribute(
        samples.blocked.filter((x) => x.at >= ready),
        0,
      );
    }
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
function strip({ baselineQuery: _query, ...byKind }) {
  const clean = ({ profiles: _profiles, ...rest }) => rest;
  return Object.fromEntries(Object.entries(byKind).map(([kind, runs]) => [kind, runs.map(clean)]));
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
  if (error instanceof OptionError) {
    console.error(`bench: ${error.message} (see --help)`);
    process.exitCode = 2;
    return;
  }
  console.error(error);
  process.exitCode = 1;
});
