// The map without WebGL: an SVG map when WebGL2 cannot be had, and a new map when a context is lost.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DEFAULT_THEME } from '../../src/theme';
import { countPixels, hideLegend, useBrowser, openApp, rgbOf, BLOCK_WEBGL } from './harness';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Makes the browser take the WebGL context of the canvas matching `selector` away, as a GPU reset would. */
async function loseContext(page: Page, selector: string) {
  await page.evaluate((css) => {
    const canvas = document.querySelector<HTMLCanvasElement>(css);
    if (!canvas) throw new Error(`no ${css}`);
    const gl = canvas.getContext('webgl2');
    const extension = gl?.getExtension('WEBGL_lose_context');
    if (!extension) throw new Error('WEBGL_lose_context is not available');
    extension.loseContext();
  }, selector);
}

describe('a lost WebGL context', () => {
  it.each([
    ['MapLibre', 'canvas.maplibregl-canvas'],
    ['deck.gl', '#deckgl-overlay'],
  ])(
    'losing the %s context brings the map back by itself, same country and camera',
    async (_name, selector) => {
      const { page, log } = await openApp(browser(), baseUrl, '?country=SAU&motion=off');
      await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true');
      const before = await page.evaluate(() => location.search);
      const oldCanvas = await page.evaluateHandle(() =>
        document.querySelector('canvas.maplibregl-canvas'),
      );

      await loseContext(page, selector);
      await page.waitForFunction(() => document.documentElement.dataset.mapRestored === '1', null, {
        timeout: 60_000,
      });
      await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true');

      // A new canvas, drawing again: Saudi Arabia (a partner) and Iran in their colours.
      expect(await oldCanvas.evaluate((canvas) => canvas?.isConnected)).toBe(false);
      await hideLegend(page);
      const shot = await page.locator('#map').screenshot();
      expect(countPixels(shot, rgbOf(DEFAULT_THEME.roles.iran), 8)).toBeGreaterThan(2000);
      expect(countPixels(shot, rgbOf(DEFAULT_THEME.roles.partner), 8)).toBeGreaterThan(2000);
      // Same state: the details stay open and the URL (camera included) is unchanged.
      await expect.poll(() => page.locator('#details').isVisible()).toBe(true);
      expect(await page.evaluate(() => location.search)).toBe(before);
      expect(await page.locator('.visually-hidden[aria-live]').textContent()).toContain('restored');
      expect(log.errors.filter((e) => !/context|webgl/i.test(e))).toEqual([]);
      await page.context().close();
    },
  );
});

describe('no WebGL', () => {
  it.each(['en', 'fa'])(
    'lang=%s: the SVG map appears with a notice, and a country click opens its details',
    async (lang) => {
      const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(BLOCK_WEBGL);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(new URL(`?lang=${lang}`, baseUrl).href);
      await page.waitForFunction(() => document.documentElement.dataset.status === 'ready', null, {
        timeout: 60_000,
      });
      expect(await page.locator('canvas').count()).toBe(0);
      const svg = page.locator('.svg-fallback-canvas svg');
      await svg.waitFor();
      expect(await page.locator('.svg-fallback-notice').textContent()).toMatch(
        lang === 'fa' ? /WebGL/ : /WebGL/,
      );
      // Countries by role, corridors and meeting places are drawn.
      expect(await svg.locator('[data-code="IRN"]').count()).toBeGreaterThan(0);
      expect(await svg.locator('[data-corridor="south-west"]').count()).toBeGreaterThan(0);
      expect(await svg.locator('[data-place]').count()).toBeGreaterThanOrEqual(2);
      // A click on Saudi Arabia, away from the lines drawn over it, opens its details.
      const saudi = svg.locator('path[data-code="SAU"]').first();
      const box = await saudi.boundingBox();
      if (!box) throw new Error('Saudi Arabia is not drawn');
      await page.mouse.click(box.x + box.width * 0.62, box.y + box.height * 0.7);
      await page.locator('#details:not([hidden])').waitFor();
      expect(await page.locator('#details-title').textContent()).toBe(
        lang === 'fa' ? 'عربستان سعودی' : 'Saudi Arabia',
      );
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
