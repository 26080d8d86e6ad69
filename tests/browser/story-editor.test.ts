// The story editor in a real browser: a chapter from the current view in both languages, the draft across a reload and in two tabs, presenting it, exporting it.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset } from '../../src/dataset';
import { loadModel } from '../fixtures/default-model';
import { launchBrowser, mapSettled, openApp, VIEWPORT } from './harness';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ready = (page: Page) =>
  page.waitForFunction(() => document.documentElement.dataset.status === 'ready', null, {
    timeout: 60_000,
  });

/** Adds a chapter after the selected one from the current view and fills its texts. */
async function addChapter(page: Page, labels: Record<string, string>) {
  await page.locator('.story-editor .editor-tools button', { hasText: labels['add'] }).click();
  await page.getByLabel(labels['titleEn']!, { exact: true }).fill('My own stop');
  await page.getByLabel(labels['titleFa']!, { exact: true }).fill('ایستگاه من ۱۴۰۳');
  await page.getByLabel(labels['textEn']!, { exact: true }).fill('A stop of our own.');
  await page.getByLabel(labels['textFa']!, { exact: true }).fill('ایستگاهی از خود ما.');
  await page.getByLabel(labels['notesEn']!, { exact: true }).fill('Say why.');
  await page.getByLabel(labels['notesFa']!, { exact: true }).fill('بگویید چرا.');
}

const EN = {
  add: 'Add chapter',
  titleEn: 'Title (English)',
  titleFa: 'Title (Persian)',
  textEn: 'Text (English)',
  textFa: 'Text (Persian)',
  notesEn: 'Speaker notes (English)',
  notesFa: 'Speaker notes (Persian)',
};
const FA = {
  add: 'افزودن فصل',
  titleEn: 'عنوان (انگلیسی)',
  titleFa: 'عنوان (فارسی)',
  textEn: 'متن (انگلیسی)',
  textFa: 'متن (فارسی)',
  notesEn: 'یادداشت سخنران (انگلیسی)',
  notesFa: 'یادداشت سخنران (فارسی)',
};

describe('story editor', () => {
  it('adds a chapter from the current view in English; the draft survives a reload and presents', async () => {
    const { page, log } = await openApp(browser, baseUrl, '?lang=en&motion=off&edit=1');
    await addChapter(page, EN);
    const persian = page.getByLabel(EN.titleFa, { exact: true });
    await expect(persian.getAttribute('dir')).resolves.toBe('rtl');
    await expect(persian.getAttribute('lang')).resolves.toBe('fa');
    await expect(persian.inputValue()).resolves.toBe('ایستگاه من ۱۴۰۳');
    await expect(page.locator('.story-editor .field-problems li.error').count()).resolves.toBe(0);
    await expect(page.locator('.badge.draft').isVisible()).resolves.toBe(true);
    await page.reload();
    await ready(page);
    await expect(page.locator('.editor-list li').nth(1).textContent()).resolves.toBe(
      'Chapter 2: My own stop',
    );
    await page.goto(new URL('?lang=en&motion=off&present=1&step=2', baseUrl).href);
    await ready(page);
    await expect(page.locator('.presenter .chapter-title').textContent()).resolves.toBe(
      'My own stop',
    );
    await expect(page.locator('.presenter .step-counter').textContent()).resolves.toBe(
      'Step 2 of 19',
    );
    expect(log.errors).toEqual([]);
  });

  it('adds a chapter in Persian, undoes and redoes it, and exports a dataset that parses', async () => {
    const { page } = await openApp(browser, baseUrl, '?lang=fa&motion=off&edit=1');
    await addChapter(page, FA);
    await page.keyboard.press('Control+z');
    await expect(page.getByLabel(FA.notesFa, { exact: true }).inputValue()).resolves.toBe('');
    await page.keyboard.press('Control+Shift+z');
    await expect(page.getByLabel(FA.notesFa, { exact: true }).inputValue()).resolves.toBe(
      'بگویید چرا.',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.editor-export').click(),
    ]);
    const path = await download.path();
    const dataset = JSON.parse(readFileSync(path, 'utf8')) as Dataset;
    const parsed = parseDataset(dataset, loadModel().registry);
    expect(parsed.ok).toBe(true);
    expect(dataset.story?.[1]?.title.fa).toBe('ایستگاه من ۱۴۰۳');
    expect(dataset.story).toHaveLength(19);
    await expect(page.locator('.badge.draft').isVisible()).resolves.toBe(false);
  });

  // The whole journey, in three browser contexts with fourteen deletions: longer than one test's 90 s.
  it('done when: a five-step story with a stop of its own and Persian notes, made in Persian, survives closing the browser and presents from one offline file with no network', async () => {
    const { page } = await openApp(browser, baseUrl, '?lang=fa&motion=off&edit=1');
    const chapters = page.locator('.editor-list li');
    // Down to four of the 18: delete from the fifth on, then a stop of our own after the fourth.
    await chapters.nth(4).locator('button').click();
    const remove = page.locator('.editor-chapters .editor-tools button', { hasText: 'حذف' });
    while ((await chapters.count()) > 4) await remove.click();
    await addChapter(page, FA);
    await expect(chapters.count()).resolves.toBe(5);
    await expect(chapters.nth(4).textContent()).resolves.toBe('فصل ۵: ایستگاه من ۱۴۰۳');
    // Its camera from the view on screen: one step closer than the view it was added from.
    const camera = page.locator('output[aria-labelledby="editor-camera-label"]');
    const added = await camera.textContent();
    await page.locator('.maplibregl-ctrl-zoom-in').click();
    await mapSettled(page);
    await page.getByRole('button', { name: 'نمای کنونی را بگیر' }).click();
    await expect.poll(() => camera.textContent()).not.toBe(added);
    // Persian notes on a chapter of the dataset too.
    await chapters.nth(0).locator('button').click();
    await page.getByLabel(FA.notesFa, { exact: true }).fill('یادداشت فارسی برای فصل نخست.');
    await expect(page.locator('.badge.draft').isVisible()).resolves.toBe(true);

    // The browser is closed; what it keeps on disk (its storage) is there when it opens again.
    const kept = await page.context().storageState();
    await page.context().close();
    const again = await browser.newContext({ viewport: VIEWPORT, storageState: kept });
    const back = await again.newPage();
    await back.goto(new URL('?lang=fa&motion=off&edit=1', baseUrl).href);
    await ready(back);
    await expect(back.locator('.badge.draft').isVisible()).resolves.toBe(true);
    await expect(back.locator('.editor-list li').count()).resolves.toBe(5);
    await expect(back.getByLabel(FA.notesFa, { exact: true }).inputValue()).resolves.toBe(
      'یادداشت فارسی برای فصل نخست.',
    );
    const [download] = await Promise.all([
      back.waitForEvent('download'),
      back.locator('.editor-offline').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^corridor-atlas-story-\d{4}-\d{2}-\d{2}\.html$/);
    const file = join(mkdtempSync(join(tmpdir(), 'atlas-offline-')), download.suggestedFilename());
    copyFileSync(await download.path(), file);
    await again.close();

    // The room: a fresh browser with no draft, every request but the file itself refused.
    const context = await browser.newContext({ viewport: VIEWPORT });
    const refused: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (/^(file|data|blob):/.test(url)) return route.continue();
      refused.push(url);
      return route.abort('internetdisconnected');
    });
    const offline = await context.newPage();
    const errors: string[] = [];
    context.on('page', (opened) => opened.on('pageerror', (error) => errors.push(error.message)));
    offline.on('pageerror', (error) => errors.push(error.message));
    const url = pathToFileURL(file);
    url.search = '?lang=fa&motion=off&present=1&step=1';
    await offline.goto(url.href);
    await ready(offline);
    await expect(offline.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    const counter = offline.locator('.presenter .step-counter');
    await expect(counter.textContent()).resolves.toBe('گام ۱ از ۵');
    // The speaker view, from the same file, has the Persian notes.
    const [speaker] = await Promise.all([
      context.waitForEvent('page'),
      offline.keyboard.press('s'),
    ]);
    await speaker.waitForFunction(() => document.documentElement?.dataset.status === 'ready');
    await expect(speaker.locator('.speaker-current .notes').textContent()).resolves.toBe(
      'یادداشت فارسی برای فصل نخست.',
    );
    await offline.bringToFront();
    await offline.keyboard.press('End');
    await expect.poll(() => counter.textContent()).toBe('گام ۵ از ۵');
    await expect(offline.locator('.presenter .chapter-title').textContent()).resolves.toBe(
      'ایستگاه من ۱۴۰۳',
    );
    await expect
      .poll(() => speaker.locator('.speaker-current .notes').textContent())
      .toBe('بگویید چرا.');
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});

describe('story editor fields', () => {
  it('a word typed key by key is one undo step; a Jalali date typed in Persian digits is stored as its Gregorian day', async () => {
    const { page, log } = await openApp(browser, baseUrl, '?lang=en&motion=off&edit=1');
    await page.locator('.story-editor .editor-tools button', { hasText: EN.add }).click();
    const title = page.getByLabel(EN.titleEn, { exact: true });
    await title.pressSequentially('Stop');
    await page.keyboard.press('Control+z');
    await expect(title.inputValue()).resolves.toBe('');
    await expect(page.locator('.editor-list li').nth(1).textContent()).resolves.toBe(
      'Chapter 2: Untitled',
    );
    await page.keyboard.press('Control+Shift+z');
    await expect(title.inputValue()).resolves.toBe('Stop');

    const date = page.getByLabel('Timeline date (Jalali or Gregorian)', { exact: true });
    await date.fill('');
    await date.pressSequentially('۱۴۰۳/۰۸/۱۵');
    await expect(date.inputValue()).resolves.toBe('۱۴۰۳/۰۸/۱۵');
    await expect(page.locator('#editor-date-other').textContent()).resolves.toBe(
      'In the Gregorian calendar: 5 Nov 2024',
    );
    const stored = () =>
      page.evaluate(() => {
        const key = Object.keys(localStorage).find((k) => k.startsWith('corridor-atlas:story'));
        const record = JSON.parse(localStorage.getItem(key ?? '') ?? 'null') as {
          chapters: { title: { en: string }; date: string }[];
        } | null;
        return record?.chapters[1] ?? null;
      });
    await expect.poll(async () => (await stored())?.date).toBe('2024-11-05');
    await date.fill('1403-12-31');
    await expect(page.locator('#editor-date-other').textContent()).resolves.toBe(
      'No such day: “1403-12-31”.',
    );
    await expect(stored().then((c) => c?.date)).resolves.toBe('2024-11-05');
    await date.fill('2024-11-06');
    await expect(page.locator('#editor-date-other').textContent()).resolves.toBe(
      'In the Jalali calendar: 16 Aban 1403 SH',
    );
    await expect.poll(async () => (await stored())?.date).toBe('2024-11-06');
    expect(log.errors).toEqual([]);
    await page.context().close();
  });
});

describe('story editor order', () => {
  it('Alt+ArrowDown on a chapter moves it one place later, and dragging a chapter onto another moves it there', async () => {
    const { page, log } = await openApp(browser, baseUrl, '?lang=en&motion=off&edit=1');
    const names = () => page.locator('.editor-list li button').allTextContents();
    const before = await names();
    const title = (name: string) => name.replace(/^Chapter \d+: /, '');
    await page.locator('.editor-list li button').first().focus();
    await page.keyboard.press('Alt+ArrowDown');
    const moved = await names();
    expect(moved.map(title).slice(0, 2)).toEqual([title(before[1]!), title(before[0]!)]);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      `Chapter 2: ${title(before[0]!)}`,
    );
    await page.locator('.editor-list li').nth(2).dragTo(page.locator('.editor-list li').nth(0));
    const dragged = await names();
    expect(dragged.map(title).slice(0, 3)).toEqual([
      title(before[2]!),
      title(before[1]!),
      title(before[0]!),
    ]);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });
});

describe('story editor in two tabs', () => {
  it('a draft saved in another tab is not overwritten: this tab stops saving and asks, and either version can be kept', async () => {
    const { page: first, log } = await openApp(browser, baseUrl, '?lang=en&motion=off&edit=1');
    const second = await first.context().newPage();
    second.on('pageerror', (error) => log.errors.push(`uncaught: ${error.message}`));
    await second.goto(first.url());
    await ready(second);
    /** The English notes of the first chapter as stored for the dataset's draft. */
    const storedNotes = () =>
      first.evaluate(() => {
        const key = Object.keys(localStorage).find((k) => k.startsWith('corridor-atlas:story'));
        const record = JSON.parse(localStorage.getItem(key ?? '') ?? 'null') as {
          chapters: { notes: { en: string } }[];
        } | null;
        return record?.chapters[0]?.notes.en ?? null;
      });
    const notes = (page: Page) => page.getByLabel(EN.notesEn, { exact: true });
    const notice = (page: Page) => page.locator('.story-editor .editor-notice');
    const conflict =
      'This draft was changed in another tab. Changes here are not saved until you choose.';

    await notes(first).fill('Written in the first tab.');
    await expect.poll(storedNotes).toBe('Written in the first tab.');
    await expect.poll(() => notice(second).locator('p').textContent()).toBe(conflict);
    await expect(notice(first).textContent()).resolves.toBe('');
    // The second tab keeps its edits on screen but does not save them over the first tab's; the
    // notice (a live region) stays the same node as it types, so it is not said again per key.
    await notice(second)
      .locator('p')
      .evaluate((p) => p.setAttribute('data-seen', ''));
    await notes(second).fill('Written in the second tab.');
    await expect(storedNotes()).resolves.toBe('Written in the first tab.');
    await expect(notes(second).inputValue()).resolves.toBe('Written in the second tab.');
    await expect(notice(second).locator('p[data-seen]').count()).resolves.toBe(1);

    await notice(second).getByRole('button', { name: 'Keep this version' }).click();
    await expect(storedNotes()).resolves.toBe('Written in the second tab.');
    await expect(notice(second).textContent()).resolves.toBe('');
    await expect(second.evaluate(() => document.activeElement?.id)).resolves.toBe('editor-heading');
    // Now the first tab was overtaken, and is asked in its turn.
    await expect.poll(() => notice(first).locator('p').textContent()).toBe(conflict);
    await notice(first).getByRole('button', { name: "Load the other tab's version" }).click();
    await expect(notes(first).inputValue()).resolves.toBe('Written in the second tab.');
    await expect(notice(first).textContent()).resolves.toBe('');
    // Loading was one undo step: Ctrl+Z brings this tab's text back, and it is saved again.
    await first.keyboard.press('Control+z');
    await expect(notes(first).inputValue()).resolves.toBe('Written in the first tab.');
    await expect.poll(storedNotes).toBe('Written in the first tab.');
    expect(log.errors).toEqual([]);
    await first.context().close();
  });
});

/**
 * A point of the map, left of the editor and right of the presenter's card, where the map's own
 * hover names `country` (its tooltip's first line): the middle of the first run of such points
 * along the middle of the map, well inside the country, not on its border. Found this way because a
 * chapter's camera centres the area beside the card, not the map's box.
 */
async function countryPoint(page: Page, country: string) {
  const map = await page.locator('#map').boundingBox();
  const card = await page.locator('.presenter').boundingBox();
  const editor = await page.locator('.story-editor').boundingBox();
  if (!map || !card || !editor) throw new Error('no map, card or editor on screen');
  const y = map.y + map.height / 2;
  const run: number[] = [];
  for (let x = card.x + card.width + 10; x < editor.x - 10; x += 15) {
    await page.mouse.move(x, y);
    const named = await page
      .waitForFunction(
        (name) => document.querySelector('.tooltip:not([hidden])')?.textContent?.startsWith(name),
        country,
        { timeout: 1000 },
      )
      .then(() => true)
      .catch(() => false);
    if (named) run.push(x);
    else if (run.length > 0) break;
  }
  const x = run[Math.floor(run.length / 2)];
  if (x === undefined) throw new Error(`no point of ${country} between the card and the editor`);
  return { x, y };
}

describe('story editor picking on the map', () => {
  it('"Pick countries on the map", then a click on Iraq emphasises it in the chapter; Escape ends picking and a click opens details again', async () => {
    const { page, log } = await openApp(browser, baseUrl, '?lang=en&motion=off&edit=1');
    await mapSettled(page);
    const countries = page.locator('.editor-form fieldset', { hasText: 'Countries emphasised' });
    const iraq = countries.getByLabel('Iraq', { exact: true });
    await expect(iraq.isChecked()).resolves.toBe(false);
    const point = await countryPoint(page, 'Iraq');

    const pick = page.getByRole('button', { name: 'Pick countries on the map' });
    await pick.click();
    await expect(pick.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.locator('.pick-status').textContent()).resolves.toMatch(/^Click countries/);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => iraq.isChecked()).toBe(true);
    // Picking is not selecting: no details opened.
    await expect(page.locator('#details').isVisible()).resolves.toBe(false);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const key = Object.keys(localStorage).find((k) => k.startsWith('corridor-atlas:story'));
          const record = JSON.parse(localStorage.getItem(key ?? '') ?? 'null') as {
            chapters: { countries: string[] }[];
          } | null;
          return record?.chapters[0]?.countries ?? null;
        }),
      )
      .toEqual(['IRN', 'IRQ']);

    await page.keyboard.press('Escape');
    await expect(pick.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(page.locator('.pick-status').textContent()).resolves.toBe('');
    // Escape ended picking only: the editor and the chapter's preview stay.
    await expect(page.locator('.story-editor').isVisible()).resolves.toBe(true);
    await expect(page.locator('.presenter .step-counter').textContent()).resolves.toBe(
      'Step 1 of 18',
    );
    await page.mouse.click(point.x, point.y);
    await page.locator('#details').waitFor({ state: 'visible' });
    await expect(page.locator('#details h2').textContent()).resolves.toBe('Iraq');
    await expect(iraq.isChecked()).resolves.toBe(true);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });
});
