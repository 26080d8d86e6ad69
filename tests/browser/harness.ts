// Shared browser-test helpers: Chromium with software WebGL, opening the app and watching what it does.
import { WebMercatorViewport } from '@math.gl/web-mercator';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, expect } from 'vitest';

/** Launch flags measured on these machines (see ../shared/docs/browser-testing.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export const VIEWPORT = { width: 1280, height: 800 };

/**
 * Starts Debian's Chromium (never a downloaded one).
 *
 * @example
 * const browser = await launchBrowser();
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * One Chromium for the test file that calls it: launched in `beforeAll`, closed in `afterAll`. Returns a
 * getter, because the browser exists only once the hooks have run (inside tests and later hooks).
 *
 * @example
 * const browser = useBrowser();
 * it('draws', async () => {
 *   const { page } = await openApp(browser(), baseUrl);
 * });
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser)
      throw new Error(
        'useBrowser(): the browser starts in beforeAll; call the getter in a test or hook',
      );
    return browser;
  };
}

/** What a page did while it was open: console messages, uncaught errors and every request's URL. */
export interface PageLog {
  errors: string[];
  warnings: string[];
  requests: string[];
}

/**
 * Opens the app at `query` in a new page and waits until the map has drawn countries and corridors
 * (the app sets `data-status="ready"` on <html>), or has failed (`"error"`).
 *
 * @example
 * const { page, log } = await openApp(browser, baseUrl, '?lang=fa&motion=off');
 */
export async function openApp(
  browser: Browser,
  baseUrl: string,
  query = '',
  options: { locale?: string; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<{ page: Page; log: PageLog }> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: options.locale ?? 'en-GB',
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  const page = await context.newPage();
  const log: PageLog = { errors: [], warnings: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => log.requests.push(request.url()));
  await page.goto(new URL(query, baseUrl).href);
  await page.waitForFunction(
    () => ['ready', 'error'].includes(document.documentElement.dataset.status ?? ''),
    null,
    { timeout: 60_000 },
  );
  return { page, log };
}

/** An RGB colour. */
export type Rgb = [number, number, number];

/**
 * The RGB of a theme colour: `#rrggbb` (country fills) or an RGBA array (deck.gl colours).
 *
 * @example
 * rgbOf('#5fa894'); // [95, 168, 148]
 * rgbOf([255, 107, 53, 255]); // [255, 107, 53]
 */
export function rgbOf(color: string | readonly number[]): Rgb {
  if (typeof color === 'string') {
    return [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as Rgb;
  }
  return [color[0] ?? 0, color[1] ?? 0, color[2] ?? 0];
}

/**
 * Counts the pixels of a PNG within `tolerance` (per channel) of `color`.
 *
 * @example
 * countPixels(await page.screenshot(), [255, 107, 53], 40);
 */
export function countPixels(png: Buffer, color: Rgb, tolerance: number): number {
  const image = PNG.sync.read(png);
  let count = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if (
      Math.abs((image.data[i] ?? 0) - color[0]) <= tolerance &&
      Math.abs((image.data[i + 1] ?? 0) - color[1]) <= tolerance &&
      Math.abs((image.data[i + 2] ?? 0) - color[2]) <= tolerance
    ) {
      count += 1;
    }
  }
  return count;
}

/**
 * Hides the legend (its swatches share the map's colours) so pixel counts see only the map. Through
 * the element's style, not an injected `<style>`, which the production build's CSP refuses.
 *
 * @example
 * await hideLegend(page);
 */
export async function hideLegend(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('.legend-area')) {
      element.style.setProperty('display', 'none', 'important');
    }
  });
}

/**
 * Whether the map's picture changes within `ms`: screenshots of `#map` compared with the first until
 * one differs. Software WebGL draws a few frames a second, so a moving map changes well within 2 s.
 *
 * @example
 * expect(await mapChanges(page, 3000)).toBe(true); // animating
 */
export async function mapChanges(page: Page, ms: number): Promise<boolean> {
  const map = page.locator('#map');
  const first = await map.screenshot();
  const end = Date.now() + ms;
  while (Date.now() < end) {
    await page.waitForTimeout(250);
    if (!first.equals(await map.screenshot())) return true;
  }
  return false;
}

/**
 * Waits until the map has stopped: MapLibre idle, then the frame already asked for drawn.
 *
 * @example
 * await mapSettled(page);
 * expect(await mapChanges(page, 2000)).toBe(false);
 */
export async function mapSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true');
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/**
 * Where a geographic point is drawn in a map box of `box`'s size, for a camera given as in `?view=`
 * (`"lon,lat,zoom"`), from the box's top-left corner: what the tests click or tap to hit a country.
 *
 * @example
 * const [x, y] = pointInView('45,24,4', box, [48.5, 20]); // the Rub' al Khali
 * await page.mouse.click(box.x + x, box.y + y);
 */
export function pointInView(
  view: string,
  box: { width: number; height: number },
  lonLat: [number, number],
): [number, number] {
  const [longitude, latitude, zoom] = view.split(',').map(Number) as [number, number, number];
  const viewport = new WebMercatorViewport({ ...box, longitude, latitude, zoom });
  const [x = 0, y = 0] = viewport.project(lonLat);
  return [x, y];
}

/** Makes every WebGL context request fail, as a locked-down browser or a remote desktop does. */
export const BLOCK_WEBGL = () => {
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (
    this: HTMLCanvasElement,
    type: string,
    ...rest: unknown[]
  ) {
    if (/webgl/i.test(type)) return null;
    return (getContext as (...args: unknown[]) => RenderingContext | null).call(
      this,
      type,
      ...rest,
    );
  } as typeof getContext;
};

/** Waits until the Data dialog reports the end of an import (its summary line). */
export async function dataDialogReport(page: Page) {
  const status = page.locator('dialog.data-dialog .data-status');
  await expect
    .poll(() => status.textContent(), { timeout: 60_000 })
    .toMatch(/Errors:|No problems|Nothing|خطا|مشکلی/);
  return status.textContent();
}
