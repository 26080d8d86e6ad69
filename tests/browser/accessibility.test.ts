// axe-core (WCAG 2.x A and AA rules) on the built app: no serious or critical violation anywhere.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { useBrowser, mapChanges, mapSettled, openApp } from './harness';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** axe's WCAG 2.x A and AA rules on the page as it is: no serious or critical violation, and rules did run. */
async function expectAxeClean(page: Page) {
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
}

const VIEWS = [
  { name: 'the default view', query: 'motion=off' },
  { name: 'a country’s details', query: 'motion=off&country=SAU' },
  { name: 'presenter mode', query: 'motion=off&present=1&step=3' },
  { name: 'embed mode', query: 'motion=off&embed=1&country=KAZ' },
];

it.each(['en', 'fa'].flatMap((lang) => VIEWS.map((view) => ({ ...view, lang }))))(
  'axe finds no serious or critical violation in $name, lang=$lang',
  async ({ query, lang }) => {
    const { page } = await openApp(browser(), baseUrl, `?lang=${lang}&${query}`);
    await expectAxeClean(page);
    await page.context().close();
  },
);

it('the skip link is first in the tab order and opens the map as text, with real tables', async () => {
  const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off');
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

it('keyboard alone: tab to the country list, pick with the keys, read the details, Escape back', async () => {
  const { page } = await openApp(browser(), baseUrl, '?lang=en&motion=off');
  const active = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return {
        id: element?.id ?? '',
        outline: element ? getComputedStyle(element).outlineStyle : 'none',
      };
    });
  let tabs = 0;
  while ((await active()).id !== 'country-picker') {
    await page.keyboard.press('Tab');
    tabs += 1;
    expect(tabs).toBeLessThan(12);
  }
  // The focus ring is visible (WCAG 2.4.7).
  expect((await active()).outline).not.toBe('none');
  // The closed list moves with the arrow keys; each move opens that country, as a pick does.
  await page.keyboard.press('ArrowDown');
  const panel = page.locator('#details');
  await panel.waitFor({ state: 'visible' });
  const first = await page.locator('#details-title').textContent();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.locator('#details-title').textContent()).not.toBe(first);
  const name = (await page.locator('#details-title').textContent()) ?? '';
  await expect.poll(() => page.locator('.visually-hidden[aria-live]').textContent()).toBe(name);
  // Into the panel by Tab, past the map's own controls, and read it.
  tabs = 0;
  while (!(await panel.evaluate((element) => element.contains(document.activeElement)))) {
    await page.keyboard.press('Tab');
    tabs += 1;
    expect(tabs).toBeLessThan(25);
  }
  expect(await panel.textContent()).toContain(name);
  // Escape closes the panel and puts focus back on the list it was opened from.
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'hidden' });
  expect((await active()).id).toBe('country-picker');
  await page.context().close();
});

it('the live region announces a story step', async () => {
  const { page } = await openApp(browser(), baseUrl, '?lang=fa&motion=off');
  await page.locator('.present-button').focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.locator('.visually-hidden[aria-live]').textContent())
    .toMatch(/^گام ۱ از ۱۸: .+/);
  await page.context().close();
});

it('the animation can be paused from the legend, and stops under reduced motion', async () => {
  const { page } = await openApp(browser(), baseUrl, '?lang=en');
  const toggle = page.locator('.motion-toggle');
  expect(await toggle.getAttribute('aria-pressed')).toBe('false');
  expect(await mapChanges(page, 5000)).toBe(true);
  await toggle.click();
  expect(await page.locator('.motion-toggle').getAttribute('aria-pressed')).toBe('true');
  await mapSettled(page);
  expect(await mapChanges(page, 2000)).toBe(false);
  await page.context().close();

  const reduced = await openApp(browser(), baseUrl, '?lang=en', { reducedMotion: 'reduce' });
  expect(await reduced.page.locator('.motion-toggle').getAttribute('aria-pressed')).toBe('true');
  await reduced.page.context().close();
});

it.each(['en', 'fa'])(
  'the story editor, a chapter selected and a problem showing: axe finds no serious or critical violation, every field in its own language, lang=%s',
  async (lang) => {
    const { page } = await openApp(browser(), baseUrl, `?lang=${lang}&motion=off&edit=1`);
    await page.locator('.editor-list li button').nth(1).click();
    // An empty English title: the form says so beside the field.
    const title = page.locator('#editor-title-en');
    await title.fill('');
    const problem = page.locator('#editor-problems-title-en li.error');
    await expect(problem.textContent()).resolves.toBe(
      lang === 'fa' ? 'عنوان انگلیسی نوشته نشده است.' : 'The English title is missing.',
    );
    await expect(title.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(title.getAttribute('aria-describedby')).resolves.toBe('editor-problems-title-en');
    const fields = await page
      .locator('.editor-form input[type=text], .editor-form textarea')
      .evaluateAll((controls) =>
        controls
          .filter((control) => control.id !== 'editor-date')
          .map(
            (control) =>
              `${control.id} ${control.getAttribute('lang')} ${control.getAttribute('dir')}`,
          ),
      );
    expect(fields).toEqual(
      ['title', 'text', 'notes'].flatMap((part) => [
        `editor-${part}-fa fa rtl`,
        `editor-${part}-en en ltr`,
      ]),
    );
    // Every picker and select names its problems' list too.
    await expect(
      page
        .locator('.editor-form fieldset, #editor-country')
        .evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-describedby'))),
    ).resolves.toEqual([
      'editor-problems-corridors',
      'editor-problems-events',
      'editor-problems-countries',
      'editor-problems-country',
    ]);
    await expectAxeClean(page);
    await page.context().close();
  },
);
