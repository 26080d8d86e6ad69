// `npm run bench`: builds the production app and a bare MapLibre + deck.gl baseline page
// (bench/pages/baseline) on the same data, measures both side by side in Chromium (playwright-core,
// software WebGL here), prints a table and writes bench/results.json. bench/README.md says what each
// figure is and how it is taken, and which module does what.
// Options (after `npm run bench --`):
//   --quick            everything once, with short windows (a smoke run of a few minutes)
//   --runs=N           runs per figure (median); default 3 (scale runs: --scale-runs=N, default 1)
//   --soak=SECONDS     heap soak of continuous animation; default 90 (the full soak is --soak=600)
//   --scale=LIST       corridor counts for the scale runs, e.g. 10,1000,10000 (default); "none" skips them
//   --scale-window=S   longest wait for 2 animation frames in a scale run (60 s; 10 s with --quick)
//   --no-build         reuse the builds of the last run (node_modules/.cache/corridor-atlas-bench)
//   --profile          take the CPU-profile passes in a --quick run too (a full run takes them)
//   --no-profile       skip the CPU-profile passes that name what the main-thread time goes to
//   --lighthouse       take Lighthouse's mobile figures in a --quick run too (a full run takes them)
//   --no-lighthouse    skip them; --lighthouse-runs=N runs per page (median; default 3)
//   --no-import        skip the import case (a generated 1 MB, 500-line GeoJSON in the Data dialog)
//   --import-only      run only the import case (printed; results.json is left as it is)
//   --angle=BACKEND    WebGL backend: swiftshader (default: software, as on the project's machines),
//                      gl (OpenGL ES through EGL: a real GPU's driver, or Mesa llvmpipe without one),
//                      vulkan (the system's Vulkan driver); see bench/README.md
//   --verbose          log every phase of every run
// CHROMIUM_PATH picks another Chromium than /usr/bin/chromium.
import { mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { log } from './log.mjs';
import { OptionError, parseOptions } from './options.mjs';
import { OUT, RESULTS, ROOT } from './paths.mjs';
import { buildSites } from './pages/build.mjs';
import { startServer } from './pages/server.mjs';
import { browserFacts, CHROMIUM_ARGS, killBrowsers, setBackend } from './measure/browser.mjs';
import { now, setStuckMs } from './measure/clock.mjs';
import { importCase } from './measure/import.mjs';
import { lighthouseRuns } from './measure/lighthouse.mjs';
import { profilePair, runPair } from './measure/pairs.mjs';
import { soak } from './measure/soak.mjs';
import { causesOf } from './report/causes.mjs';
import { fmt } from './report/format.mjs';
import { importSection, report } from './report/report.mjs';
import { strip, writeResults } from './report/results-file.mjs';
import { targetsOf } from './report/targets.mjs';
import { summarise, summariseLighthouse } from './stats.mjs';

/** The load average over 1, 5 and 15 minutes, as the report writes it. */
const loadAverage = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');

/**
 * Whether the WebGL renderer is software, and a warning when it is not what was asked for (a GPU
 * backend that is not there makes Chromium fall back to SwiftShader without a word) or there is none.
 */
function checkRenderer(renderer, angle) {
  const software = !renderer || /SwiftShader|llvmpipe|softpipe/i.test(renderer);
  const warning = !renderer
    ? 'no WebGL2 in this browser: nothing will draw'
    : angle !== 'swiftshader' && /SwiftShader/i.test(renderer)
      ? `--angle=${angle} asked for, but Chromium fell back to SwiftShader (see bench/README.md)`
      : null;
  log(`WebGL: ${renderer ?? 'none'}${software ? ' (software)' : ''}`);
  if (warning) log(`WARNING: ${warning}`);
  return { software, warning };
}

/** The machine the figures were taken on, for the report's first line and results.json. */
function machineFacts(browser, software, warning, loadAtStart) {
  return {
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
  };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\nimport')[0]);
    return;
  }
  setBackend(options.angle);
  setStuckMs(options.stuckMs);
  const started = now();
  const startedAt = new Date().toISOString();
  mkdirSync(OUT, { recursive: true });
  const facts = await buildSites(options);
  const server = await startServer();
  // Ctrl-C: kill the browsers (a page stuck in a long software-WebGL frame would hold a graceful close).
  const stop = () => {
    void killBrowsers().finally(() => process.exit(130));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const loadAtStart = loadAverage();
  if (options.importOnly) {
    try {
      log(`import case alone: ${options.runs} run(s) each (load average ${loadAtStart})`);
      const imported = await importCase(server, options);
      console.log(`\n${importSection({ import: imported }).join('\n')}`);
      console.log(`(load average ${loadAtStart} at the start, ${loadAverage()} at the end)`);
    } finally {
      server.server.close();
    }
    return;
  }
  try {
    const browser = await browserFacts(server);
    const { software, warning } = checkRenderer(browser.renderer, options.angle);
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
      machine: machineFacts(browser, software, warning, loadAtStart),
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
      lighthouse: null,
      targets: [],
      causes: [],
      runs: { default: strip(pair) },
    };

    if (options.profile) {
      log('profile pass (default dataset; not counted in the figures)');
      results.profile = await profilePair(server, 'app', pair.baselineQuery, options);
    }

    results.soak = await soakPair(server, pair.baselineQuery, options);

    await scaleRuns(server, facts, options, results);

    if (options.importCase) {
      log(`import case: ${options.runs} run(s) of each file`);
      results.import = await importCase(server, options);
    }

    if (options.lighthouse) results.lighthouse = await lighthousePair(options, results.runs);

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

/** The soak of the app and the baseline, side by side (each in a browser of its own). */
async function soakPair(server, baselineQuery, options) {
  log(`soak: ${options.soakSeconds} s, app and baseline side by side`);
  const [soakApp, soakBaseline] = await Promise.all([
    soak(`${server.base}/app/`, options.soakSeconds, options.readyTimeoutMs),
    soak(`${server.base}/baseline/${baselineQuery}`, options.soakSeconds, options.readyTimeoutMs),
  ]);
  log(
    `soak: app ${soakApp.ok ? fmt.mb(soakApp.growth) : soakApp.error}, baseline ${
      soakBaseline.ok ? fmt.mb(soakBaseline.growth) : soakBaseline.error
    }`,
  );
  return { app: soakApp, baseline: soakBaseline };
}

/**
 * Lighthouse's mobile figures of the app and the baseline (`options.lighthouseRuns` runs each, in
 * turn), from a server of their own that sends text gzip-compressed as a static host does. The runs
 * go into `runs.lighthouse`.
 */
async function lighthousePair(options, runs) {
  log(`lighthouse: mobile profile, ${options.lighthouseRuns} run(s) per page, served with gzip`);
  const gzipped = await startServer({ gzip: true });
  try {
    const byPage = await lighthouseRuns(
      { app: `${gzipped.base}/app/`, baseline: `${gzipped.base}/baseline/` },
      options.lighthouseRuns,
    );
    runs.lighthouse = byPage;
    const { version } = JSON.parse(
      readFileSync(join(ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8'),
    );
    const summary = {
      version,
      app: summariseLighthouse(byPage.app),
      baseline: summariseLighthouse(byPage.baseline),
    };
    log(
      `lighthouse: app score ${summary.app.score ?? '–'}, LCP ${fmt.ms(summary.app.lcpMs)}; ` +
        `baseline score ${summary.baseline.score ?? '–'}, LCP ${fmt.ms(summary.baseline.lcpMs)}`,
    );
    return summary;
  } finally {
    gzipped.server.close();
  }
}

/** The scale runs, one pair per corridor count, into `results.scale`, `results.runs` and the profile. */
async function scaleRuns(server, facts, options, results) {
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
