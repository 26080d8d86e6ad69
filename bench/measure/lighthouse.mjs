// Lighthouse's mobile figures (FCP, LCP, TBT, CLS, score) of the app and the baseline, served with gzip.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from './browser.mjs';
import { debug } from '../log.mjs';

/** The audits read from a report, by the name the bench gives them. */
export const LIGHTHOUSE_AUDITS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
};

/**
 * The figures of one Lighthouse report (`lhr`): each audit's numeric value, the performance score
 * (0–1), the element Lighthouse took for the largest contentful paint, and the warnings it gave.
 *
 * @example figuresOf(lhr).fcpMs; // 1234.5
 */
export function figuresOf(lhr) {
  const figures = Object.fromEntries(
    Object.entries(LIGHTHOUSE_AUDITS).map(([name, id]) => [
      name,
      typeof lhr.audits?.[id]?.numericValue === 'number' ? lhr.audits[id].numericValue : null,
    ]),
  );
  const lcpElement =
    lhr.audits?.['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node
      ?.snippet;
  return {
    ...figures,
    score:
      typeof lhr.categories?.performance?.score === 'number'
        ? lhr.categories.performance.score
        : null,
    lcpElement: typeof lcpElement === 'string' ? lcpElement : null,
    warnings: Array.isArray(lhr.runWarnings) ? lhr.runWarnings : [],
    error: lhr.runtimeError?.message ?? null,
  };
}

/**
 * Starts Debian's Chromium headless with the bench's flags and a DevTools port of its own (Lighthouse
 * drives it through that port); `{ port, kill }`.
 */
async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const child = spawn(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    [
      '--headless',
      ...CHROMIUM_ARGS,
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise((done) => child.once('exit', done));
  /** Kills it and, once it has exited (it writes its profile until then), removes its profile. */
  const kill = async () => {
    child.kill('SIGKILL');
    await exited;
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // a file still being written: left in the temporary folder
    }
  };
  const file = join(profile, 'DevToolsActivePort');
  for (let waited = 0; waited < 30_000; waited += 100) {
    try {
      const port = Number(readFileSync(file, 'utf8').split('\n')[0]);
      if (port > 0) return { port, kill };
    } catch {
      // not written yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  await kill();
  throw new Error('Chromium gave no DevTools port in 30 s');
}

/**
 * Lighthouse's mobile profile (the default: a mid-range phone, simulated slow 4G, 4× CPU slowdown),
 * performance only, on each of `pages` (`{ name: url }`), `runs` times each in turn, every run in a
 * Chromium of its own. Returns `{ name: figures[] }` (see `figuresOf`; a run that failed has `error`).
 */
export async function lighthouseRuns(pages, runs) {
  const { default: lighthouse } = await import('lighthouse');
  /** @type {Record<string, ReturnType<typeof figuresOf>[]>} */
  const out = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, url] of Object.entries(pages)) {
      const chromium = await launchChromium();
      try {
        const result = await lighthouse(url, {
          port: chromium.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        const figures = result ? figuresOf(result.lhr) : null;
        out[name].push(figures ?? { ...figuresOf({}), error: 'Lighthouse gave no report' });
        debug(`  lighthouse ${name} run ${i + 1}: ${JSON.stringify(figures)}`);
      } catch (error) {
        out[name].push({ ...figuresOf({}), error: String(error?.message ?? error) });
      } finally {
        await chromium.kill();
      }
    }
  }
  return out;
}
