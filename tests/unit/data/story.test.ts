// Checks the default story (the `story` chapters of data/atlas.json): schema, references, dates, order.
import { parseIsoDate } from '../../../src/i18n/iso-date';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import type { Bilingual, Chapter, Dataset } from '../../../src/dataset';
import { jalaliYearInterval, periodInterval } from '../../../src/i18n/jalali-period';

const repoRoot = new URL('../../../', import.meta.url);
const dataUrl = (name: string): URL => new URL(`data/${name}`, repoRoot);

/** The trips, in the order the article tells them (Kyrgyzstan was on the Kazakhstan trip). */
const TRIPS_IN_ARTICLE_ORDER = ['kaz', 'ven', 'cub', 'dxb', 'srb'];

/** A number (in any script, so Persian digits too) followed by a kilometre unit. */
const KILOMETRES = /\p{Nd}[\p{Nd}.,٫٬\s\u200c]*(km|kilomet|کیلومتر|کیلو متر)/iu;

/** A fresh copy of the dataset for each test: no test can see another's changes. */
function loadDataset(): Dataset {
  return JSON.parse(readFileSync(dataUrl('atlas.json'), 'utf8')) as Dataset;
}

function loadSchema(): object {
  return JSON.parse(readFileSync(dataUrl('atlas.schema.json'), 'utf8')) as object;
}

/** The dataset's story; fails the test when there is none. */
function loadStory(): { dataset: Dataset; story: Chapter[] } {
  const dataset = loadDataset();
  const story = dataset.story;
  if (story === undefined) throw new Error('data/atlas.json has no "story"');
  return { dataset, story };
}

/** Every bilingual text of a chapter, labelled with where it is. */
function texts(chapter: Chapter): Array<[string, Bilingual]> {
  return [
    [`${chapter.id} title`, chapter.title],
    [`${chapter.id} text`, chapter.text],
    [`${chapter.id} notes`, chapter.notes],
  ];
}

/** The leg ids a chapter draws for one corridor: its listed legs, all of them, or none. */
function legsDrawn(dataset: Dataset, chapter: Chapter, corridorId: string): Set<string> {
  const shown = chapter.corridors.find((c) => c.id === corridorId);
  if (shown === undefined) return new Set();
  const all = dataset.corridors.find((c) => c.id === corridorId)?.legs.map((l) => l.id) ?? [];
  return new Set(shown.legs ?? all);
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

describe('default story (data/atlas.json "story")', () => {
  it('validates against data/atlas.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(loadSchema());
    const dataset = loadDataset();
    expect(dataset.story, 'the default dataset has a story').toBeDefined();
    const valid = validate(dataset);
    expect(valid, ajv.errorsText(validate.errors, { separator: '\n' })).toBe(true);
  });

  it('rejects a chapter with a property the schema does not list', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(loadSchema());
    const { dataset, story } = loadStory();
    const [first] = story;
    expect(first).toBeDefined();
    const tampered = { ...dataset, story: [{ ...first, extra: true }] };
    expect(validate(tampered)).toBe(false);
  });

  it('has unique chapter ids', () => {
    const { story } = loadStory();
    expect(duplicates(story.map((c) => c.id))).toEqual([]);
  });

  it('refers only to corridors, legs of that corridor, events and countries that exist', () => {
    const { dataset, story } = loadStory();
    const eventIds = new Set(dataset.events.map((e) => e.id));
    const described = new Set(dataset.countries.map((c) => c.code));
    const problems = story.flatMap((chapter) => [
      ...chapter.corridors.flatMap(({ id, legs }) => {
        const corridor = dataset.corridors.find((c) => c.id === id);
        if (corridor === undefined) return [`${chapter.id}: corridor ${id}`];
        const legIds = new Set(corridor.legs.map((l) => l.id));
        return (legs ?? [])
          .filter((leg) => !legIds.has(leg))
          .map((leg) => `${chapter.id}: leg ${leg} of ${id}`);
      }),
      ...duplicates(chapter.corridors.map((c) => c.id)).map(
        (id) => `${chapter.id}: corridor ${id} listed twice`,
      ),
      ...chapter.events.filter((id) => !eventIds.has(id)).map((id) => `${chapter.id}: event ${id}`),
      ...chapter.countries
        .filter((code) => !/^[A-Z]{3}$/.test(code) || !countries.isValid(code))
        .map((code) => `${chapter.id}: ${code} is not ISO alpha-3`),
      ...(chapter.country === null || described.has(chapter.country)
        ? []
        : [`${chapter.id}: country ${chapter.country} has no countries entry`]),
    ]);
    expect(problems).toEqual([]);
  });

  it('dates every chapter on a real day of 1403', () => {
    const { story } = loadStory();
    const year = jalaliYearInterval(1403);
    const problems = story.flatMap((chapter) => {
      try {
        parseIsoDate(chapter.date);
      } catch {
        return [`${chapter.id}: ${chapter.date} is not a real date`];
      }
      // ISO dates of the same form compare as strings.
      return chapter.date >= year.start && chapter.date <= year.end
        ? []
        : [`${chapter.id}: ${chapter.date} is outside ${year.start}..${year.end}`];
    });
    expect(problems).toEqual([]);
  });

  it('dates each chapter inside the interval of every event it shows for the first time', () => {
    const { dataset, story } = loadStory();
    const seen = new Set<string>();
    const problems: string[] = [];
    let checked = 0;
    for (const chapter of story) {
      const fresh = chapter.events.filter((id) => !seen.has(id));
      for (const id of fresh) {
        const event = dataset.events.find((e) => e.id === id);
        if (event === undefined) continue; // reported by the reference test
        const { start, end } = periodInterval(event.when);
        checked += 1;
        if (chapter.date < start || chapter.date > end) {
          problems.push(`${chapter.id}: ${chapter.date} is outside ${id}'s ${start}..${end}`);
        }
      }
      fresh.forEach((id) => seen.add(id));
    }
    expect(problems).toEqual([]);
    expect(checked, 'every event appears somewhere in the story').toBe(dataset.events.length);
  });

  it("introduces the trips in the article's order", () => {
    const { story } = loadStory();
    const firstShown = TRIPS_IN_ARTICLE_ORDER.map((id) =>
      story.findIndex((chapter) => chapter.events.includes(id)),
    );
    expect(
      firstShown.filter((index) => index < 0),
      'every trip is shown',
    ).toEqual([]);
    const sorted = [...firstShown].sort((a, b) => a - b);
    expect(firstShown).toEqual(sorted);
    expect(new Set(firstShown).size, 'each trip has its own chapter').toBe(firstShown.length);
  });

  it('builds each corridor up: once drawn, its legs never shrink from one chapter to the next', () => {
    const { dataset, story } = loadStory();
    const problems = dataset.corridors.flatMap((corridor) => {
      const first = story.findIndex((chapter) =>
        chapter.corridors.some((c) => c.id === corridor.id),
      );
      if (first < 0) return [`${corridor.id}: never drawn`];
      return story.slice(first + 1).flatMap((chapter, i) => {
        const before = legsDrawn(dataset, story[first + i] as Chapter, corridor.id);
        const now = legsDrawn(dataset, chapter, corridor.id);
        const lost = [...before].filter((leg) => !now.has(leg));
        return lost.length === 0 ? [] : [`${chapter.id}: ${corridor.id} loses ${lost.join(', ')}`];
      });
    });
    expect(problems).toEqual([]);
  });

  it('ends on every corridor drawn whole', () => {
    const { dataset, story } = loadStory();
    const last = story[story.length - 1];
    expect(last).toBeDefined();
    const drawn = [...(last?.corridors ?? [])].sort((a, b) => a.id.localeCompare(b.id));
    const all = dataset.corridors
      .map((c) => ({ id: c.id }))
      .sort((a, b) => a.id.localeCompare(b.id));
    expect(drawn).toEqual(all);
  });

  it('emphasises, in each chapter that adds legs, the countries those legs pass through', () => {
    const { dataset, story } = loadStory();
    const countryOf = new Map(dataset.places.map((p) => [p.id, p.country]));
    const problems = story.flatMap((chapter, i) => {
      const previous = i > 0 ? story[i - 1] : undefined;
      const added = dataset.corridors.flatMap((corridor) => {
        const before = previous ? legsDrawn(dataset, previous, corridor.id) : new Set<string>();
        const now = legsDrawn(dataset, chapter, corridor.id);
        return corridor.legs.filter((l) => now.has(l.id) && !before.has(l.id));
      });
      if (added.length === 0) return [];
      const want = [...new Set(added.flatMap((l) => l.waypoints.map((w) => countryOf.get(w))))];
      const missing = want.filter(
        (code) => code === undefined || !chapter.countries.includes(code),
      );
      return missing.length === 0 ? [] : [`${chapter.id}: not emphasised ${missing.join(', ')}`];
    });
    expect(problems).toEqual([]);
  });

  it('leaves lengths to the app: no number of kilometres in any text or note', () => {
    const { story } = loadStory();
    const problems = story.flatMap((chapter) =>
      texts(chapter).flatMap(([where, text]) =>
        (['fa', 'en'] as const)
          .filter((lang) => KILOMETRES.test(text[lang]))
          .map((lang) => `${where} (${lang}): ${text[lang]}`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('catches a length in kilometres written in either script', () => {
    expect(KILOMETRES.test('about 1,234 km long')).toBe(true);
    expect(KILOMETRES.test('۱۲۳۴ کیلومتر')).toBe(true);
    expect(KILOMETRES.test('۲٬۵۰۰ کیلومتر')).toBe(true);
    expect(KILOMETRES.test('the «این کریدور ۲۰۲۵» event; 5G phones')).toBe(false);
  });

  it('has every title, text and note non-empty in both languages', () => {
    const { story } = loadStory();
    const problems = story.flatMap((chapter) =>
      texts(chapter).flatMap(([where, text]) =>
        (['fa', 'en'] as const)
          .filter((lang) => typeof text[lang] !== 'string' || text[lang].trim() === '')
          .map((lang) => `${where} (${lang})`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('writes the Persian texts in Persian script and the English ones without it', () => {
    const { story } = loadStory();
    const arabicScript = /\p{Script=Arabic}/u;
    const problems = story.flatMap((chapter) =>
      texts(chapter).flatMap(([where, text]) => [
        ...(arabicScript.test(text.fa) ? [] : [`${where} (fa) has no Persian`]),
        // English may quote the article's Persian in «guillemets», but no more.
        ...(arabicScript.test(text.en.replace(/«[^»]*»/g, ''))
          ? [`${where} (en) has Persian outside «quotes»`]
          : []),
      ]),
    );
    expect(problems).toEqual([]);
  });
});
