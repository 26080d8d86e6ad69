// The core map in a real browser (Chromium, software WebGL) against the production build.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { geodesicPath } from '../../src/geo/geodesic';
import { DEFAULT_THEME } from '../../src/theme';
import {
  countPixels,
  hideLegend,
  useBrowser,
  mapChanges,
  mapSettled,
  openApp,
  pointInView,
  rgbOf,
} from './harness';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Screen position of a geographic point, given the map's known camera and its box on the page. */
async function screenPoint(page: Page, view: string, lonLat: [number, number]) {
  const box = await page.locator('#map').boundingBox();
  if (!box) throw new Error('map has no box');
  const [x, y] = pointInView(view, box, lonLat);
  return { x: box.x + x, y: box.y + y };
}

describe('the default view', () => {
  it('loads with no console error and no request outside its own origin', async () => {
    const { page, log } = await openApp(browser(), baseUrl);
    expect(await page.evaluate(() => document.documentElement.dataset.status)).toBe('ready');
    expect(log.errors).toEqual([]);
    const origin = new URL(baseUrl).origin;
    const outside = log.requests.filter(
      (url) =>
        !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    expect(outside).toEqual([]);
    expect(log.requests.length).toBeGreaterThan(3);
    await page.context().close();
  });

  it('draws both corridors in their colours', async () => {
    const { page } = await openApp(browser(), baseUrl, '?motion=off');
    // The legend has swatches of the same colours: hide it so only the map is counted.
    await hideLegend(page);
    const shot = await page.locator('#map').screenshot();
    const southWest = countPixels(shot, rgbOf(DEFAULT_THEME.corridors['south-west']!.flow), 30);
    const northEast = countPixels(shot, rgbOf(DEFAULT_THEME.corridors['north-east']!.flow), 30);
    expect(southWest).toBeGreaterThan(150);
    expect(northEast).toBeGreaterThan(150);
    await page.context().close();
  });

  it('shows the dataset title, the legend, the schematic disclaimer and the attribution', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off');
    await expect(page.locator('h1').textContent()).resolves.toBe(
      "Iran's proposed data-transit corridors",
    );
    const legend = page.locator('.legend');
    await expect(legend.locator('.disclaimer').textContent()).resolves.toMatch(/schematic/);
    await expect(page.locator('.legend-area .attribution').textContent()).resolves.toMatch(
      /Natural Earth/,
    );
    await expect(legend.locator('[data-corridor]').count()).resolves.toBe(2);
    await page.context().close();
  });
});

describe('country details', () => {
  it('open when Saudi Arabia is clicked on the map, and the URL follows', async () => {
    const view = '45,24,4';
    const { page } = await openApp(browser(), baseUrl, `?lang=en&motion=off&view=${view}`);
    // The Rub' al Khali: inside Saudi Arabia, far from every corridor and meeting place.
    const point = await screenPoint(page, view, [48.5, 20]);
    await page.mouse.click(point.x, point.y);
    const panel = page.locator('#details');
    await panel.waitFor({ state: 'visible' });
    await expect(panel.locator('h2').textContent()).resolves.toBe('Saudi Arabia');
    await expect(panel.locator('[data-event="sau"] h4').count()).resolves.toBe(1);
    await expect(panel.locator('[data-corridor]').count()).resolves.toBe(2);
    expect(new URL(page.url()).searchParams.get('country')).toBe('SAU');
    await page.context().close();
  });

  it('show the meeting, both calendars, corridor lengths, the latency estimate and the Persian source', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off&country=SAU');
    const event = page.locator('#details [data-event="sau"]');
    const text = (await event.textContent()) ?? '';
    expect(text).toContain('Abdullah bin Saud Al-Anazi');
    expect(text).toContain('Early Bahman 1403 SH');
    expect(text).toContain('2025');
    const quote = event.locator('blockquote');
    await expect(quote.getAttribute('lang')).resolves.toBe('fa');
    await expect(quote.getAttribute('dir')).resolves.toBe('rtl');
    await expect(quote.textContent()).resolves.toContain('عبدالله بن سعود العنزی');
    const routes = page.locator('#details .routes li');
    expect(await routes.count()).toBeGreaterThan(3);
    await expect(routes.first().textContent()).resolves.toMatch(/[\d,]+ km · ≈ [\d.]+ ms one way/);
    await expect(page.locator('#details .corridor .note').first().textContent()).resolves.toMatch(
      /4\.9 µs per km/,
    );
    await page.context().close();
  });

  it('close with Escape and with the close button, and the URL drops the country', async () => {
    const { page } = await openApp(browser(), baseUrl, '?motion=off&country=KAZ');
    const panel = page.locator('#details');
    await panel.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).searchParams.has('country')).toBe(false);
    await page.selectOption('#country-picker', 'CUB');
    await panel.waitFor({ state: 'visible' });
    await expect(panel.locator('h2').textContent()).resolves.toBe('Cuba');
    await panel.locator('button.close').click();
    await panel.waitFor({ state: 'hidden' });
    await page.context().close();
  });

  it('open from the keyboard-accessible country list', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off');
    await page.locator('#country-picker').focus();
    await page.keyboard.press('ArrowDown');
    const panel = page.locator('#details');
    await panel.waitFor({ state: 'visible' });
    const chosen = await page.locator('#country-picker').inputValue();
    expect(chosen).toMatch(/^[A-Z]{3}$/);
    await expect(panel.getAttribute('hidden')).resolves.toBeNull();
    expect(new URL(page.url()).searchParams.get('country')).toBe(chosen);
    await page.context().close();
  });
});

describe('languages', () => {
  it('?lang=fa lays the page out right-to-left with Persian names and digits', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=fa&motion=off&country=SAU');
    await expect(page.evaluate(() => document.documentElement.dir)).resolves.toBe('rtl');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('fa');
    await expect(page.locator('#details h2').textContent()).resolves.toBe('عربستان سعودی');
    await expect(page.locator('#country-picker option[value="KAZ"]').textContent()).resolves.toBe(
      'قزاقستان',
    );
    const route = (await page.locator('#details .routes li').first().textContent()) ?? '';
    expect(route).toMatch(/[۰-۹]/);
    expect(route).not.toMatch(/[0-9]/);
    await page.context().close();
  });

  it('the language switch changes the page and the URL without losing the selection', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off&country=ARM');
    await page.locator('.lang-switch button[data-lang="fa"]').click();
    await expect(page.evaluate(() => document.documentElement.dir)).resolves.toBe('rtl');
    await expect(page.locator('#details h2').textContent()).resolves.toBe('ارمنستان');
    const params = new URL(page.url()).searchParams;
    expect(params.get('lang')).toBe('fa');
    expect(params.get('country')).toBe('ARM');
    await page.context().close();
  });

  it('defaults to the browser language', async () => {
    const { page } = await openApp(browser(), baseUrl, '?motion=off', { locale: 'fa-IR' });
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('fa');
    await page.context().close();
  });
});

describe('the URL contract', () => {
  it('ignores invalid values with one console warning each, never an error page', async () => {
    const { page, log } = await openApp(
      browser(),
      baseUrl,
      '?lang=de&country=XXX&corridor=nope&view=1,2&motion=maybe',
    );
    await expect(page.evaluate(() => document.documentElement.dataset.status)).resolves.toBe(
      'ready',
    );
    expect(log.errors).toEqual([]);
    for (const name of ['lang', 'country', 'corridor', 'view', 'motion']) {
      expect(log.warnings.some((w) => w.includes(`URL parameter ${name}:`))).toBe(true);
    }
    await expect(page.locator('#details').isHidden()).resolves.toBe(true);
    await page.context().close();
  });

  it('highlights the corridor named by ?corridor=', async () => {
    const { page } = await openApp(browser(), baseUrl, '?motion=off&corridor=north-east');
    const pressed = page.locator('.legend [data-corridor="north-east"]');
    await expect(pressed.getAttribute('aria-pressed')).resolves.toBe('true');
    await hideLegend(page);
    const shot = await page.locator('#map').screenshot();
    const dimmedSouthWest = countPixels(
      shot,
      rgbOf(DEFAULT_THEME.corridors['south-west']!.flow),
      30,
    );
    const northEast = countPixels(shot, rgbOf(DEFAULT_THEME.corridors['north-east']!.flow), 30);
    expect(northEast).toBeGreaterThan(150);
    expect(dimmedSouthWest).toBeLessThan(northEast / 4);
    await page.context().close();
  });
});

/** Moves the pointer onto a point (from 40 px off, in steps, as a hand does) and reads the tooltip. */
async function tooltipAt(page: Page, point: { x: number; y: number }) {
  await page.mouse.move(point.x - 40, point.y - 40);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  const tooltip = page.locator('.tooltip');
  await tooltip.waitFor({ state: 'visible' });
  return { tooltip, text: (await tooltip.textContent()) ?? '' };
}

describe('hover', () => {
  it('over a meeting place shows a text tooltip naming it and its meetings', async () => {
    const view = '52,33,5';
    const { page } = await openApp(browser(), baseUrl, `?lang=en&motion=off&view=${view}`);
    const tehran = await screenPoint(page, view, [51.389, 35.689]);
    const { tooltip, text } = await tooltipAt(page, tehran);
    expect(text).toContain('Tehran');
    expect(text).toContain('4 meetings');
    await expect(tooltip.locator('img, script, a').count()).resolves.toBe(0);
    await page.context().close();
  });
});

describe('hover and click on a corridor', () => {
  it('names the corridor and its leg; a click highlights it and a second click clears it', async () => {
    // Half-way along the Africa leg, Riyadh to Jeddah: the view is centred there.
    const path = geodesicPath([46.675, 24.713], [39.25, 21.5]);
    const [lon, lat] = path[Math.floor(path.length / 2)] ?? [0, 0];
    const view = `${lon.toFixed(4)},${lat.toFixed(4)},5`;
    const { page, log } = await openApp(browser(), baseUrl, `?lang=en&motion=off&view=${view}`);
    const point = await screenPoint(page, view, [Number(lon.toFixed(4)), Number(lat.toFixed(4))]);
    const { text } = await tooltipAt(page, point);
    expect(text).toContain('South-west corridor');
    expect(text).toMatch(/km/);
    const legend = page.locator('.legend [data-corridor="south-west"]');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => legend.getAttribute('aria-pressed')).toBe('true');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => legend.getAttribute('aria-pressed')).toBe('false');
    // Hit tests evaluate the layers' expressions on the features MapLibre hands back: none may fail.
    expect([...log.errors, ...log.warnings]).toEqual([]);
    await page.context().close();
  });
});

describe('hover on a trip', () => {
  // A third of the way along the trip to Belgrade (late 1403), away from corridors and places.
  const path = geodesicPath([51.389, 35.689], [20.457, 44.787]);
  const [lon, lat] = (path[Math.floor(path.length / 3)] ?? [0, 0]).map((x) =>
    Number(x.toFixed(4)),
  ) as [number, number];
  const view = `${lon},${lat},5`;
  const hoverText = async (query: string) => {
    const { page } = await openApp(browser(), baseUrl, `?lang=en&motion=off&view=${view}${query}`);
    const { text } = await tooltipAt(page, await screenPoint(page, view, [lon, lat]));
    await page.context().close();
    return text;
  };

  it('names the trip', async () => {
    expect(await hoverText('')).toContain('Trip: Trip to Serbia');
  });

  it('finds no trip still to come on the timeline (it is not drawn), only the country under it', async () => {
    const text = await hoverText('&t=2024-07-01');
    expect(text).not.toContain('Trip');
    expect(text.length).toBeGreaterThan(0);
  });
});

describe('motion', () => {
  const twoFrames = async (query: string, options = {}) => {
    const { page } = await openApp(browser(), baseUrl, query, options);
    await hideLegend(page);
    const first = await page.locator('#map').screenshot();
    await page.waitForTimeout(1000);
    const second = await page.locator('#map').screenshot();
    await page.context().close();
    return [first, second] as const;
  };

  it('animates the corridors by default', async () => {
    const [first, second] = await twoFrames('?lang=en');
    expect(first.equals(second)).toBe(false);
  });

  it('stands still with motion=off', async () => {
    const [first, second] = await twoFrames('?lang=en&motion=off');
    expect(first.equals(second)).toBe(true);
  });

  it('stands still when the system asks for reduced motion', async () => {
    const [first, second] = await twoFrames('?lang=en', { reducedMotion: 'reduce' });
    expect(first.equals(second)).toBe(true);
  });
});

describe('the source', () => {
  it('opens the whole Persian article, right-to-left, and closes with Escape', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off');
    await page.locator('.source-button').click();
    const dialog = page.locator('dialog.source-dialog');
    await dialog.waitFor({ state: 'visible' });
    const article = dialog.locator('.article');
    await expect(article.getAttribute('dir')).resolves.toBe('rtl');
    await expect(article.textContent()).resolves.toContain('عبدالله بن سعود العنزی');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.context().close();
  });
});

describe('sharing', () => {
  it('Share gives the link to the current view and both embed snippets', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=fa&motion=off&country=SRB');
    await page.locator('.share-button').click();
    const dialog = page.locator('dialog.share-dialog');
    await dialog.waitFor({ state: 'visible' });
    const link = await dialog.locator('#share-link').inputValue();
    expect(new URL(link).searchParams.get('country')).toBe('SRB');
    expect(new URL(link).searchParams.get('lang')).toBe('fa');
    const iframe = await dialog.locator('#share-iframe').inputValue();
    expect(iframe).toMatch(/^<iframe src="[^"]*country=SRB[^"]*embed=1"/);
    const script = await dialog.locator('#share-script').inputValue();
    expect(script).toContain('data-country="SRB"');
    expect(script).toContain(`src="${baseUrl}embed.js"`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.context().close();
  });
});

describe('animation costs nothing unseen', () => {
  it('stops while the tab is hidden and starts again when it is shown', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en');
    expect(await mapChanges(page, 5000)).toBe(true);
    const setHidden = (hidden: boolean) =>
      page.evaluate((value) => {
        Object.defineProperty(document, 'visibilityState', {
          configurable: true,
          get: () => (value ? 'hidden' : 'visible'),
        });
        document.dispatchEvent(new Event('visibilitychange'));
      }, hidden);
    await setHidden(true);
    await mapSettled(page);
    expect(await mapChanges(page, 2000)).toBe(false);
    await setHidden(false);
    expect(await mapChanges(page, 5000)).toBe(true);
    await page.context().close();
  });
});
