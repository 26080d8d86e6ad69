// Screenshots of the default view and of a country's details, in both languages, for the README.
// Always written to test-results/; copied to docs/ when UPDATE_SCREENSHOTS=1.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import { DEFAULT_THEME } from '../../src/theme';
import { countPixels, useBrowser, openApp } from './harness';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const SHOTS = [
  { name: 'screenshot-en', query: '?lang=en&motion=off' },
  { name: 'screenshot-fa', query: '?lang=fa&motion=off' },
  { name: 'details-en', query: '?lang=en&motion=off&country=SAU' },
  { name: 'details-fa', query: '?lang=fa&motion=off&country=SAU' },
];

it.each(SHOTS)('$name shows the map with the corridors drawn', async ({ name, query }) => {
  const { page } = await openApp(browser(), baseUrl, query);
  // A framed country flies there first; wait until the camera has settled and tiles are drawn.
  await page.waitForTimeout(1500);
  const png = await page.screenshot();
  const [r, g, b] = DEFAULT_THEME.corridors['north-east']!.flow;
  expect(countPixels(png, [r, g, b], 30)).toBeGreaterThan(100);
  mkdirSync('test-results', { recursive: true });
  writeFileSync(`test-results/${name}.png`, png);
  if (process.env.UPDATE_SCREENSHOTS === '1')
    copyFileSync(`test-results/${name}.png`, `docs/${name}.png`);
  await page.context().close();
});
