// `npm start` serves a working map: the Vite dev server, not only the production build, reaches ready.
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useBrowser, openApp } from './harness';

const browser = useBrowser();
let server: ViteDevServer;

beforeAll(async () => {
  server = await createServer({
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 5390, strictPort: false, hmr: false, watch: null },
  });
  await server.listen();
});
afterAll(async () => {
  await server?.close();
});

it('the dev server serves the map with the default data and no error', async () => {
  const url = server.resolvedUrls?.local[0];
  expect(url).toBeTruthy();
  const { page, log } = await openApp(browser(), url as string, '?motion=off');
  await expect(page.evaluate(() => document.documentElement.dataset.status)).resolves.toBe('ready');
  expect(log.errors).toEqual([]);
  await page.context().close();
});
