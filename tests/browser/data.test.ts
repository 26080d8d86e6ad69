// Bringing one's own data in a real browser: the Data dialog, drop, ?data=, every problem listed, nothing lost.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { dataDialogReport, useBrowser, openApp, type PageLog } from './harness';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const corpus = (name: string) => new URL(`../fixtures/corpus/${name}`, import.meta.url).pathname;
const DEFAULT_TITLE = "Iran's proposed data-transit corridors";
const title = (page: Page) => page.locator('.topbar h1').textContent();
const loads = (page: Page) =>
  page.evaluate(() => Number(document.documentElement.dataset.datasetLoads ?? 0));

/** Opens the Data dialog and picks `file` with its file input, as a user does. */
async function openFile(page: Page, file: string) {
  const dialog = page.locator('dialog.data-dialog');
  if (!(await dialog.isVisible().catch(() => false))) await page.locator('.data-button').click();
  await dialog.waitFor();
  await dialog.locator('input[type=file]').setInputFiles(file);
  return dialog;
}

/** Console errors that are not the app's own (none expected). */
const errorsOf = (log: PageLog) => log.errors.filter((e) => !/favicon/.test(e));

describe('the Data dialog', () => {
  it('a good GeoJSON file replaces the map, with no problem listed', async () => {
    const { page, log } = await openApp(browser(), baseUrl, '?lang=en&motion=off');
    await openFile(page, corpus('good/corridors.geojson'));
    expect(await dataDialogReport(page)).toMatch(/No problems/);
    await expect.poll(() => loads(page), { timeout: 60_000 }).toBe(1);
    expect(await title(page)).toBe('Two corridors');
    expect(await page.locator('dialog.data-dialog .problem').count()).toBe(0);
    expect(await page.locator('.data-current').textContent()).toContain('corridors.geojson');
    expect(await page.evaluate(() => document.documentElement.dataset.status)).toBe('ready');
    expect(errorsOf(log)).toEqual([]);
    await page.context().close();
  });

  it("a new dataset is drawn on the same WebGL map: the same canvas, the file's meeting places", async () => {
    const { page, log } = await openApp(browser(), baseUrl, '?lang=en&motion=off');
    /** The map's canvas, marked, and the meeting places MapLibre drew. */
    const mapNow = () =>
      page.evaluate(() => {
        type MapLike = {
          queryRenderedFeatures(options: { layers: string[] }): { properties: { place: string } }[];
        };
        const container = document.querySelector('.maplibregl-map') as HTMLElement & {
          atlasMap?: MapLike;
        };
        const canvas = container.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement & {
          mark?: number;
        };
        canvas.mark ??= Math.random();
        const places = container.atlasMap
          ?.queryRenderedFeatures({ layers: ['meeting-points'] })
          .map((feature) => feature.properties.place);
        return { mark: canvas.mark, places: [...new Set(places)].sort() };
      });
    const before = await mapNow();
    expect(before.places).toContain('tehran');
    await openFile(page, corpus('good/corridors.geojson'));
    await expect.poll(() => loads(page), { timeout: 60_000 }).toBe(1);
    const after = await mapNow();
    expect(after.mark).toBe(before.mark);
    expect(after.places).toHaveLength(2);
    expect(after.places).not.toEqual(before.places);
    expect(await page.locator('.maplibregl-canvas').count()).toBe(1);
    expect(errorsOf(log)).toEqual([]);
    await page.context().close();
  });

  it('a partly bad file shows its valid part and lists each problem: where, what, how to fix', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off');
    await openFile(page, corpus('bad/unknown-country.geojson'));
    expect(await dataDialogReport(page)).toContain('Errors: 2, warnings: 1. Items kept: 2 of 4.');
    await expect.poll(() => loads(page), { timeout: 60_000 }).toBe(1);
    const problems = page.locator('dialog.data-dialog .problem');
    expect(await problems.count()).toBe(3);
    const first = await problems.first().textContent();
    expect(first).toContain('Feature 2');
    expect(first).toContain('line 19, column 9');
    expect(first).toMatch(/→ .+/);
    await page.context().close();
  });

  it('a malformed file says where (line and column) and leaves the map as it was', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off&country=SAU');
    await openFile(page, corpus('bad/malformed-trailing-comma.json'));
    expect(await dataDialogReport(page)).toMatch(
      /Nothing from malformed-trailing-comma\.json could be shown/,
    );
    expect(await page.locator('dialog.data-dialog .problem').textContent()).toContain(
      'line 5, column 3',
    );
    expect(await loads(page)).toBe(0);
    expect(await title(page)).toBe(DEFAULT_TITLE);
    // The user's work is kept: the open country stays open.
    expect(new URL(page.url()).searchParams.get('country')).toBe('SAU');
    await page.context().close();
  });

  it('in Persian the problems are in Persian and the dialog is right-to-left', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=fa&motion=off');
    const dialog = await openFile(page, corpus('bad/malformed-trailing-comma.json'));
    await dataDialogReport(page);
    expect(await dialog.getAttribute('dir')).toBe('rtl');
    expect(await dialog.locator('.problem').textContent()).toMatch(/[\u0600-\u06FF]{3,}/);
    await page.context().close();
  });

  it('hostile strings show literally and run nothing; __proto__ pollutes nothing', async () => {
    const { page, log } = await openApp(browser(), baseUrl, '?lang=en&motion=off');
    await page.evaluate(() => {
      window.alert = () => ((window as unknown as { alerted: boolean }).alerted = true);
    });
    await openFile(page, corpus('bad/hostile-strings.geojson'));
    await dataDialogReport(page);
    await expect.poll(() => loads(page), { timeout: 60_000 }).toBe(1);
    await page.locator('dialog.data-dialog .data-close').click();
    // The meeting's title reaches the page as text in the map-as-text view.
    await page.locator('.text-button').click();
    const text = (await page.locator('#text-view').textContent()) ?? '';
    expect(text).toContain('<img src=x onerror="alert(1)">');
    expect(await page.locator('#text-view img').count()).toBe(0);
    const facts = await page.evaluate(() => ({
      alerted: (window as unknown as { alerted?: boolean }).alerted ?? false,
      polluted: ({} as Record<string, unknown>).polluted ?? null,
    }));
    expect(facts).toEqual({ alerted: false, polluted: null });
    expect(errorsOf(log)).toEqual([]);
    await page.context().close();
  });

  it('a file dropped on the map is loaded; Revert brings the default data back', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off');
    const content = readFileSync(corpus('good/single-feature.geojson'), 'utf8');
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.geojson', { type: 'application/geo+json' }));
      const stage = document.querySelector('.map-stage') as HTMLElement;
      stage.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true }));
      stage.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
    }, content);
    await dataDialogReport(page);
    await expect.poll(() => loads(page), { timeout: 60_000 }).toBe(1);
    expect(await page.locator('.data-current').textContent()).toContain('dropped.geojson');
    await page.locator('dialog.data-dialog .data-revert').click();
    await expect.poll(() => loads(page), { timeout: 60_000 }).toBe(2);
    expect(await title(page)).toBe(DEFAULT_TITLE);
    expect(await page.locator('.data-revert').isDisabled()).toBe(true);
    await page.context().close();
  });

  it('a file over the size limit is refused before it is read, with the limit in the message', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off');
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      const big = new Uint8Array(21 * 1024 * 1024).fill(32);
      transfer.items.add(new File([big], 'huge.json', { type: 'application/json' }));
      const stage = document.querySelector('.map-stage') as HTMLElement;
      stage.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
    });
    expect(await dataDialogReport(page)).toContain('Nothing from huge.json could be shown');
    expect(await page.locator('dialog.data-dialog .problem').textContent()).toMatch(/20 MB/);
    expect(await title(page)).toBe(DEFAULT_TITLE);
    await page.context().close();
  });

  it('Export data saves what is shown as a dataset that imports again with no problem', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off');
    await openFile(page, corpus('good/corridors.geojson'));
    await dataDialogReport(page);
    await expect.poll(() => loads(page), { timeout: 60_000 }).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('dialog.data-dialog .data-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^corridor-atlas-data-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    const saved = JSON.parse(readFileSync(path, 'utf8')) as { title: { en: string } };
    expect(saved.title.en).toBe('Two corridors');
    await page.locator('dialog.data-dialog input[type=file]').setInputFiles(path);
    await expect.poll(() => loads(page), { timeout: 60_000 }).toBe(2);
    expect(await dataDialogReport(page)).toMatch(/No problems/);
    await page.context().close();
  });
});

describe('?data=', () => {
  it('loads a dataset from the same origin', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    await context.route(
      (url) => url.pathname === '/datasets/mine.geojson',
      (route) =>
        route.fulfill({
          contentType: 'application/geo+json',
          body: readFileSync(corpus('good/corridors.geojson')),
        }),
    );
    const page = await context.newPage();
    await page.goto(new URL('?lang=en&data=./datasets/mine.geojson', baseUrl).href);
    await page.waitForFunction(() => document.documentElement.dataset.status === 'ready');
    expect(await title(page)).toBe('Two corridors');
    expect(new URL(page.url()).searchParams.get('data')).toBe('./datasets/mine.geojson');
    await context.close();
  });

  it.each([
    ['javascript:alert(1)', /javascript/],
    ['data:application/json,{}', /data/],
    ['https://elsewhere.example/data.json', /elsewhere\.example/],
  ])('refuses data=%s with a message, and shows the default data', async (value, mention) => {
    const { page } = await openApp(
      browser(),
      baseUrl,
      `?lang=en&motion=off&data=${encodeURIComponent(value)}`,
    );
    expect(await title(page)).toBe(DEFAULT_TITLE);
    const dialog = page.locator('dialog.data-dialog');
    await dialog.waitFor();
    expect(await dialog.locator('.data-status').textContent()).toContain('Nothing from');
    expect(await dialog.locator('.problem').textContent()).toMatch(mention);
    await page.context().close();
  });

  it('a missing file says it could not be fetched', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    await context.route(
      (url) => url.pathname === '/nowhere.json',
      (route) => route.fulfill({ status: 404, body: 'Not found' }),
    );
    const page = await context.newPage();
    await page.goto(new URL('?lang=en&motion=off&data=./nowhere.json', baseUrl).href);
    await page.waitForFunction(() => document.documentElement.dataset.status === 'ready');
    const dialog = page.locator('dialog.data-dialog');
    await dialog.waitFor();
    expect(await dialog.locator('.problem').textContent()).toContain('HTTP 404');
    expect(await title(page)).toBe(DEFAULT_TITLE);
    await context.close();
  });

  it('a web page where a dataset should be (a host’s fallback page) is named as such', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off&data=./not-here.json');
    const dialog = page.locator('dialog.data-dialog');
    await dialog.waitFor();
    expect(await dialog.locator('.problem').textContent()).toContain('a web page');
    expect(await title(page)).toBe(DEFAULT_TITLE);
    await page.context().close();
  });
});

describe('a link with wrong parameters', () => {
  it('says on screen which were ignored and what each expects; the rest applies', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&country=XXX&view=1,2&motion=off');
    const notice = page.locator('.url-notice');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('country=XXX');
    expect(text).toContain('three-letter code');
    expect(text).toContain('view=1,2');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.keyboard.press('Escape');
    await notice.waitFor({ state: 'detached' });
    await page.context().close();
  });
});
