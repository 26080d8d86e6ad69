// Mounting and destroying the app twice leaves no listener, timer, channel, observer or subscriber behind.
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from './harness';

const browser = useBrowser();
let server: ViteDevServer;

beforeAll(async () => {
  server = await createServer({
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 5391, strictPort: false, hmr: false, watch: null },
  });
  await server.listen();
});
afterAll(async () => {
  await server?.close();
});

interface Snapshot {
  listeners: Record<string, number>;
  intervals: number;
  channels: number;
  observers: number;
  subscribers?: number;
}

async function lifecycle(query: string) {
  const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(
    new URL(`tests/browser/pages/lifecycle.html${query}`, server.resolvedUrls?.local[0]).href,
  );
  await page.waitForFunction(() => 'lifecycleResult' in window, null, { timeout: 120_000 });
  const result = (await page.evaluate(
    () => (window as unknown as { lifecycleResult: unknown }).lifecycleResult,
  )) as {
    error?: string;
    before: Snapshot;
    cycles: { mounted: Snapshot; destroyed: Snapshot }[];
  };
  await page.close();
  return { result, errors };
}

// MapLibre's worker pool is shared by every map on the page and watches the page's visibility
// once, from the first map on (to restart workers a phone killed); it is not the app's to remove.
const MAPLIBRE_PAGE_WIDE = { 'document visibilitychange': 1 };

describe.each([
  ['the WebGL map', '', MAPLIBRE_PAGE_WIDE],
  ['the SVG map', '?webgl=0', {}],
])('mounting and destroying the app with %s', (_name, query, pageWide) => {
  it('leaves the window and the document as it found them, twice', async () => {
    const { result, errors } = await lifecycle(query);
    expect(result.error).toBeUndefined();
    expect(errors).toEqual([]);
    expect(result.cycles).toHaveLength(2);
    for (const { mounted, destroyed } of result.cycles) {
      // While mounted, the app does listen and run timers (so the counts can see them)…
      expect(Object.keys(mounted.listeners).length).toBeGreaterThan(
        Object.keys(result.before.listeners).length,
      );
      expect(mounted.intervals).toBeGreaterThan(0);
      expect(mounted.subscribers).toBeGreaterThan(0);
      // …and once destroyed, nothing of it is left.
      expect(destroyed.listeners).toEqual({ ...result.before.listeners, ...pageWide });
      expect(destroyed.intervals).toBe(0);
      expect(destroyed.channels).toBe(0);
      expect(destroyed.observers).toBe(0);
      expect(destroyed.subscribers).toBe(0);
    }
  });
});
