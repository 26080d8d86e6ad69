// Export in a real browser: PNG at screen, 2× and print size, and a WebM of the corridor flow, in English and Persian.
import { readFileSync } from 'node:fs';
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_THEME } from '../../src/theme';
import { countPixels, useBrowser, openApp, rgbOf } from './harness';

const baseUrl = inject('baseUrl');
/** Rendering a print-size PNG or a video under software WebGL takes tens of seconds. */
const SLOW = 150_000;
const browser = useBrowser();

/** The map's box in CSS pixels and its canvas's size in pixels. */
function mapSize(page: Page) {
  return page.evaluate(() => {
    const map = document.getElementById('map') as HTMLElement;
    const canvas = map.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement;
    return {
      width: map.clientWidth,
      height: map.clientHeight,
      canvas: [canvas.width, canvas.height],
      dpr: devicePixelRatio,
    };
  });
}

/** Opens the export dialog, if it is not open already. */
async function openDialog(page: Page) {
  const dialog = page.locator('dialog.export-dialog');
  // The dialog's code loads on first use: until then there is no dialog in the page.
  const open =
    (await dialog.count()) > 0 && (await dialog.evaluate((d: HTMLDialogElement) => d.open));
  if (!open) {
    await page.locator('.export-button').click();
  }
  return dialog;
}

/** Clicks `selector` in the dialog and returns the file it downloads. */
async function download(page: Page, selector: string) {
  const dialog = await openDialog(page);
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: SLOW }),
    dialog.locator(selector).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

async function downloadPng(page: Page, preset: 'screen' | '2x' | 'print') {
  const dialog = await openDialog(page);
  await dialog.locator(`input[name="export-png-size"][value="${preset}"]`).check();
  const file = await download(page, '[data-export="png"]');
  return { ...file, image: PNG.sync.read(file.bytes) };
}

/** Standard deviation of the luminance: about 0 for a blank image. */
function luminanceSpread(image: PNG): number {
  let sum = 0;
  let squares = 0;
  const n = image.width * image.height;
  for (let i = 0; i < image.data.length; i += 4) {
    const y =
      0.2126 * (image.data[i] ?? 0) +
      0.7152 * (image.data[i + 1] ?? 0) +
      0.0722 * (image.data[i + 2] ?? 0);
    sum += y;
    squares += y * y;
  }
  return Math.sqrt(squares / n - (sum / n) ** 2);
}

async function videoFacts(bytes: Buffer) {
  const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS });
  const track = await input.getPrimaryVideoTrack();
  if (!track) throw new Error('no video track');
  return {
    codec: track.codec,
    width: track.displayWidth,
    height: track.displayHeight,
    duration: await input.computeDuration(),
    frames: (await track.computePacketStats()).packetCount,
  };
}

const DATE = /\d{4}-\d{2}-\d{2}/.source;

describe('export in English', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openApp(browser(), baseUrl, '?lang=en&motion=off'));
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it('a screen-size PNG is the map at its size, with its colours, named by language and date', async () => {
    const view = await mapSize(page);
    const { name, image, bytes } = await downloadPng(page, 'screen');
    expect(name).toMatch(new RegExp(`^corridor-atlas-en-${DATE}\\.png$`));
    expect([image.width, image.height]).toEqual([view.width, view.height]);
    expect(luminanceSpread(image)).toBeGreaterThan(20);
    expect(countPixels(bytes, rgbOf(DEFAULT_THEME.roles.iran), 12)).toBeGreaterThan(2000);
    const southWest = rgbOf(DEFAULT_THEME.corridors['south-west']!.flow);
    const northEast = rgbOf(DEFAULT_THEME.corridors['north-east']!.flow);
    expect(countPixels(bytes, southWest, 30)).toBeGreaterThan(50);
    expect(countPixels(bytes, northEast, 30)).toBeGreaterThan(50);
    await expect(page.locator('.export-status').textContent()).resolves.toContain(name);
  });

  it('a 2× PNG is twice the map size', async () => {
    const view = await mapSize(page);
    const { name, image, bytes } = await downloadPng(page, '2x');
    expect(name).toMatch(new RegExp(`^corridor-atlas-en-${DATE}-2x\\.png$`));
    expect([image.width, image.height]).toEqual([view.width * 2, view.height * 2]);
    expect(countPixels(bytes, rgbOf(DEFAULT_THEME.roles.iran), 12)).toBeGreaterThan(8000);
  });

  it('an SVG is the current view in vector: countries, both corridors, title, legend and notice', async () => {
    const view = await mapSize(page);
    const { name, bytes } = await download(page, '[data-export="svg"]');
    expect(name).toMatch(new RegExp(`^corridor-atlas-en-${DATE}\\.svg$`));
    const text = bytes.toString('utf8');
    expect(text).toMatch(/^<\?xml[^>]*\?>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // Read back with the browser's own XML parser: well-formed, and what it draws.
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
      const corridors = [...doc.querySelectorAll('[data-corridor]')].map((e) =>
        e.getAttribute('data-corridor'),
      );
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        countries: doc.querySelectorAll('path[data-code]').length,
        corridors: [...new Set(corridors)].sort(),
        text: doc.documentElement.textContent ?? '',
        width: Number(doc.documentElement.getAttribute('width')),
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.countries).toBeGreaterThan(30);
    expect(parsed.corridors).toEqual(['north-east', 'south-west']);
    expect(parsed.text).toContain("Iran's proposed data-transit corridors");
    expect(parsed.text).toContain('Corridor routes are schematic');
    expect(parsed.width).toBe(view.width);
  });

  it(
    'a print PNG has its long side at 3508 px (A4, 300 dpi), and the view is as before afterwards',
    async () => {
      const before = await mapSize(page);
      const url = page.url();
      const { name, image } = await downloadPng(page, 'print');
      expect(name).toMatch(new RegExp(`^corridor-atlas-en-${DATE}-print\\.png$`));
      expect(image.width).toBe(3508);
      expect(image.height).toBe(Math.round((before.height * 3508) / before.width));
      expect(luminanceSpread(image)).toBeGreaterThan(20);
      expect(await mapSize(page)).toEqual(before);
      expect(page.url()).toBe(url);
    },
    SLOW,
  );

  it(
    'a 2-second video at 10 fps is a WebM (VP9 or VP8) of 20 frames lasting 2 s',
    async () => {
      const before = await mapSize(page);
      const dialog = await openDialog(page);
      await dialog.locator('input[name="export-video-size"][value="720p"]').check();
      await dialog.locator('#export-duration').selectOption('2');
      await dialog.locator('#export-fps').selectOption('10');
      const { name, bytes } = await download(page, '[data-export="video"]');
      expect(name).toMatch(new RegExp(`^corridor-atlas-en-${DATE}\\.webm$`));
      expect(bytes.subarray(0, 4).toString('hex')).toBe('1a45dfa3');
      expect(bytes.includes('V_VP9') || bytes.includes('V_VP8')).toBe(true);
      expect(bytes.length).toBeGreaterThan(20_000);
      const facts = await videoFacts(bytes);
      expect(['vp9', 'vp8']).toContain(facts.codec);
      expect([facts.width, facts.height]).toEqual([1280, 720]);
      expect(facts.frames).toBe(20);
      expect(facts.duration).toBeCloseTo(2, 2);
      expect(await mapSize(page)).toEqual(before);
    },
    SLOW,
  );

  it(
    'Cancel stops a video, says so, and gives the view back',
    async () => {
      const before = await mapSize(page);
      const dialog = await openDialog(page);
      await dialog.locator('#export-duration').selectOption('12');
      await dialog.locator('#export-fps').selectOption('10');
      let downloaded = false;
      page.once('download', () => (downloaded = true));
      await dialog.locator('[data-export="video"]').click();
      await dialog.locator('.export-status', { hasText: /Rendering frame \d+ of 120/ }).waitFor();
      await dialog.locator('[data-export="cancel"]').click();
      await dialog.locator('.export-status', { hasText: 'canceled' }).waitFor();
      await expect(dialog.locator('[data-export="video"]').isEnabled()).resolves.toBe(true);
      expect(await mapSize(page)).toEqual(before);
      expect(downloaded).toBe(false);
    },
    SLOW,
  );
});

describe('export in Persian', () => {
  it(
    'the dialog and the PNG are in Persian, named …-fa-…, with the map drawn',
    async () => {
      const { page } = await openApp(browser(), baseUrl, '?lang=fa&motion=off');
      const view = await mapSize(page);
      await expect(page.locator('.export-button').textContent()).resolves.toBe('خروجی');
      const { name, image, bytes } = await downloadPng(page, 'screen');
      expect(name).toMatch(new RegExp(`^corridor-atlas-fa-${DATE}\\.png$`));
      expect([image.width, image.height]).toEqual([view.width, view.height]);
      expect(luminanceSpread(image)).toBeGreaterThan(20);
      expect(countPixels(bytes, rgbOf(DEFAULT_THEME.roles.iran), 12)).toBeGreaterThan(2000);
      await expect(page.locator('.export-status').textContent()).resolves.toContain('ذخیره شد');
      await page.context().close();
    },
    SLOW,
  );
});
