// `npm start` serves a working map: the Vite dev server, not only the production build, reaches ready.
import { createServer, type ViteDevServer } from 'vite';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, openApp } from './harness';

let browser: Browser;
let server: ViteDevServer;

beforeAll(async () => {
  server = await createServer({
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 5390, strictPort: false, hmr: false, watch: null },
  });
  await server.listen();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('the dev server serves the map with the default data and no error', async () => {
  const url = server.resolvedUrls?.local[0];
  expect(url).toBeTruthy();
  const { page, log } = await openApp(browser, url as string, '?motion=off');
  await expect(page.evaluate(() => document.documentElement.dataset.status)).resolves.toBe('ready');
  expect(log.errors).toEqual([]);
  await page.context().close();
});
