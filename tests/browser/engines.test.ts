// The core checks in Chromium, Firefox ESR and WebKitGTK: the same suite, one engine-neutral driver each.
// Run one engine: ENGINES=webkit npx vitest run --project browser tests/browser/engines.test.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../../src/theme';
import {
  launchEngine,
  selectedEngines,
  type EngineDriver,
  type EngineName,
} from './engines/driver';
import { NO_WEBCODECS, NO_WEBGL, serveAtlas, serveExamples, type Site } from './engines/pages';
import { countPixels, pointInView, rgbOf } from './harness';

/** Software WebGL in Firefox (llvmpipe) and WebKit is slower than SwiftShader in Chromium. */
const LOAD_TIMEOUT = 90_000;
/** Characters per script result when reading a large value out of the page. */
const SLICE = 256 * 1024;

let atlas: Site;
let host: Site;
beforeAll(async () => {
  [atlas, host] = await Promise.all([serveAtlas(), serveExamples()]);
});
afterAll(async () => {
  await Promise.all([atlas?.close(), host?.close()]);
});

/** One engine for the describe block that calls it: started in beforeAll, closed in afterAll. */
function useEngine(name: EngineName): () => EngineDriver {
  let driver: EngineDriver | undefined;
  beforeAll(async () => {
    driver = await launchEngine(name);
    console.info(`${name}: ${driver.version}`);
  }, 120_000);
  afterAll(async () => {
    await driver?.close();
  });
  return () => {
    if (!driver) throw new Error(`${name} did not start`);
    return driver;
  };
}

/** Polls `fn(arg)` in the page until it returns something truthy, and returns that. */
async function waitFor<T, A = undefined>(
  driver: EngineDriver,
  fn: (arg: A) => T,
  arg?: A,
  timeout = 20_000,
): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await driver.evaluate(fn, arg);
    if (value) return value as NonNullable<T>;
    if (Date.now() > end)
      throw new Error(`${driver.name}: still waiting after ${timeout} ms for ${fn.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Opens the built app at `path` on the suite's server and waits until it is ready (or failed). */
async function openAtlas(driver: EngineDriver, path: string): Promise<void> {
  await driver.goto(`${atlas.origin}${path}`);
  const status = await waitFor(
    driver,
    () => {
      const value = document.documentElement.dataset.status ?? '';
      return ['ready', 'error'].includes(value) ? value : '';
    },
    undefined,
    LOAD_TIMEOUT,
  );
  expect(status).toBe('ready');
}

/** Waits until MapLibre is idle, then for the frame already asked for. */
async function mapSettled(driver: EngineDriver): Promise<void> {
  await waitFor(
    driver,
    () => document.documentElement.dataset.mapIdle === 'true',
    undefined,
    LOAD_TIMEOUT,
  );
  await driver.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/** The viewport box of the first element matching `selector`, scrolled into view. */
async function boxOf(driver: EngineDriver, selector: string) {
  const box = await waitFor(
    driver,
    (css) => {
      const element = document.querySelector(css);
      if (!element) return null;
      element.scrollIntoView({ block: 'center', inline: 'center' });
      const { x, y, width, height } = element.getBoundingClientRect();
      return width > 0 && height > 0 ? { x, y, width, height } : null;
    },
    selector,
  );
  return box;
}

/** Clicks the middle of the first element matching `selector`, with the mouse. */
async function clickOn(driver: EngineDriver, selector: string) {
  const box = await boxOf(driver, selector);
  await driver.click(box.x + box.width / 2, box.y + box.height / 2);
}

const params = (driver: EngineDriver) => driver.evaluate(() => location.search);
const textOf = (driver: EngineDriver, selector: string) =>
  driver.evaluate((css) => document.querySelector(css)?.textContent ?? null, selector);

describe.each(selectedEngines())('%s', (name) => {
  const driver = useEngine(name);

  it('loads the production build and draws the countries and both corridors, with no console error', async () => {
    await openAtlas(driver(), '/?lang=en&motion=off');
    await mapSettled(driver());
    expect(
      await driver().evaluate(() => !!document.querySelector('canvas.maplibregl-canvas')),
    ).toBe(true);
    await driver().evaluate(() => {
      for (const element of document.querySelectorAll<HTMLElement>('.legend-area')) {
        element.style.setProperty('display', 'none', 'important');
      }
    });
    const shot = await driver().screenshot();
    expect(countPixels(shot, rgbOf(DEFAULT_THEME.roles.iran), 12)).toBeGreaterThan(2000);
    expect(
      countPixels(shot, rgbOf(DEFAULT_THEME.corridors['south-west']!.flow), 30),
    ).toBeGreaterThan(100);
    expect(
      countPixels(shot, rgbOf(DEFAULT_THEME.corridors['north-east']!.flow), 30),
    ).toBeGreaterThan(100);
    expect(await driver().errors()).toEqual([]);
  });

  it('a click on Saudi Arabia opens its details and the URL follows', async () => {
    const view = '45,24,4';
    await openAtlas(driver(), `/?lang=en&motion=off&view=${view}`);
    await mapSettled(driver());
    const box = await boxOf(driver(), '#map');
    // The Rub' al Khali: inside Saudi Arabia, far from every corridor and meeting place.
    const [x, y] = pointInView(view, box, [48.5, 20]);
    await driver().click(box.x + x, box.y + y);
    await waitFor(
      driver(),
      () => document.querySelector('#details h2')?.textContent === 'Saudi Arabia',
    );
    expect(new URLSearchParams(await params(driver())).get('country')).toBe('SAU');
    expect(await driver().errors()).toEqual([]);
  });

  it('?lang=fa&country=SAU lays the page out right-to-left in Persian, in its Persian font', async () => {
    await openAtlas(driver(), '/?lang=fa&motion=off&country=SAU');
    const page = await driver().evaluate(async () => {
      await document.fonts.ready;
      const title = document.querySelector('.topbar h1') as HTMLElement;
      return {
        dir: document.documentElement.dir,
        lang: document.documentElement.lang,
        details: document.querySelector('#details h2')?.textContent,
        route: document.querySelector('#details .routes li')?.textContent ?? '',
        font: document.fonts.check('16px Vazirmatn', 'ایران'),
        family: getComputedStyle(title).fontFamily,
        // Right-to-left: the title sits at the right of the header.
        titleRight: title.getBoundingClientRect().right > innerWidth / 2,
      };
    });
    expect(page).toMatchObject({
      dir: 'rtl',
      lang: 'fa',
      details: 'عربستان سعودی',
      font: true,
      titleRight: true,
    });
    expect(page.family).toMatch(/Vazirmatn/);
    // Each engine's Persian page, kept for people to look at (docs/ when UPDATE_SCREENSHOTS=1).
    await mapSettled(driver());
    const shot = await driver().screenshot();
    mkdirSync('test-results', { recursive: true });
    writeFileSync(`test-results/engine-${name}-fa.png`, shot);
    if (process.env.UPDATE_SCREENSHOTS === '1' && name !== 'chromium')
      writeFileSync(`docs/engine-${name}-fa.png`, shot);
    expect(page.route).toMatch(/[۰-۹]/);
    expect(page.route).not.toMatch(/[0-9]/);
    expect(await driver().errors()).toEqual([]);
  });

  it('a step link opens the presenter there, and the clicker keys step through the story', async () => {
    await openAtlas(driver(), '/?lang=en&motion=off&present=1&step=3');
    await waitFor(
      driver(),
      () => document.querySelector('.presenter .step-counter')?.textContent === 'Step 3 of 18',
    );
    for (const [key, step] of [
      ['ArrowRight', 4],
      ['ArrowLeft', 3],
      ['End', 18],
      ['Home', 1],
    ] as const) {
      await driver().press(key);
      await waitFor(
        driver(),
        (n) => new URLSearchParams(location.search).get('step') === String(n),
        step,
      );
    }
    expect(await textOf(driver(), '.presenter .step-counter')).toBe('Step 1 of 18');
    expect(await driver().errors()).toEqual([]);
  });

  it('a host page on another origin embeds the map and drives it with a command', async () => {
    const atlasUrl = encodeURIComponent(`${atlas.origin}/`);
    await driver().goto(`${host.origin}/briefing.html?atlas=${atlasUrl}`);
    await waitFor(
      driver(),
      () => !!document.querySelector('#event-log li[data-type="ready"]'),
      undefined,
      LOAD_TIMEOUT,
    );
    const select = 'button[data-command="selectCountry"][data-arg="SAU"]';
    await waitFor(
      driver(),
      (css) => document.querySelector<HTMLButtonElement>(css)?.disabled === false,
      select,
    );
    await clickOn(driver(), select);
    // The map, on its own origin, answers through postMessage: the host page logs its event.
    const selected = await waitFor(driver(), () =>
      [...document.querySelectorAll<HTMLElement>('#event-log li[data-type="countrySelected"]')]
        .map((item) => item.querySelector('code')?.textContent ?? '')
        .find((fields) => fields.includes('SAU')),
    );
    expect(JSON.parse(selected)).toMatchObject({ country: 'SAU' });
    expect(await driver().errors()).toEqual([]);
  });

  it('without WebGL the SVG map appears with a notice, and a click on a country opens its details', async () => {
    await openAtlas(driver(), `${NO_WEBGL}?lang=en`);
    const svg = '.svg-fallback-canvas svg';
    await waitFor(driver(), (css) => !!document.querySelector(`${css} path[data-code="SAU"]`), svg);
    const drawn = await driver().evaluate(
      (css) => ({
        canvases: document.querySelectorAll('canvas').length,
        notice: document.querySelector('.svg-fallback-notice')?.textContent ?? '',
        corridors: document.querySelectorAll(`${css} [data-corridor="south-west"]`).length,
      }),
      svg,
    );
    expect(drawn.canvases).toBe(0);
    expect(drawn.notice).toMatch(/WebGL/);
    expect(drawn.corridors).toBeGreaterThan(0);
    // A click on Saudi Arabia, away from the lines drawn over it.
    const saudi = await boxOf(driver(), `${svg} path[data-code="SAU"]`);
    await driver().click(saudi.x + saudi.width * 0.62, saudi.y + saudi.height * 0.7);
    await waitFor(
      driver(),
      () => document.querySelector('#details h2')?.textContent === 'Saudi Arabia',
    );
    expect(await driver().errors()).toEqual([]);
  });

  it('the export dialog says whether this engine can make a video, and exports the map as a PNG of its size', async () => {
    // WebKitGTK's web process crashes here when a page asks for WebCodecs (see NO_WEBCODECS).
    await openAtlas(driver(), `${name === 'webkit' ? NO_WEBCODECS : '/'}?lang=en&motion=off`);
    await mapSettled(driver());
    // Catch the download in the page: the file's bytes, not the engine's download machinery. The
    // object URL's Blob is kept as it is made (the build's CSP rightly refuses fetching blob: URLs).
    await driver().evaluate(() => {
      const store = window as unknown as { exported?: string };
      const blobs = new Map<string, Blob>();
      const createObjectURL = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (object: Blob | MediaSource) => {
        const url = createObjectURL(object);
        if (object instanceof Blob) blobs.set(url, object);
        return url;
      };
      document.addEventListener(
        'click',
        (event) => {
          const link = (event.target as Element).closest?.(
            'a[download]',
          ) as HTMLAnchorElement | null;
          const blob = link && blobs.get(link.href);
          if (!link || !blob) return;
          event.preventDefault();
          void blob.arrayBuffer().then((buffer) => {
            let binary = '';
            for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
            store.exported = `${link.download}|${btoa(binary)}`;
          });
        },
        true,
      );
    });
    await clickOn(driver(), '.export-button');
    await waitFor(
      driver(),
      () => document.querySelector<HTMLDialogElement>('dialog.export-dialog')?.open === true,
    );
    // Video needs WebCodecs with VP9 or VP8: where the engine has neither, the dialog says so at once.
    const canEncode = await driver().evaluate(async () => {
      if (typeof VideoEncoder === 'undefined') return false;
      for (const codec of ['vp09.00.31.08', 'vp8']) {
        const config = { codec, width: 1280, height: 720, framerate: 30, bitrate: 4e6 };
        const { supported } = await VideoEncoder.isConfigSupported(config).catch(() => ({
          supported: false,
        }));
        if (supported) return true;
      }
      return false;
    });
    console.info(`${name}: video export ${canEncode ? 'available' : 'not available'}`);
    if (!canEncode) {
      await waitFor(driver(), () => {
        const button = document.querySelector<HTMLButtonElement>(
          'dialog.export-dialog [data-export="video"]',
        );
        const status =
          document.querySelector('dialog.export-dialog .export-status')?.textContent ?? '';
        return button?.disabled === true && /cannot encode video/.test(status);
      });
    } else {
      expect(
        await driver().evaluate(
          () =>
            document.querySelector<HTMLButtonElement>('dialog.export-dialog [data-export="video"]')
              ?.disabled,
        ),
      ).toBe(false);
    }
    await clickOn(driver(), 'dialog.export-dialog [data-export="png"]');
    const length = await waitFor(
      driver(),
      () => (window as unknown as { exported?: string }).exported?.length,
      undefined,
      LOAD_TIMEOUT,
    );
    // In slices: WebKitWebDriver cannot return a script result of a megabyte or more.
    let exported = '';
    for (let start = 0; start < length; start += SLICE) {
      exported += await driver().evaluate(
        ([from, size]) =>
          (window as unknown as { exported: string }).exported.slice(from, from + size),
        [start, SLICE] as const,
      );
    }
    const [fileName = '', base64 = ''] = exported.split('|');
    expect(fileName).toMatch(/^corridor-atlas-en-\d{4}-\d{2}-\d{2}\.png$/);
    const bytes = Buffer.from(base64, 'base64');
    const image = PNG.sync.read(bytes);
    const map = await driver().evaluate(() => {
      const element = document.getElementById('map') as HTMLElement;
      return [element.clientWidth, element.clientHeight];
    });
    expect([image.width, image.height]).toEqual(map);
    expect(countPixels(bytes, rgbOf(DEFAULT_THEME.roles.iran), 12)).toBeGreaterThan(2000);

    expect(await driver().errors()).toEqual([]);
  });
});
