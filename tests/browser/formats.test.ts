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
    // Cables only, no meetings: no timeline of a year the file does not speak of, a note instead.
    expect(await page.locator('.timeline-none').textContent()).toContain('no dated meetings');
    expect(await page.locator('.timeline-track').count()).toBe(0);
    expect(log.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
    await page.context().close();
  });
});

/** Three meetings of 2019–2021, dated in both calendars: the timeline spans 1398–1400. */
const MEETINGS_1398_1400 = [
  'title,latitude,longitude,country,date',
  'Cable summit,24.71,46.68,Saudi Arabia,2019-05-12',
  'Data centre talks,41.31,69.24,UZ,1399-07-10',
  'Landing station visit,23.59,58.41,Oman,2021-11-03',
].join('\n');

describe('meetings outside 1403', () => {
  it("the timeline spans the file's Jalali years (1398–1400) in both languages, and scrubbing lights the meetings", async () => {
    const { page, log } = await openApp(browser(), baseUrl, '?lang=en&motion=off');
    await openData(page, {
      name: 'meetings-2019.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(MEETINGS_1398_1400),
    });
    await dataDialogReport(page);
    await expect.poll(() => loads(page), { timeout: 60_000 }).toBe(1);
    await page.keyboard.press('Escape');
    const timeline = page.locator('section.timeline');
    const track = page.locator('.timeline-track');
    await expect.poll(() => timeline.getAttribute('aria-label')).toBe('Timeline of 1398–1400');
    expect(await page.locator('.timeline-date').textContent()).toBe('All of 1398–1400 · 2019–2022');
    expect(await track.getAttribute('aria-valuemax')).toBe('1095');
    const labels = () => page.locator('.timeline-axis .tick text').allTextContents();
    expect((await labels()).join(' ')).toContain('2020');
    // Every meeting has its bar (none is cut off as outside 1403).
    const bars = page.locator('.timeline-events rect');
    expect(await bars.count()).toBe(3);

    // Home and End go to the ends of 1398–1400, not of 1403.
    await track.focus();
    await page.keyboard.press('Home');
    await expect
      .poll(() => page.evaluate(() => new URL(location.href).searchParams.get('t')))
      .toBe('2019-03-21');
    await page.keyboard.press('End');
    await expect
      .poll(() => page.evaluate(() => new URL(location.href).searchParams.get('t')))
      .toBe('2022-03-20');

    // Scrubbing to the 1399 meeting's bar puts it under way, the 2021 one still to come.
    const middle = bars.filter({ hasText: 'Data centre talks' });
    const box = await middle.boundingBox();
    if (!box) throw new Error('no bar for the 1399 meeting');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => middle.getAttribute('class')).toContain('active');
    expect(await bars.filter({ hasText: 'Landing station' }).getAttribute('class')).toContain(
      'future',
    );
    expect(await bars.filter({ hasText: 'Cable summit' }).getAttribute('class')).toContain('past');
    expect(await page.locator('.timeline-date-jalali').textContent()).toContain('Mehr 1399');

    // In Persian: Jalali months and years, in Persian digits.
    await page.locator('.lang-switch button[data-lang="fa"]').click();
    await expect.poll(() => timeline.getAttribute('aria-label')).toBe('خط زمانی ۱۳۹۸–۱۴۰۰');
    expect((await labels()).join(' ')).toMatch(/۱۳۹۹/);
    expect(log.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
    await page.context().close();
  });
});
