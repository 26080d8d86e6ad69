// Printing: the print stylesheet shows the title, a vector map of the current view, the legend and the details.
import { expect, inject, it } from 'vitest';
import { DEFAULT_THEME } from '../../src/theme';
import { countPixels, useBrowser, openApp, rgbOf } from './harness';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

it.each(['en', 'fa'])(
  'lang=%s: print shows the map as SVG, the legend and the details, no controls',
  async (lang) => {
    const { page } = await openApp(browser(), baseUrl, `?lang=${lang}&motion=off&country=SAU`);
    // The print code loads once the map is up and the browser idle.
    await page.waitForFunction(() => document.documentElement.dataset.printReady === 'true');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const svg = page.locator('.map-stage.printing .print-map svg');
    await svg.waitFor();
    expect(await svg.locator('path[data-code="SAU"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.controls').isVisible()).toBe(false);
    expect(await page.locator('.timeline').first().isVisible()).toBe(false);
    expect(await page.locator('.maplibregl-canvas').isVisible()).toBe(false);
    expect(await page.locator('.legend-body').isVisible()).toBe(true);
    expect(await page.locator('#details').isVisible()).toBe(true);
    const shot = await page.locator('.map-stage').screenshot();
    expect(countPixels(shot, rgbOf(DEFAULT_THEME.roles.iran), 8)).toBeGreaterThan(1000);
    // The printer's own output: a PDF of more than one page (the map, then the details).
    const pdf = await page.pdf({ landscape: true, format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length).toBeGreaterThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.locator('.print-map svg').count()).toBe(0);
    expect(await page.locator('.maplibregl-canvas').isVisible()).toBe(true);
    await page.context().close();
  },
);
