// The one offline file (`npm run build:single`) opened from file:// with every network request refused.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../../src/theme';
import { countPixels, hideLegend, useBrowser, rgbOf, VIEWPORT } from './harness';

const outDir = fileURLToPath(new URL('../../dist-single/', import.meta.url));
const fileName = 'corridor-atlas.html';
const filePath = `${outDir}${fileName}`;
const fileUrl = pathToFileURL(filePath).href;

const browser = useBrowser();

beforeAll(async () => {
  if (!existsSync(filePath)) {
    throw new Error(`No ${fileName} in dist-single/: run \`npm run build:single\` first.`);
  }
});

/** Everything a context did: console errors, uncaught errors, requests, and those refused. */
interface OfflineLog {
  errors: string[];
  requests: string[];
  refused: string[];
}

/** Records console errors and uncaught errors of a page into `log`. */
function watch(page: Page, log: OfflineLog) {
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(`uncaught: ${error.message}`));
}

/** A context with no network: anything that is not file:, data: or blob: is refused and recorded. */
async function offlineContext(): Promise<{ context: BrowserContext; log: OfflineLog }> {
  const context = await browser().newContext({
    viewport: VIEWPORT,
    locale: 'en-GB',
    reducedMotion: 'no-preference',
  });
  const log: OfflineLog = { errors: [], requests: [], refused: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    log.refused.push(url);
    return route.abort('internetdisconnected');
  });
  context.on('request', (request) => log.requests.push(request.url()));
  context.on('page', (page) => watch(page, log));
  return { context, log };
}

/** Opens the single file at `query` and waits for the app's `data-status`: "ready" or "error". */
async function openSingle(query: string): Promise<{ page: Page; log: OfflineLog }> {
  const { context, log } = await offlineContext();
  const page = await context.newPage();
  await page.goto(`${fileUrl}${query}`);
  await page.waitForFunction(
    () => ['ready', 'error'].includes(document.documentElement.dataset.status ?? ''),
    null,
    { timeout: 60_000 },
  );
  return { page, log };
}

/** Requests that left the file: anything but the file itself, data: and blob:. */
const outsideRequests = (log: OfflineLog) =>
  log.requests.filter(
    (url) =>
      !url.startsWith('data:') &&
      !url.startsWith('blob:') &&
      !(url.startsWith('file:') && fileURLToPath(url.split(/[?#]/)[0] ?? '') === filePath),
  );

describe('the single offline file', () => {
  it('is one file, nothing beside it', () => {
    expect(readdirSync(outDir)).toEqual([fileName]);
    const raw = statSync(filePath).size;
    const gzip = gzipSync(readFileSync(filePath), { level: 9 }).length;
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
    console.log(
      `dist-single/${fileName}: ${mb(raw)} raw, ${mb(gzip)} gzip (${raw} / ${gzip} bytes)`,
    );
    expect(raw).toBeGreaterThan(1e6);
  });

  it('opens from file:// in Persian with no network, and draws the corridors', async () => {
    const { page, log } = await openSingle('?lang=fa&motion=off');
    expect(await page.evaluate(() => document.documentElement.dataset.status)).toBe('ready');
    expect(log.errors).toEqual([]);
    expect(log.refused).toEqual([]);
    expect(outsideRequests(log)).toEqual([]);
    await expect(page.evaluate(() => document.documentElement.dir)).resolves.toBe('rtl');
    // The legend has swatches of the same colours: hide it so only the map is counted.
    await hideLegend(page);
    const shot = await page.locator('#map').screenshot();
    const northEast = countPixels(shot, rgbOf(DEFAULT_THEME.corridors['north-east']!.flow), 30);
    expect(northEast).toBeGreaterThan(150);
    await page.context().close();
  });

  it('opens a country’s details from ?country=', async () => {
    const { page, log } = await openSingle('?lang=fa&motion=off&country=SAU');
    expect(await page.evaluate(() => document.documentElement.dataset.status)).toBe('ready');
    await page.locator('#details').waitFor({ state: 'visible' });
    await expect(page.locator('#details h2').textContent()).resolves.toBe('عربستان سعودی');
    expect(log.errors).toEqual([]);
    expect(log.refused).toEqual([]);
    expect(outsideRequests(log)).toEqual([]);
    await page.context().close();
  });

  it('opens the speaker window, which stays in step over BroadcastChannel (Chromium)', async () => {
    const { page, log } = await openSingle('?lang=en&motion=off&present=1&step=3');
    const [speaker] = await Promise.all([
      page.context().waitForEvent('page'),
      page.keyboard.press('s'),
    ]);
    await speaker.waitForLoadState('domcontentloaded');
    await speaker.waitForFunction(() => document.documentElement?.dataset.status === 'ready');
    expect(new URL(speaker.url()).protocol).toBe('file:');
    await speaker.keyboard.press('ArrowRight');
    await page.waitForFunction(
      () => new URLSearchParams(location.search).get('step') === '4',
      null,
      {
        timeout: 20_000,
      },
    );
    await page.keyboard.press('ArrowRight');
    await speaker.waitForFunction(
      () =>
        /^Step 5 of \d+$/.test(document.querySelector('.speaker .step-counter')?.textContent ?? ''),
      null,
      { timeout: 20_000 },
    );
    expect(log.errors).toEqual([]);
    expect(log.refused).toEqual([]);
    expect(outsideRequests(log)).toEqual([]);
    await page.context().close();
  });

  it('opens a dataset file on the page itself (no worker beside the file), with its report', async () => {
    const { page, log } = await openSingle('?lang=en&motion=off');
    await page.locator('.data-button').click();
    const corpus = fileURLToPath(
      new URL('../fixtures/corpus/bad/unknown-country.geojson', import.meta.url),
    );
    await page.locator('dialog.data-dialog input[type=file]').setInputFiles(corpus);
    await expect
      .poll(() => page.locator('dialog.data-dialog .data-status').textContent(), {
        timeout: 60_000,
      })
      .toContain('Items kept: 2 of 4');
    expect(await page.locator('dialog.data-dialog .problem').count()).toBe(3);
    expect(log.errors).toEqual([]);
    expect(log.refused).toEqual([]);
    expect(outsideRequests(log)).toEqual([]);
    await page.context().close();
  });
});
