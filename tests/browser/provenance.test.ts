// Provenance in a real browser: inference marks on each surface, "the article gives no place", and the sentence one click away.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, openApp, BLOCK_WEBGL } from './harness';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('provenance marks', () => {
  it('the details panel marks the inferred venue (Astana) and opens the article at the topic’s sentence, marked', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off&country=KAZ');
    const event = page.locator('#details [data-event="kaz"]');
    await event.waitFor({ state: 'visible' });
    const place = event.locator('[data-claim="event/kaz/place"]');
    await expect(place.getAttribute('class')).resolves.toBe('claim inferred');
    await expect(place.getAttribute('title')).resolves.toMatch(/names only Kazakhstan/);
    await event.locator('[data-claim="event/kaz/topics/1"] button.claim-source').click();
    const mark = page.locator('.source-dialog mark');
    await mark.first().waitFor({ state: 'visible' });
    await expect(mark.first().getAttribute('data-sentence')).resolves.toBe('p5-s1');
    await expect(mark.first().textContent()).resolves.toContain('از وی دریافت کرد');
    await page.context().close();
  });

  it('the Kyrgyz meeting says the article gives no place and no date, in both languages', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off&country=KGZ');
    const event = page.locator('#details [data-event="kgz"]');
    await event.waitFor({ state: 'visible' });
    const text = (await event.textContent()) ?? '';
    expect(text).toContain('the article gives no place');
    expect(text).toContain('the article gives no date');
    expect(text).not.toContain('Astana');
    await page.locator('#details button.close').click();
    await page.context().close();
    const fa = await openApp(browser(), baseUrl, '?lang=fa&motion=off&country=KGZ');
    const faText = (await fa.page.locator('#details [data-event="kgz"]').textContent()) ?? '';
    expect(faText).toContain('مقاله مکانی نمی‌دهد');
    await fa.page.context().close();
  });

  it('the UAE details give Dubai’s officials no nationality and the event’s likely name as an editorial note', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off&country=ARE');
    const event = page.locator('#details [data-event="dxb"]');
    await event.waitFor({ state: 'visible' });
    const text = (await event.textContent()) ?? '';
    expect(text).not.toContain('(United Arab Emirates)');
    expect(text).toContain('nationality not given in the article');
    await expect(
      event.locator('[data-claim="event/dxb/note"]').getAttribute('data-inference'),
    ).resolves.toBe('editorial');
    await page.context().close();
  });

  it('the map as text marks inferred venues and our corridor names', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const view = page.locator('#text-view');
    await view.waitFor({ state: 'visible' });
    const text = (await view.textContent()) ?? '';
    expect(text).toContain('Astana, Kazakhstan (inferred: The article names only Kazakhstan');
    expect(text).toContain('the article gives no place');
    expect(text).toMatch(/South-west corridor[^(]*\(our name\)/);
    await page.context().close();
  });

  it('the presenter card marks a corridor chapter as ours and says the day is a position only', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off&present=1&step=11');
    const card = page.locator('.presenter');
    await card.waitFor({ state: 'visible' });
    await expect(
      card.locator('.chapter-title [data-claim]').getAttribute('data-inference'),
    ).resolves.toBe('our-name');
    await expect(card.locator('.day-note').textContent()).resolves.toMatch(/position only/);
    await page.context().close();
  });

  it('the SVG view (no WebGL) labels Astana with its mark, in italic, and Tehran without one', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(BLOCK_WEBGL);
    const page = await context.newPage();
    await page.goto(new URL('?lang=en&motion=off&view=60,42,3', baseUrl).href);
    const svg = page.locator('.svg-fallback-canvas svg');
    await svg.waitFor();
    const astana = svg.locator('text.inferred[data-inference="venue"]', {
      hasText: 'Astana (inferred)',
    });
    await astana.first().waitFor();
    await expect(astana.first().getAttribute('font-style')).resolves.toBe('italic');
    const tehran = svg.locator('text', { hasText: /^Tehran$/ });
    await expect(tehran.first().getAttribute('class')).resolves.toBeNull();
    await context.close();
  });

  it("a story step's timeline gives the chapter's period, as the article does, not a day (Kazakhstan: summer)", async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off&present=1&step=2');
    const date = page.locator('.timeline-date-jalali');
    await page.locator('.presenter').waitFor({ state: 'visible' });
    await expect.poll(() => date.textContent()).toMatch(/summer/i);
    expect(await date.textContent()).not.toMatch(/Shahrivar|\d{1,2} [A-Z][a-z]+ 1403/);
    await page.context().close();
  });
});

/** What MapLibre placed on a label layer: each feature's id, its text in `lang`, and whether it is ours. */
function placedLabels(page: Page, layer: string, lang: 'en' | 'fa') {
  return page.evaluate(
    ([layerId, key]) => {
      type Feature = { properties: Record<string, unknown> };
      type MapLike = {
        queryRenderedFeatures(options: { layers: string[] }): Feature[];
        getLayoutProperty(layer: string, name: string): unknown;
      };
      const map = (
        document.querySelector('.maplibregl-map') as HTMLElement & { atlasMap?: MapLike }
      ).atlasMap;
      if (!map) return null;
      // The label is drawn from the property the layer's text-field reads: check it is the one read here.
      const field = JSON.stringify(map.getLayoutProperty(layerId, 'text-field'));
      return {
        field,
        labels: map.queryRenderedFeatures({ layers: [layerId] }).map((f) => ({
          id: f.properties.id,
          text: f.properties[key],
          inferred: f.properties.inferred,
          inference: f.properties.inference,
        })),
      };
    },
    [layer, lang] as const,
  );
}

describe('provenance marks on the WebGL map, exports, embed events and the speaker view', () => {
  it('the WebGL map labels Astana "(inferred)" in the inferred style, and a waypoint by its name alone (schematic said once, in the legend)', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off&view=62,42,3');
    await expect
      .poll(async () => (await placedLabels(page, 'place-labels', 'en'))?.labels ?? [], {
        timeout: 20_000,
      })
      .toContainEqual({
        id: 'astana',
        text: 'Astana (inferred)',
        inferred: true,
        inference: 'venue',
      });
    const places = await placedLabels(page, 'place-labels', 'en');
    expect(places?.field).toBe('["get","en"]');
    expect(places?.labels.find((l) => l.id === 'tehran')).toMatchObject({
      text: 'Tehran',
      inferred: false,
    });
    const ends = await placedLabels(page, 'corridor-end-labels', 'en');
    expect(ends?.labels.find((l) => l.id === 'kashgar')).toEqual({
      id: 'kashgar',
      text: 'Kashgar',
      inferred: true,
      inference: 'schematic',
    });
    await expect(page.locator('.legend').textContent()).resolves.toContain(
      'routes and end points schematic',
    );
    await page.context().close();
  });

  it('the Persian WebGL map labels Astana with the dotted mark «آستانه · استنباطی»', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=fa&motion=off&view=62,42,3');
    await expect
      .poll(async () => (await placedLabels(page, 'place-labels', 'fa'))?.labels ?? [], {
        timeout: 20_000,
      })
      .toContainEqual({
        id: 'astana',
        text: 'آستانه · استنباطی',
        inferred: true,
        inference: 'venue',
      });
    expect((await placedLabels(page, 'place-labels', 'fa'))?.field).toBe('["get","fa"]');
    await page.context().close();
  });

  it('the SVG export labels Astana "(inferred)" with class="inferred", a waypoint in that class without a suffix', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off&view=62,42,3');
    await page.locator('.export-button').click();
    const dialog = page.locator('dialog.export-dialog');
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      dialog.locator('[data-export="svg"]').click(),
    ]);
    const xml = readFileSync(await file.path(), 'utf8');
    const found = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const labels = [...doc.querySelectorAll('text')].map((e) => ({
        text: e.textContent,
        class: e.getAttribute('class'),
        inference: e.getAttribute('data-inference'),
      }));
      return { error: doc.querySelector('parsererror') !== null, labels };
    }, xml);
    expect(found.error).toBe(false);
    expect(found.labels).toContainEqual({
      text: 'Astana (inferred)',
      class: 'inferred',
      inference: 'venue',
    });
    expect(found.labels).toContainEqual({
      text: 'Kashgar',
      class: 'inferred',
      inference: 'schematic',
    });
    expect(found.labels.map((l) => l.text)).not.toContain('Astana');
    expect(found.labels.map((l) => l.text).join(' ')).toContain('routes and end points schematic');
    await page.context().close();
  });

  it('a host page hears a provenance event after countrySelected and after stepChanged, with the inferred claims marked', async () => {
    const context = await browser().newContext({ viewport: { width: 1000, height: 700 } });
    const hostUrl = new URL('__provenance-host.html', baseUrl).href;
    // A bare host page on the atlas's origin: embed.js sets the iframe's origin to it.
    await context.route(hostUrl, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>host</title><body></body>',
      }),
    );
    const page = await context.newPage();
    await page.goto(hostUrl);
    await page.evaluate(async (script) => {
      const element = document.createElement('div');
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
        goToStep(step: number): void;
        on(type: string, fn: (event: unknown) => void): () => void;
      };
      const api = (
        window as unknown as { CorridorAtlas: { embed(e: Element, o?: object): Instance } }
      ).CorridorAtlas;
      const atlas = api.embed(element, { lang: 'en', motion: 'off', height: 500 });
      const seen: unknown[] = [];
      Object.assign(window, { seen, atlas });
      atlas.on('*', (event) => seen.push(event));
      atlas.selectCountry('KAZ');
    }, new URL('embed.js', baseUrl).href);
    type Seen = {
      type: string;
      of?: string;
      country?: string;
      claims?: {
        claim: string;
        sources: string[];
        inferred: boolean;
        inference?: string;
        reason?: { en: string };
      }[];
    };
    const seen = () => page.evaluate(() => (window as unknown as { seen: Seen[] }).seen);
    await expect
      .poll(async () => (await seen()).map((e) => `${e.type}:${e.of ?? e.country ?? ''}`), {
        timeout: 60_000,
      })
      .toContain('provenance:countrySelected');
    const events = await seen();
    const selected = events.findIndex((e) => e.type === 'countrySelected' && e.country === 'KAZ');
    const provenance = events.findIndex(
      (e) => e.type === 'provenance' && e.of === 'countrySelected',
    );
    expect(selected).toBeGreaterThanOrEqual(0);
    expect(provenance).toBeGreaterThan(selected);
    expect(events[provenance]?.claims).toContainEqual(
      expect.objectContaining({
        claim: 'place/astana',
        inferred: true,
        inference: 'venue',
        reason: expect.objectContaining({ en: expect.stringMatching(/names only Kazakhstan/) }),
      }),
    );
    await page.evaluate(() =>
      (window as unknown as { atlas: { goToStep(step: number): void } }).atlas.goToStep(11),
    );
    await expect
      .poll(
        async () => (await seen()).some((e) => e.type === 'provenance' && e.of === 'stepChanged'),
        {
          timeout: 30_000,
        },
      )
      .toBe(true);
    const after = await seen();
    const step = after.findIndex((e) => e.type === 'stepChanged');
    const stepProvenance = after.findIndex(
      (e) => e.type === 'provenance' && e.of === 'stepChanged',
    );
    expect(stepProvenance).toBeGreaterThan(step);
    expect(after[stepProvenance]?.claims).toContainEqual(
      expect.objectContaining({
        claim: 'chapter/south-west-iran-saudi/title',
        sources: ['p19-s1'],
        inferred: true,
        inference: 'our-name',
      }),
    );
    await context.close();
  });

  it('the speaker view marks the chapter’s claims and its "in the article" opens its own Source dialog at the sentence, marked and glossed', async () => {
    const { page } = await openApp(browser(), baseUrl, '?lang=en&present=1&step=11&speaker=1');
    const current = page.locator('.speaker-current');
    await current.locator('.chapter-title [data-claim]').waitFor();
    await expect(
      current.locator('.chapter-title [data-claim]').getAttribute('data-inference'),
    ).resolves.toBe('our-name');
    await expect(current.locator('.chapter-title .claim-tag').textContent()).resolves.toBe(
      'our name',
    );
    await expect(
      current.locator('.chapter-text [data-claim]').getAttribute('data-inference'),
    ).resolves.toBe('schematic');
    await current.locator('.chapter-text button.claim-source').click();
    const mark = page.locator('.source-dialog mark');
    await mark.first().waitFor({ state: 'visible' });
    await expect(mark.first().getAttribute('data-sentence')).resolves.toBe('p19-s1');
    await expect(mark.first().textContent()).resolves.toContain('از ایران به عربستان');
    const gloss = page.locator('.source-dialog .gloss [data-gloss="p19-s1"]');
    await expect(gloss.textContent()).resolves.toContain('to the Mediterranean Sea and Africa');
    await expect(page.locator('.source-dialog .gloss').getAttribute('lang')).resolves.toBe('en');
    // Keys in the open dialog are the dialog's: the step does not move, Escape closes it.
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.speaker .step-counter').textContent()).resolves.toBe(
      'Step 11 of 18',
    );
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.locator('.source-dialog').evaluate((d: HTMLDialogElement) => d.open))
      .toBe(false);
    await expect(page.locator('.speaker .step-counter').textContent()).resolves.toBe(
      'Step 11 of 18',
    );
    await page.context().close();
  });
});
