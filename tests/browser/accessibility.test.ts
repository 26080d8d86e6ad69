// axe-core (WCAG 2.x A and AA rules) on the built app: no serious or critical violation anywhere.
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, openApp } from './harness';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const VIEWS = [
  { name: 'the default view', query: 'motion=off' },
  { name: 'a country’s details', query: 'motion=off&country=SAU' },
  { name: 'presenter mode', query: 'motion=off&present=1&step=3' },
  { name: 'embed mode', query: 'motion=off&embed=1&country=KAZ' },
];

it.each(['en', 'fa'].flatMap((lang) => VIEWS.map((view) => ({ ...view, lang }))))(
  'axe finds no serious or critical violation in $name, lang=$lang',
  async ({ query, lang }) => {
    const { page } = await openApp(browser, baseUrl, `?lang=${lang}&${query}`);
    // AxeBuilder is typed against playwright's Page; playwright-core's is the same object.
    const results = await new AxeBuilder({ page } as unknown as ConstructorParameters<
      typeof AxeBuilder
    >[0])
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const grave = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(grave).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
    await page.context().close();
  },
);

it('the skip link is first in the tab order and opens the map as text, with real tables', async () => {
  const { page } = await openApp(browser, baseUrl, '?lang=en&motion=off');
  await page.keyboard.press('Tab');
  await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('skip-link');
  await page.keyboard.press('Enter');
  const view = page.locator('#text-view');
  await view.waitFor({ state: 'visible' });
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('text-view-title');
  const captions = await view.locator('table caption').allTextContents();
  expect(captions).toHaveLength(4);
  expect(captions[2]).toBe('Meetings of 1403');
  await expect(view.locator('table').nth(2).locator('tbody tr').count()).resolves.toBe(10);
  await expect(
    view.locator('table').first().locator('tbody tr').first().textContent(),
  ).resolves.toMatch(/Tehran → Riyadh[\d,]+ km[\d.]+ ms/);
  await page.keyboard.press('Escape');
  await view.waitFor({ state: 'hidden' });
  await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('skip-link');
  await page.context().close();
});
