// Browsers: a killable Chromium per run, its GPU process, contexts with the init script, facts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ANGLE_ARGS, BASE_ARGS } from '../options.mjs';
import { ask } from './clock.mjs';
import { INIT_SCRIPT } from './in-page.mjs';

const VIEWPORT = { width: 1280, height: 800 };
/** Chromium's flags: the base ones and the WebGL backend's (`setBackend`). */
export let CHROMIUM_ARGS = [...BASE_ARGS, ...ANGLE_ARGS.swiftshader];
/** Picks the WebGL backend (a key of `ANGLE_ARGS`) for every browser started after. */
export function setBackend(angle) {
  CHROMIUM_ARGS = [...BASE_ARGS, ...ANGLE_ARGS[angle]];
}

/**
 * Starts a browser of its own (a server process the bench can kill: a page stuck in a minutes-long
 * software-WebGL frame can hold a graceful close for minutes), runs `fn` with it, then kills it.
 *
 * @template T
 * @param {(browser: import('playwright-core').Browser, server: import('playwright-core').BrowserServer) => Promise<T>} fn
 * @returns {Promise<T>}
 */
export async function withBrowser(fn) {
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
export function killGpuProcess(server) {
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

/** A browser context at the bench's viewport, with the init script; page errors go to `errors`. */
export async function newContext(browser, errors) {
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

/** Waits until the page says it is ready (`<html data-status>`); throws when it says "error". */
export async function waitReady(page, timeout) {
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
export async function mapFacts(page) {
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
export async function browserFacts(server) {
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

/** Kills every browser still running (Ctrl-C: a page stuck in a software-WebGL frame holds a close). */
export const killBrowsers = () =>
  Promise.all([...liveBrowsers].map((b) => b.kill().catch(() => {})));
