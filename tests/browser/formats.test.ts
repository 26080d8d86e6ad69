// Other tools' files in a real browser: each example file in the Data dialog, and 500 generated lines grouped in the legend.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { dataDialogReport, useBrowser, openApp } from './harness';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const example = (name: string) => new URL(`../../examples/${name}`, import.meta.url).pathname;
const loads = (page: Page) =>
  page.evaluate(() => Number(document.documentElement.dataset.datasetLoads ?? 0));

async function openData(page: Page, files: Parameters<Page['setInputFiles']>[1]) {
  await page.locator('.data-button').click();
  const dialog = page.locator('dialog.data-dialog');
  await dialog.waitFor();
  await dialog.locator('input[type=file]').setInputFiles(files);
}

/** 500 lines across the Indian Ocean, seeded: five colours, four owners, a slug each. */
function generatedCables(): string {
  let seed = 17;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const colors = ['#e4007c', '#0077b6', '#2a9d8f', '#f4a261', '#6a4c93'];
  const owners = ['Alpha Telecom', 'Beta Net', 'گاما', 'Delta'];
  const features = Array.from({ length: 500 }, (_, i) => ({
    type: 'Feature',
    properties: {
      slug: `cable-${i + 1}`,
      stroke: colors[i % colors.length],
      owner: owners[i % owners.length],
    },
    geometry: {
      type: 'LineString',
      coordinates: Array.from({ length: 4 }, (_, k) => [
        Number((45 + k * 8 + random() * 6).toFixed(3)),
        Number((-10 + random() * 30).toFixed(3)),
      ]),
    },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}

describe('example files in the Data dialog', () => {
  for (const name of [
    'meetings.csv',
    'meetings-fa.tsv',
    'routes.topojson',
    'sketch.kml',
    'trip.gpx',
  ]) {
    it(`${name} replaces the map, with a short report`, async () => {
      const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off');
      await openData(page, example(name));
      expect(await dataDialogReport(page)).toMatch(/No problems|Errors: 0/);
      await expect.poll(() => loads(page), { timeout: 60_000 }).toBe(1);
      expect(await page.locator('dialog.data-dialog .problem').count()).toBeLessThan(5);
      expect(await page.locator('.data-current').textContent()).toContain(name);
      await page.context().close();
    });
  }
});

describe('500 generated lines', () => {
  it('group in the legend by colour or owner, say that only a dozen move, and a corridor shows its properties as a table', async () => {
    const { page, log } = await openApp(browser(), baseUrl, '?lang=en&motion=off');
    await openData(page, {
      name: 'cables.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(generatedCables()),
    });
    await dataDialogReport(page);
    await expect.poll(() => loads(page), { timeout: 60_000 }).toBe(1);
    await page.keyboard.press('Escape');
    const groups = page.locator('.legend .legend-group');
    await expect.poll(() => groups.count()).toBe(5);
    // 500 corridors: only a dozen move, and the legend says so.
    expect(await page.locator('.legend .legend-thinned').textContent()).toContain('only 12 move');
    expect(await groups.first().locator('summary').textContent()).toContain('100 corridors');
    const picker = page.locator('.legend select[name="legend-grouping"]');
    await picker.selectOption('owner');
    await expect.poll(() => groups.count()).toBe(4);
    // Keyboard: the group's summary opens it, its first corridor highlights and opens its details.
    await groups.first().locator('summary').focus();
    await page.keyboard.press('Enter');
    const first = groups.first().locator('button[data-corridor]').first();
    await first.click();
    const table = page.locator('#details table.feature-properties');
    await table.waitFor();
    expect(await table.locator('th').allTextContents()).toEqual(['owner']);
    expect(await table.locator('td').allTextContents()).toEqual(['Alpha Telecom']);
    expect(await table.locator('td').first().getAttribute('dir')).toBe('auto');
    expect(await table.locator('script, img, a').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#details').isHidden()).toBe(true);
    expect(log.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
    await page.context().close();
  });
});
