// Provenance in a real browser: inference marks on each surface, "the article gives no place", and the sentence one click away.
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
