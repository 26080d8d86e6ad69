// Every screen: phones to projectors, both languages. Nothing overflows sideways, the map is in view,
// every header action can be reached (on the bar or in the menu), and a phone's tap opens the sheet.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { pointInView, useBrowser } from './harness';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const PHONE: BrowserContextOptions = { isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const SCREENS = [
  { name: 'phone-small', width: 320, height: 568, device: PHONE },
  { name: 'phone', width: 390, height: 844, device: PHONE },
  { name: 'phone-landscape', width: 844, height: 390, device: PHONE },
  { name: 'tablet', width: 768, height: 1024, device: PHONE },
  { name: 'laptop', width: 1280, height: 800, device: {} },
  { name: 'projector', width: 1920, height: 1080, device: {} },
];
const ACTIONS = [
  '.present-button',
  '#country-picker',
  '.share-button',
  '.export-button',
  '.data-button',
  '.text-button',
  '.source-button',
];

async function open(screen: (typeof SCREENS)[number], query: string): Promise<Page> {
  const context = await browser().newContext({
    viewport: { width: screen.width, height: screen.height },
    ...screen.device,
  });
  const page = await context.newPage();
  await page.goto(new URL(query, baseUrl).href);
  await page.waitForFunction(() => document.documentElement.dataset.status === 'ready', null, {
    timeout: 60_000,
  });
  return page;
}

/** How much wider than the viewport the document is, in CSS pixels (0: no sideways overflow). */
const overflow = (page: Page) =>
  page.evaluate(
    () =>
      Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) -
      document.documentElement.clientWidth,
  );

/** Whether the element is on screen, inside the viewport, at least 24 × 24 px (WCAG 2.5.8). */
async function reachable(page: Page, selector: string, scroll = false): Promise<boolean> {
  return page.evaluate(
    ([selector, scroll]) => {
      const element = document.querySelector(selector);
      if (!element) return false;
      // In the menu, which scrolls inside itself on a short screen, as a thumb would scroll it.
      if (scroll) element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const box = element.getBoundingClientRect();
      const inside =
        box.left >= 0 &&
        box.top >= 0 &&
        box.right <= document.documentElement.clientWidth &&
        box.bottom <= document.documentElement.clientHeight;
      return inside && box.width >= 24 && box.height >= 24 && element.checkVisibility();
    },
    [selector, scroll] as const,
  );
}

describe.each(SCREENS)('at $width × $height ($name)', (screen) => {
  it.each(['en', 'fa'])(
    'in %s, the map fits, and every action is on the bar or in the menu',
    async (lang) => {
      const page = await open(screen, `?lang=${lang}&motion=off&country=SAU`);
      await page.locator('#details').waitFor({ state: 'visible' });
      expect(await overflow(page)).toBe(0);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(
        lang === 'fa' ? 'rtl' : 'ltr',
      );
      // The map is in the viewport, and takes a real share of it.
      const map = await page.locator('#map').boundingBox();
      expect(map).not.toBeNull();
      const visible =
        (Math.min(map!.x + map!.width, screen.width) - Math.max(map!.x, 0)) *
        (Math.min(map!.y + map!.height, screen.height) - Math.max(map!.y, 0));
      expect(visible / (screen.width * screen.height)).toBeGreaterThan(0.3);
      mkdirSync('test-results', { recursive: true });
      const shot = `test-results/layout-${screen.name}-${lang}.png`;
      writeFileSync(shot, await page.screenshot());
      if (process.env.UPDATE_SCREENSHOTS === '1' && screen.name === 'phone')
        copyFileSync(shot, `docs/phone-${lang}.png`);

      const menu = page.locator('.menu-button');
      const inMenu = await page.evaluate(
        (actions) => actions.filter((a) => document.querySelector(`.menu-panel ${a}`) !== null),
        ACTIONS,
      );
      for (const action of ACTIONS.filter((a) => !inMenu.includes(a))) {
        expect(await reachable(page, action), `${action} on the bar`).toBe(true);
      }
      if (inMenu.length === 0) {
        expect(await menu.isVisible()).toBe(false);
        await page.context().close();
        return;
      }
      expect(await reachable(page, '.menu-button')).toBe(true);
      await menu.click();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      for (const action of inMenu) {
        expect(await reachable(page, action, true), `${action} in the menu`).toBe(true);
      }
      expect(await overflow(page)).toBe(0);
      await page.keyboard.press('Escape');
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('menu-button');
      await page.context().close();
    },
  );
});

describe('on a phone, by touch', () => {
  it('a tap on Saudi Arabia opens the details as a sheet; the handle expands it; dragged down it closes', async () => {
    const view = '45,24,3';
    const page = await open(SCREENS[1]!, `?lang=fa&motion=off&view=${view}`);
    const box = (await page.locator('#map').boundingBox())!;
    const [x, y] = pointInView(view, box, [48.5, 20]); // the Rub' al Khali
    await page.touchscreen.tap(box.x + x, box.y + y);
    const sheet = page.locator('#details');
    await sheet.waitFor({ state: 'visible' });
    expect(await sheet.locator('h2').textContent()).toBe('عربستان سعودی');
    // A sheet over the lower part of the map, full width.
    const half = (await sheet.boundingBox())!;
    expect(half.width).toBeCloseTo(box.width, 0);
    expect(half.y).toBeGreaterThan(box.y + box.height * 0.3);
    const handle = sheet.locator('.sheet-handle');
    expect(await handle.getAttribute('aria-label')).toBe('گسترش جزئیات');
    await handle.tap();
    expect(await handle.getAttribute('aria-expanded')).toBe('true');
    // Past the height's transition, the sheet covers the map.
    await page.waitForFunction(
      (min) => document.getElementById('details')!.getBoundingClientRect().height > min,
      half.height * 1.5,
      { timeout: 5000 },
    );
    await handle.tap();
    expect(await handle.getAttribute('aria-expanded')).toBe('false');
    await page.waitForFunction(
      (max) => document.getElementById('details')!.getBoundingClientRect().height <= max,
      half.height + 1,
      { timeout: 5000 },
    );
    // Dragged down from its collapsed height, the sheet closes.
    const grip = (await handle.boundingBox())!;
    await page.mouse.move(grip.x + grip.width / 2, grip.y + 10);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2, grip.y + 160, { steps: 6 });
    await page.mouse.up();
    await sheet.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).searchParams.get('country')).toBeNull();
    await page.context().close();
  });
});
