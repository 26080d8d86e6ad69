// Presenter mode in a real browser: keys, deep links, step determinism, the speaker window, kiosk.
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, openApp } from './harness';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const stepOf = (page: Page) => new URL(page.url()).searchParams.get('step');

/** Waits until the page's URL shows `step`. */
async function waitForStep(page: Page, step: number) {
  await page.waitForFunction(
    (n) => new URLSearchParams(location.search).get('step') === String(n),
    step,
    { timeout: 20_000 },
  );
}

/** Share of pixels that differ by more than a small amount between two PNGs of the same size. */
function differingShare(a: Buffer, b: Buffer): number {
  const x = PNG.sync.read(a);
  const y = PNG.sync.read(b);
  if (x.width !== y.width || x.height !== y.height) return 1;
  let differing = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    const d =
      Math.abs((x.data[i] ?? 0) - (y.data[i] ?? 0)) +
      Math.abs((x.data[i + 1] ?? 0) - (y.data[i + 1] ?? 0)) +
      Math.abs((x.data[i + 2] ?? 0) - (y.data[i + 2] ?? 0));
    if (d > 24) differing += 1;
  }
  return differing / (x.width * x.height);
}

describe('presenter keys', () => {
  it('step forward and back with the keys clickers send, and jump with Home, End and a number', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off&present=1&step=1');
    const counter = page.locator('.presenter .step-counter');
    await expect(counter.textContent()).resolves.toBe('Step 1 of 18');
    for (const [key, step] of [
      ['ArrowRight', 2],
      ['PageDown', 3],
      [' ', 4],
      ['ArrowDown', 5],
      ['ArrowLeft', 4],
      ['PageUp', 3],
      ['ArrowUp', 2],
      ['End', 18],
      ['Home', 1],
    ] as const) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await waitForStep(page, step);
    }
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await waitForStep(page, 12);
    await expect(counter.textContent()).resolves.toBe('Step 12 of 18');
    await page.context().close();
  });

  it('B blacks the screen out and back; Escape leaves presenter mode and the URL says so', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off&present=1&step=2');
    const blackout = page.locator('.blackout');
    await page.keyboard.press('b');
    await blackout.waitFor({ state: 'visible' });
    await page.keyboard.press('b');
    await blackout.waitFor({ state: 'hidden' });
    await page.keyboard.press('Escape');
    await page.locator('.presenter').waitFor({ state: 'hidden' });
    const params = new URL(page.url()).searchParams;
    expect(params.has('present')).toBe(false);
    expect(params.has('step')).toBe(false);
    await page.context().close();
  });

  it('the Present button starts at step 1, and the chapter card shows its title', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=fa&motion=off');
    await page.locator('.present-button').click();
    await waitForStep(page, 1);
    await expect(page.locator('.presenter .step-counter').textContent()).resolves.toBe(
      'گام ۱ از ۱۸',
    );
    await expect(page.locator('#chapter-title').textContent()).resolves.toMatch(/[\u0600-\u06ff]/);
    await page.context().close();
  });
});

describe('steps are deterministic', () => {
  it('opening step 7 directly shows exactly what stepping 1 → 7 shows', async () => {
    const direct = await openApp(browser(), baseUrl, '?lang=en&motion=off&present=1&step=7');
    const stepped = await openApp(browser(), baseUrl, '?lang=en&motion=off&present=1&step=1');
    for (let i = 0; i < 6; i++) await stepped.page.keyboard.press('ArrowRight');
    await waitForStep(stepped.page, 7);
    for (const { page } of [direct, stepped]) {
      await page.waitForFunction(() => document.documentElement.dataset.status === 'ready');
      // Let the camera jump and the tiles of the new view draw: wait for MapLibre to be idle.
      await page.waitForTimeout(500);
      await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, {
        timeout: 30_000,
      });
    }
    const read = (page: Page) =>
      page.evaluate(() => ({
        search: new URLSearchParams(location.search).toString(),
        title: document.querySelector('#chapter-title')?.textContent,
        details: document.querySelector('#details .details')?.getAttribute('data-country') ?? null,
        time: document.querySelector('.timeline')?.textContent,
      }));
    expect(await read(stepped.page)).toEqual(await read(direct.page));
    const a = await direct.page.locator('#map').screenshot();
    const b = await stepped.page.locator('#map').screenshot();
    expect(differingShare(a, b)).toBeLessThan(0.01);
    await direct.page.context().close();
    await stepped.page.context().close();
  });
});

describe('the speaker window', () => {
  it('opens with S and stays in step with the map window both ways', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off&present=1&step=3');
    const [speaker] = await Promise.all([
      page.context().waitForEvent('page'),
      page.keyboard.press('s'),
    ]);
    await speaker.waitForLoadState('domcontentloaded');
    await speaker.waitForFunction(() => document.documentElement?.dataset.status === 'ready');
    await expect(speaker.locator('.speaker .step-counter').textContent()).resolves.toBe(
      'Step 3 of 18',
    );
    await expect(speaker.locator('.speaker-current .notes').textContent()).resolves.not.toBe('');
    await expect(speaker.locator('.speaker .clock').textContent()).resolves.toMatch(/\d/);
    await speaker.keyboard.press('ArrowRight');
    await waitForStep(page, 4);
    await page.keyboard.press('ArrowRight');
    await speaker.waitForFunction(
      () => document.querySelector('.speaker .step-counter')?.textContent === 'Step 5 of 18',
    );
    expect(stepOf(speaker)).toBe('5');
    await page.context().close();
  });
});

describe('kiosk', () => {
  it('?autoplay=1 plays the story by itself and pauses at the first key', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off&autoplay=1&dwell=2');
    // Under load the map may take longer than a dwell to draw: the story may be past step 2 already.
    await page.waitForFunction(
      () => Number(new URLSearchParams(location.search).get('step')) >= 2,
      null,
      { timeout: 20_000 },
    );
    await page.keyboard.press('Shift');
    const paused = stepOf(page);
    await page.waitForTimeout(4500);
    expect(stepOf(page)).toBe(paused);
    await page.context().close();
  });
});

describe('the timeline', () => {
  it('?t= sets the date; Play advances it and the URL follows', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off&t=2024-07-01');
    await expect(page.locator('.timeline').textContent()).resolves.toContain('2024');
    await page.locator('.timeline button[aria-pressed]').click();
    await page.waitForFunction(
      () => (new URLSearchParams(location.search).get('t') ?? '') > '2024-07-20',
      null,
      { timeout: 20_000 },
    );
    await page.locator('.timeline button[aria-pressed]').click();
    await page.context().close();
  });
});
