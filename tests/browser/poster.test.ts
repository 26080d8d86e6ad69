// The first HTML's poster, the SVG map that answers clicks before WebGL, and the WebGL map taking over without a jump.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_THEME } from '../../src/theme';
import { countPixels, hideLegend, launchBrowser, rgbOf, VIEWPORT } from './harness';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
  return context.newPage();
}

/** Pixels of each colour the poster must show: two roles and both corridors. */
async function colours(page: Page) {
  await hideLegend(page);
  const shot = await page.screenshot();
  const { roles, corridors } = DEFAULT_THEME;
  return {
    iran: countPixels(shot, rgbOf(roles.iran), 8),
    partner: countPixels(shot, rgbOf(roles.partner), 8),
    southWest: countPixels(shot, rgbOf(corridors['south-west']?.base ?? []), 30),
    northEast: countPixels(shot, rgbOf(corridors['north-east']?.base ?? []), 30),
  };
}

describe('the poster', () => {
  for (const lang of ['en', 'fa'] as const) {
    it(`shows the map, header and legend in ${lang} before any script file arrives`, async () => {
      const page = await newPage();
      await page.route('**/*.js', (route) => route.abort());
      await page.goto(new URL(`?lang=${lang}`, baseUrl).href);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await page.locator(`header[data-poster="${lang}"]`).isVisible()).toBe(true);
      expect(
        await page.locator(`header[data-poster="${lang === 'en' ? 'fa' : 'en'}"]`).isVisible(),
      ).toBe(false);
      expect(await page.locator(`svg[data-poster="${lang}"]`).isVisible()).toBe(true);
      const seen = await colours(page);
      expect(seen.iran).toBeGreaterThan(2000);
      expect(seen.partner).toBeGreaterThan(2000);
      expect(seen.southWest).toBeGreaterThan(100);
      expect(seen.northEast).toBeGreaterThan(50);
      await page.context().close();
    });
  }

  it('shows the English poster with JavaScript turned off', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl);
    expect(await page.locator('svg[data-poster="en"]').isVisible()).toBe(true);
    expect((await colours(page)).iran).toBeGreaterThan(2000);
    await context.close();
  });
});

describe('the upgrade', () => {
  it('opens details from the SVG map before WebGL arrives, then the WebGL map takes its place without a shift', async () => {
    const page = await newPage();
    let release = () => {};
    const released = new Promise<void>((done) => (release = done));
    await page.route('**/webgl-view-*.js', async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(new URL('?motion=off', baseUrl).href);
    await page.waitForFunction(() => document.documentElement.dataset.firstMap === 'svg');
    expect(await page.locator('#map canvas').count()).toBe(0);
    expect(await page.locator('.svg-fallback-notice').isVisible()).toBe(false);

    await page.locator('.svg-fallback [data-code="IRN"]').first().click();
    await expect.poll(() => page.locator('.panel h2').first().textContent()).toMatch(/Iran/);

    const mapBox = await page.locator('#map').boundingBox();
    const headerBox = await page.locator('header.topbar').boundingBox();
    release();
    await page.waitForFunction(() => document.documentElement.dataset.status === 'ready', null, {
      timeout: 60_000,
    });
    expect(await page.locator('#map canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('.svg-fallback').count()).toBe(0);
    expect(await page.locator('#map').boundingBox()).toEqual(mapBox);
    expect(await page.locator('header.topbar').boundingBox()).toEqual(headerBox);
    await page.context().close();
  });
});

/** Boxes of the page's frame and Tehran's marker, in CSS px: what must not move when the app takes over. */
async function frame(page: Page, map: string, timeline: string) {
  return page.evaluate(
    ([mapSelector, timelineSelector]) => {
      const visible = (selector: string) =>
        [...document.querySelectorAll(selector)].find((e) => e.checkVisibility());
      const box = (selector: string) => {
        const r = visible(selector)?.getBoundingClientRect();
        return r ? [r.x, r.y, r.width, r.height].map(Math.round) : null;
      };
      const tehran = visible(`${mapSelector} circle[data-place="tehran"]`)?.getBoundingClientRect();
      return {
        header: box('header.topbar'),
        map: box(mapSelector),
        timeline: box(timelineSelector),
        attribution: box('.attribution'),
        tehran: tehran ? [tehran.x + tehran.width / 2, tehran.y + tehran.height / 2] : null,
      };
    },
    [map, timeline] as const,
  );
}

describe('the poster and the app it turns into', () => {
  const PHONE: BrowserContextOptions = {
    viewport: { width: 412, height: 823 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  };
  const screens = [
    ['phone', PHONE],
    ['laptop', { viewport: { width: 1280, height: 720 } }],
  ] as const;
  for (const [name, options] of screens) {
    for (const lang of ['en', 'fa'] as const) {
      it(`show the same place at the same scale, in the same frame, on a ${name} in ${lang}`, async () => {
        const context = await browser.newContext({ ...options, locale: 'en-GB' });
        const url = new URL(`?lang=${lang}&motion=off`, baseUrl).href;
        const poster = await context.newPage();
        await poster.route('**/assets/*.js', (route) => route.abort());
        await poster.goto(url);
        const before = await frame(poster, '.poster-map', '.poster-timeline');
        await poster.close();
        // The app's SVG map frames the view as its WebGL map does (the upgrade test above keeps
        // the two in one place); the WebGL code is held back so it stays on screen.
        const app = await context.newPage();
        await app.route('**/webgl-view-*.js', () => {});
        await app.goto(url);
        await app.waitForFunction(() => document.documentElement.dataset.firstMap === 'svg');
        const after = await frame(app, '#map', '.timeline');
        expect(after.header).toEqual(before.header);
        expect(after.map).toEqual(before.map);
        expect(after.timeline).toEqual(before.timeline);
        expect(after.attribution).toEqual(before.attribution);
        const [bx = 0, by = 0] = before.tehran ?? [];
        const [ax = NaN, ay = NaN] = after.tehran ?? [];
        expect(Math.abs(ax - bx)).toBeLessThan(2);
        expect(Math.abs(ay - by)).toBeLessThan(2);
        await context.close();
      });
    }
  }
});
