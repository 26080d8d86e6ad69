// Embedding from a host page on another origin: embed.js, the example briefing page, the postMessage API.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pointInView, useBrowser, VIEWPORT } from './harness';

/** Origin A: the production build of the map. */
const baseUrl = inject('baseUrl');
const atlasOrigin = new URL(baseUrl).origin;
const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
/** A page with nothing on it (and no CSP), served by the test servers beside the examples. */
const BLANK = '/__blank.html';
/** Waiting for the map: software WebGL draws the first frame in seconds, not milliseconds. */
const MAP_WAIT = { timeout: 60_000, interval: 250 };
const WAIT = { timeout: 20_000, interval: 200 };

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/** A static file server for examples/ on 127.0.0.1 and a free port: a host page's own origin. */
async function serveExamples(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (path === BLANK) {
      response
        .writeHead(200, { 'content-type': CONTENT_TYPES['.html']! })
        .end('<!doctype html><html lang="en"><title>Host</title><body></body></html>');
      return;
    }
    const file = normalize(join(EXAMPLES, path));
    if (!file.startsWith(EXAMPLES)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
        response.writeHead(200, { 'content-type': type }).end(body);
      },
      () => response.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

async function stop(server: Server | undefined) {
  if (!server) return;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

const browser = useBrowser();
/** Origin B: the briefing page. Origin C: some other site. */
let hostB: { server: Server; origin: string };
let hostC: { server: Server; origin: string };

beforeAll(async () => {
  [hostB, hostC] = await Promise.all([serveExamples(), serveExamples()]);
});
afterAll(async () => {
  await Promise.all([stop(hostB?.server), stop(hostC?.server)]);
});

/** An event as the example page logs it: its type and its other fields. */
type AtlasEvent = { type: string } & Record<string, unknown>;

/** What the page's console and scripts said: errors, including CSP violations. */
interface HostLog {
  errors: string[];
}

async function newPage(): Promise<{ page: Page; log: HostLog }> {
  const context = await browser().newContext({ viewport: VIEWPORT, locale: 'en-GB' });
  const page = await context.newPage();
  const log: HostLog = { errors: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(`uncaught: ${error.message}`));
  return { page, log };
}

/** Opens the example briefing page on origin B, embedding the map from origin A; waits for `ready`. */
async function openBriefing(query = '') {
  const { page, log } = await newPage();
  const atlas = encodeURIComponent(baseUrl);
  await page.goto(`${hostB.origin}/briefing.html?atlas=${atlas}${query ? `&${query}` : ''}`);
  await page.locator('#event-log li[data-type="ready"]').waitFor({ timeout: MAP_WAIT.timeout });
  return { page, log };
}

/** The example page's event log, oldest first. */
async function events(page: Page): Promise<AtlasEvent[]> {
  const rows = await page.locator('#event-log li').evaluateAll((items) =>
    items.map((item) => ({
      type: (item as HTMLElement).dataset.type ?? '',
      fields: item.querySelector('code')?.textContent ?? '{}',
    })),
  );
  return rows
    .reverse()
    .map(({ type, fields }) => ({ ...(JSON.parse(fields) as Record<string, unknown>), type }));
}

/** The map's frame in `page`, once the map inside has drawn (`<html data-status="ready">`). */
async function atlasFrame(page: Page): Promise<Frame> {
  let found: Frame | undefined;
  await expect
    .poll(async () => {
      found = page.frames().find((frame) => frame.url().startsWith(baseUrl));
      return found?.evaluate(() => document.documentElement.dataset.status).catch(() => null);
    }, MAP_WAIT)
    .toBe('ready');
  return found!;
}

/** Starts counting, inside the map's frame, the messages of the API that reach it (from anyone). */
async function countMessages(frame: Frame) {
  await frame.evaluate(() => {
    const counter = window as unknown as { apiMessages: number };
    counter.apiMessages = 0;
    window.addEventListener('message', (event: MessageEvent<unknown>) => {
      const data = event.data as { source?: unknown } | null;
      if (typeof data === 'object' && data?.source === 'corridor-atlas') counter.apiMessages += 1;
    });
  });
}

/**
 * Waits until the map's frame has received `count` messages of the API, then for two animation
 * frames: the bridge's listener ran before the counter's, and it handles what it accepts on the next
 * animation frame, so by then an accepted command has taken effect. Proves "nothing happened"
 * without guessing a delay (software WebGL can hold a frame back for seconds).
 */
async function handled(frame: Frame, count: number) {
  await expect
    .poll(
      () => frame.evaluate(() => (window as unknown as { apiMessages: number }).apiMessages),
      WAIT,
    )
    .toBeGreaterThanOrEqual(count);
  await frame.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}

/** Posts a raw message from the briefing page to the map's iframe, as any script of the host could. */
async function postToMap(page: Page, message: unknown) {
  await page.evaluate(
    ([data, origin]) => {
      const iframe = document.querySelector<HTMLIFrameElement>('#atlas-map iframe');
      iframe?.contentWindow?.postMessage(data, origin);
    },
    [message, atlasOrigin] as const,
  );
}

/** Rejects when `promise` has not settled within `ms`. */
async function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

const msg = (type: string, fields: Record<string, unknown> = {}) => ({
  source: 'corridor-atlas',
  v: 1,
  type,
  ...fields,
});

describe('the example briefing page', () => {
  it('embeds the map from another origin under a strict CSP, sizes it as the map asks, and drives it', async () => {
    const { page, log } = await openBriefing();
    const iframe = page.locator('#atlas-map iframe');
    await expect(iframe.count()).resolves.toBe(1);
    const src = new URL((await iframe.getAttribute('src')) ?? '');
    expect(src.origin).toBe(atlasOrigin);
    expect(src.searchParams.get('embed')).toBe('1');
    expect(src.searchParams.get('origin')).toBe(hostB.origin);
    expect(src.searchParams.get('lang')).toBe('en');
    await expect(iframe.getAttribute('loading')).resolves.toBe('lazy');
    await expect(iframe.getAttribute('allow')).resolves.toBe('fullscreen');
    await expect(iframe.getAttribute('title')).resolves.toMatch(/corridors/);

    // The iframe takes the height the map asked for (clamped to 240–2000 px).
    await expect
      .poll(async () => (await events(page)).some((e) => e.type === 'height'), WAIT)
      .toBe(true);
    const asked = (await events(page)).find((e) => e.type === 'height')?.px;
    expect(typeof asked).toBe('number');
    const expected = Math.round(Math.min(2000, Math.max(240, asked as number)));
    await expect
      .poll(() => iframe.evaluate((element) => (element as HTMLElement).style.height), WAIT)
      .toBe(`${expected}px`);
    expect(Math.round((await iframe.boundingBox())?.height ?? 0)).toBe(expected);

    const frame = await atlasFrame(page);
    await page.getByRole('button', { name: 'Select Saudi Arabia' }).click();
    await frame.locator('#details h2').waitFor({ state: 'visible', timeout: WAIT.timeout });
    await expect(frame.locator('#details h2').textContent()).resolves.toBe('Saudi Arabia');
    await expect
      .poll(() => events(page), WAIT)
      .toContainEqual({
        type: 'countrySelected',
        country: 'SAU',
      });

    await page.getByRole('button', { name: 'Go to step 11' }).click();
    await expect.poll(() => events(page), WAIT).toContainEqual({ type: 'stepChanged', step: 11 });

    await page.getByRole('button', { name: 'Persian' }).click();
    await expect.poll(() => frame.evaluate(() => document.documentElement.dir), WAIT).toBe('rtl');

    // The page runs under its own strict policy: nothing was refused, nothing threw.
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it('hears about a click on a country inside the map', async () => {
    const view = '45,24,4';
    const { page } = await openBriefing(`lang=en&motion=off&view=${view}`);
    const src = new URL((await page.locator('#atlas-map iframe').getAttribute('src')) ?? '');
    expect(src.searchParams.get('view')).toBe(view);
    expect(src.searchParams.get('motion')).toBe('off');
    const frame = await atlasFrame(page);
    const map = frame.locator('#map');
    await map.scrollIntoViewIfNeeded();
    const box = await map.boundingBox();
    if (!box) throw new Error('the map has no box');
    // The Rub' al Khali: inside Saudi Arabia, far from every corridor and meeting place.
    const [x, y] = pointInView(view, box, [48.5, 20]);
    await map.click({ position: { x, y } });
    await expect
      .poll(() => events(page), WAIT)
      .toContainEqual({
        type: 'countrySelected',
        country: 'SAU',
      });
    await expect(frame.locator('#details h2').textContent()).resolves.toBe('Saudi Arabia');
    await page.context().close();
  });
});

describe('the postMessage rules', () => {
  it('ignores commands from an origin other than the one the map was opened with', async () => {
    // Origin C frames the map as if for origin B, then sends it commands.
    const { page } = await newPage();
    await page.goto(`${hostC.origin}${BLANK}`);
    const src = `${baseUrl}?embed=1&origin=${encodeURIComponent(hostB.origin)}&lang=en&motion=off`;
    await page.evaluate((url) => {
      const received: unknown[] = [];
      (window as unknown as { received: unknown[] }).received = received;
      window.addEventListener('message', (event) => received.push(event.data));
      const iframe = document.createElement('iframe');
      iframe.id = 'map-frame';
      iframe.src = url;
      iframe.style.width = '1000px';
      iframe.style.height = '600px';
      document.body.append(iframe);
    }, src);
    const frame = await atlasFrame(page);
    await countMessages(frame);
    await page.evaluate(
      ([origin, command]) => {
        const iframe = document.querySelector<HTMLIFrameElement>('#map-frame');
        iframe?.contentWindow?.postMessage(command, origin);
        iframe?.contentWindow?.postMessage(command, '*');
      },
      [atlasOrigin, msg('selectCountry', { country: 'SAU' })] as const,
    );
    await handled(frame, 2);
    await expect(frame.locator('#details').isHidden()).resolves.toBe(true);
    expect(new URL(frame.url()).searchParams.has('country')).toBe(false);
    const received = await page.evaluate(
      () => (window as unknown as { received: { type?: unknown }[] }).received,
    );
    expect(received.filter((data) => data?.type === 'countrySelected')).toEqual([]);
    await page.context().close();
  });

  it('ignores commands from the right origin but another window than the parent', async () => {
    const { page } = await newPage();
    await page.goto(`${hostB.origin}${BLANK}`);
    const src = `${baseUrl}?embed=1&origin=${encodeURIComponent(hostB.origin)}&lang=en&motion=off`;
    await page.evaluate(
      ([url, sibling]) => {
        for (const [id, address] of [
          ['map-frame', url],
          ['sibling', sibling],
        ] as const) {
          const iframe = document.createElement('iframe');
          iframe.id = id;
          iframe.src = address;
          iframe.style.width = '1000px';
          iframe.style.height = '500px';
          document.body.append(iframe);
        }
      },
      [src, `${hostB.origin}${BLANK}?sibling`] as const,
    );
    const frame = await atlasFrame(page);
    let sibling: Frame | undefined;
    await expect
      .poll(() => {
        sibling = page.frames().find((f) => f.url() === `${hostB.origin}${BLANK}?sibling`);
        return sibling !== undefined;
      }, WAIT)
      .toBe(true);
    await sibling!.waitForLoadState();
    const command = msg('selectCountry', { country: 'SAU' });
    // Same origin as the parent (B), so event.origin is right; the sender is not the parent.
    await countMessages(frame);
    await sibling!.evaluate(
      ([data, origin]) => {
        const target = window.parent.document.querySelector<HTMLIFrameElement>('#map-frame');
        target?.contentWindow?.postMessage(data, origin);
      },
      [command, atlasOrigin] as const,
    );
    await handled(frame, 1);
    await expect(frame.locator('#details').isHidden()).resolves.toBe(true);
    // The same command from the parent is obeyed.
    await page.evaluate(
      ([data, origin]) => {
        const target = document.querySelector<HTMLIFrameElement>('#map-frame');
        target?.contentWindow?.postMessage(data, origin);
      },
      [command, atlasOrigin] as const,
    );
    await frame.locator('#details h2').waitFor({ state: 'visible', timeout: WAIT.timeout });
    await expect(frame.locator('#details h2').textContent()).resolves.toBe('Saudi Arabia');
    await page.context().close();
  });

  it('answers each malformed command with an error event, and messages not for it with nothing', async () => {
    const { page } = await openBriefing('lang=en&motion=off');
    await atlasFrame(page);
    const errors = async () => (await events(page)).filter((e) => e.type === 'error');
    const malformed = [
      msg('selectCountry'),
      msg('fly'),
      { ...msg('selectCountry', { country: 'SAU' }), v: 2 },
      msg('selectCountry', { country: 'XXX' }),
    ];
    for (const message of malformed) {
      const before = (await errors()).length;
      await postToMap(page, message);
      await expect.poll(async () => (await errors()).length, WAIT).toBe(before + 1);
      const last = (await errors()).at(-1);
      expect(typeof last?.message).toBe('string');
      expect((last?.message as string).length).toBeGreaterThan(0);
    }
    await expect(page.locator('#atlas-map iframe').count()).resolves.toBe(1);

    // Not ours: no source, another source, not an object. Then one malformed command: its error is
    // the only answer, so the messages before it (handled first, in order) were answered with nothing.
    const before = (await events(page)).length;
    for (const message of [
      { v: 1, type: 'selectCountry', country: 'SAU' },
      { source: 'someone-else', v: 1, type: 'fly' },
      'selectCountry SAU',
      null,
      [msg('fly')],
    ]) {
      await postToMap(page, message);
    }
    await postToMap(page, msg('fly'));
    await expect.poll(async () => (await events(page)).length, WAIT).toBe(before + 1);
    await page.waitForTimeout(500);
    const after = (await events(page)).slice(before);
    expect(after.map((e) => e.type)).toEqual(['error']);
    await page.context().close();
  });

  it('survives a flood of 5,000 commands: the host stays responsive and hears one "too many"', async () => {
    const { page } = await openBriefing('lang=en&motion=off');
    const frame = await atlasFrame(page);
    await page.evaluate(() => {
      type Api = { embed(element: Element): { selectCountry(code: string): void } };
      const api = (window as unknown as { CorridorAtlas: Api }).CorridorAtlas;
      const atlas = api.embed(document.getElementById('atlas-map')!);
      for (let i = 0; i < 5000; i += 1) atlas.selectCountry('SAU');
    });
    await expect(
      within(
        5000,
        page.evaluate(() => 1),
      ),
    ).resolves.toBe(1);
    const tooMany = async () =>
      (await events(page)).filter((e) => e.type === 'error' && /too many/i.test(String(e.message)));
    await expect.poll(async () => (await tooMany()).length, WAIT).toBeGreaterThan(0);
    await expect(frame.evaluate(() => document.documentElement.dataset.status)).resolves.toBe(
      'ready',
    );
    // Dropped with one error per flood, not one per message.
    expect((await tooMany()).length).toBeLessThanOrEqual(3);
    // And it still obeys afterwards (the command is repeated while the flood drains).
    await expect
      .poll(async () => {
        await postToMap(page, msg('clearSelection'));
        return events(page);
      }, WAIT)
      .toContainEqual({ type: 'countrySelected', country: null });
    await page.context().close();
  });
});

/**
 * Opens a bare page on origin B, loads embed.js from the atlas, embeds the map in `#atlas` with
 * `options`, keeps every event in `window.seen`, and sends `selectCountry(country)` at once if asked.
 */
async function embedOnBlankPage(options: object, country?: string) {
  const { page } = await newPage();
  await page.goto(`${hostB.origin}${BLANK}`);
  await page.evaluate(
    async ([script, settings, code]) => {
      const element = document.createElement('div');
      element.id = 'atlas';
      document.body.append(element);
      await new Promise((resolve, reject) => {
        const tag = document.createElement('script');
        tag.src = script;
        tag.addEventListener('load', resolve);
        tag.addEventListener('error', reject);
        document.head.append(tag);
      });
      type Instance = {
        selectCountry(code: string): void;
        on(type: string, fn: (event: unknown) => void): () => void;
      };
      const api = (
        window as unknown as { CorridorAtlas: { embed(e: Element, o?: object): Instance } }
      ).CorridorAtlas;
      const atlas = api.embed(element, settings);
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      atlas.on('*', (event) => seen.push(event));
      if (code) atlas.selectCountry(code);
    },
    [new URL('embed.js', baseUrl).href, options, country ?? ''] as const,
  );
  return page;
}

/** The events the bare page's instance has heard, as `type` or `type:country`. */
const seenTypes = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { seen: { type: string; country?: string }[] }).seen.map((e) =>
      e.type === 'countrySelected' ? `${e.type}:${e.country}` : e.type,
    ),
  );

describe('embed.js', () => {
  it('queues commands until the map is ready, embeds an element once, and cleans up', async () => {
    const page = await embedOnBlankPage({ lang: 'en', motion: 'off', height: 500 }, 'sau');
    const iframe = page.locator('#atlas iframe');
    const src = new URL((await iframe.getAttribute('src')) ?? '');
    expect(src.searchParams.get('country')).toBeNull();
    expect(src.searchParams.get('motion')).toBe('off');
    const frame = await atlasFrame(page);
    await frame.locator('#details h2').waitFor({ state: 'visible', timeout: WAIT.timeout });
    await expect(frame.locator('#details h2').textContent()).resolves.toBe('Saudi Arabia');
    await expect.poll(() => seenTypes(page), WAIT).toContain('countrySelected:SAU');
    const types = await seenTypes(page);
    expect(types.indexOf('ready')).toBeGreaterThanOrEqual(0);
    expect(types.indexOf('ready')).toBeLessThan(types.indexOf('countrySelected:SAU'));

    const result = await page.evaluate(async () => {
      type Instance = {
        iframe: HTMLIFrameElement;
        on(type: string, fn: () => void): () => void;
        destroy(): void;
      };
      const api = (
        window as unknown as { CorridorAtlas: { embed(e: Element, o?: object): Instance } }
      ).CorridorAtlas;
      const element = document.getElementById('atlas')!;
      const first = api.embed(element);
      const same = api.embed(element) === first && element.querySelectorAll('iframe').length === 1;
      // `ready` already came: a late listener still hears it, once.
      const late = await new Promise<boolean>((resolve) => {
        first.on('ready', () => resolve(true));
        setTimeout(() => resolve(false), 2000);
      });
      first.destroy();
      const removed = element.querySelector('iframe') === null;
      const again = api.embed(element, { lang: 'en' });
      return { same, late, removed, fresh: again !== first && again.iframe.isConnected };
    });
    expect(result).toEqual({ same: true, late: true, removed: true, fresh: true });
    await page.context().close();
  });

  it('hears only its own iframe, and only while it shows the atlas', async () => {
    const page = await embedOnBlankPage({ lang: 'en', motion: 'off' });
    // The map sends height at once and ready once drawn: wait for both before counting.
    await expect.poll(() => seenTypes(page), MAP_WAIT).toContain('height');
    await expect.poll(() => seenTypes(page), MAP_WAIT).toContain('ready');
    const iframe = page.locator('#atlas iframe');
    const height = await iframe.evaluate((element) => (element as HTMLElement).style.height);
    // Count the API's messages reaching the page: embed.js listened first, so once the counter has
    // seen them, embed.js has handled them (it acts at once).
    await page.evaluate(() => {
      const counter = window as unknown as { apiMessages: number };
      counter.apiMessages = 0;
      window.addEventListener('message', (event: MessageEvent<unknown>) => {
        const data = event.data as { source?: unknown } | null;
        if (typeof data === 'object' && data?.source === 'corridor-atlas') counter.apiMessages += 1;
      });
    });
    const received = () =>
      page.evaluate(() => (window as unknown as { apiMessages: number }).apiMessages);
    const forged = [msg('height', { px: 1500 }), msg('countrySelected', { country: 'IRN' })];
    const postToParent = (frame: Frame) =>
      frame.evaluate((messages) => {
        for (const message of messages) window.parent.postMessage(message, '*');
      }, forged);

    // Other windows: a frame from another origin, and one from the atlas's origin.
    const others = [`${hostC.origin}${BLANK}?other`, `${baseUrl}favicon.svg`];
    await page.evaluate((addresses) => {
      for (const address of addresses) {
        const frame = document.createElement('iframe');
        frame.src = address;
        document.body.append(frame);
      }
    }, others);
    for (const address of others) {
      let frame: Frame | undefined;
      await expect
        .poll(() => {
          frame = page.frames().find((f) => f.url() === address);
          return frame !== undefined;
        }, WAIT)
        .toBe(true);
      await frame!.waitForLoadState();
      await postToParent(frame!);
    }
    await expect.poll(received, WAIT).toBe(4);
    // Its own iframe, once it has left the atlas for another origin.
    await iframe.evaluate((element, address) => {
      (element as HTMLIFrameElement).src = address;
    }, `${hostC.origin}${BLANK}?moved`);
    let moved: Frame | undefined;
    await expect
      .poll(() => {
        moved = page.frames().find((f) => f.url() === `${hostC.origin}${BLANK}?moved`);
        return moved !== undefined;
      }, WAIT)
      .toBe(true);
    await moved!.waitForLoadState();
    await postToParent(moved!);
    await expect.poll(received, WAIT).toBe(6);

    await expect(iframe.evaluate((element) => (element as HTMLElement).style.height)).resolves.toBe(
      height,
    );
    const types = await seenTypes(page);
    expect(types).not.toContain('countrySelected:IRN');
    expect(types.filter((type) => type === 'height')).toHaveLength(1);
    await page.context().close();
  });
});
