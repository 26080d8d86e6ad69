// Unit tests of the one marking rule (i18n/claim-text.ts), and that no surface marks a claim by a rule of its own.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/locales/en.json';
import fa from '../../../src/i18n/locales/fa.json';
import { MARKED_ONCE_ON_MAPS, markedLabel, markedText } from '../../../src/i18n/claim-text';
import { eventWhere } from '../../../src/ui/country-details';
import { loadModel } from '../../fixtures/default-model';

const SRC = join(__dirname, '../../../src');

/** Every TypeScript file under src/, as a path relative to src/ and its text without comments. */
function sources(): { path: string; code: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : full.endsWith('.ts') ? [full] : [];
    });
  return walk(SRC).map((full) => ({
    path: relative(SRC, full).replace(/\\/g, '/'),
    // Comments may name a mark ("Astana (inferred)") in an example; only code counts.
    code: readFileSync(full, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, ''),
  }));
}

describe('markedLabel and markedText', () => {
  it('markedLabel(dataset, key, text, lang) marks an inferred venue on every surface, maps included', () => {
    const { dataset } = loadModel();
    expect(markedLabel(dataset, 'place/astana', 'Astana', 'en')).toMatchObject({
      text: 'Astana (inferred)',
      mapText: 'Astana (inferred)',
      inference: 'venue',
    });
    expect(markedLabel(dataset, 'place/astana', 'آستانه', 'fa').mapDotted).toBe(
      'آستانه · استنباطی',
    );
  });

  it('markedLabel gives a schematic waypoint its mark in text, and on maps its name alone (the legend says it once)', () => {
    const { dataset } = loadModel();
    const label = markedLabel(dataset, 'place/kashgar', 'Kashgar', 'en');
    expect(label).toMatchObject({
      text: 'Kashgar (schematic)',
      mapText: 'Kashgar',
      mapDotted: 'Kashgar',
      inference: 'schematic',
    });
    expect([...MARKED_ONCE_ON_MAPS]).toEqual(['schematic']);
    expect(en['legend.corridors']).toMatch(/end points schematic/);
    expect(fa['legend.corridors']).toContain('نقطه‌های پایانی طرح‌واره');
  });

  it('markedText(…, { reason: true }) puts the claim’s note in the mark, and leaves the article’s claims alone', () => {
    const { dataset } = loadModel();
    expect(markedText(dataset, 'place/havana', 'Havana', 'en', { reason: true })).toBe(
      'Havana (inferred: The article names only Cuba, not the city; Havana, its capital, is our inference.)',
    );
    expect(markedText(dataset, 'place/tehran', 'Tehran', 'en', { reason: true })).toBe('Tehran');
  });

  it('eventWhere(model, event, lang) marks the venue by its place claim, not by a rule of its own', () => {
    const model = loadModel();
    const kaz = model.dataset.events.find((e) => e.id === 'kaz')!;
    const sau = model.dataset.events.find((e) => e.id === 'sau')!;
    expect(eventWhere(model, kaz, 'en')).toBe('Astana, Kazakhstan (inferred)');
    expect(eventWhere(model, kaz, 'fa')).toBe('آستانه، قزاقستان (استنباطی)');
    expect(eventWhere(model, kaz, 'en', { reason: true })).toMatch(
      /^Astana, Kazakhstan \(inferred: The article names only Kazakhstan/,
    );
    expect(eventWhere(model, sau, 'en')).toBe('Tehran, Iran');
  });
});

describe('one rule, one function: no surface marks a claim by itself', () => {
  it('only i18n/claim-text.ts turns an inference into its words (the mark.* messages)', () => {
    const offenders = sources()
      .filter(({ path }) => path !== 'i18n/claim-text.ts')
      .filter(({ code }) => /['"`]mark\./.test(code))
      .map(({ path }) => path);
    expect(offenders).toEqual([]);
  });

  it('only data/ reads a place’s inArticle flag: a surface cannot decide "inferred" from the dataset itself', () => {
    const offenders = sources()
      .filter(({ path }) => !path.startsWith('data/') && path !== 'dataset.ts')
      .filter(({ code }) => /\binArticle\b/.test(code))
      .map(({ path }) => path);
    expect(offenders).toEqual([]);
  });

  it('no message but mark.* spells a mark, so no surface can append "(schematic)" or "(inferred)" from a string of its own', () => {
    for (const messages of [en, fa] as Record<string, string>[]) {
      const marks = Object.entries(messages)
        .filter(([key]) => key.startsWith('mark.'))
        .map(([, text]) => text);
      const offenders = Object.entries(messages).filter(
        ([key, text]) =>
          !key.startsWith('mark.') &&
          marks.some((mark) => text.includes(`(${mark})`) || text.includes(`· ${mark}`)),
      );
      expect(offenders).toEqual([]);
    }
  });

  it.each([
    'ui/tooltip-text.ts',
    'ui/text-view.ts',
    'ui/country-details.ts',
    'ui/legend.ts',
    'ui/presenter.ts',
    'ui/speaker-view.ts',
    'map/style.ts',
    'svg/svg-map.ts',
    'svg/svg-decorations.ts',
    'export/decorations.ts',
    'build/poster-html.ts',
  ])('the surface %s shows its claims through markedText, markedLabel or claimElement', (path) => {
    const code = sources().find((s) => s.path === path)?.code ?? '';
    expect(code).toMatch(/\b(markedText|markedLabel|claimElement)\(/);
  });
});
