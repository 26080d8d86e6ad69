// Checks one chapter of an edited story against the dataset: what the editor lists beside each field.
import type { AtlasModel } from '../data/atlas-model';
import type { Chapter } from '../dataset';
import type { Lang } from '../i18n/format';
import { maybeIsoDate } from '../i18n/iso-date';
import type { MessageKey } from '../i18n/messages';

/** The form field a problem is shown beside. */
export type ChapterField =
  | 'title.fa'
  | 'title.en'
  | 'text.fa'
  | 'text.en'
  | 'notes.fa'
  | 'notes.en'
  | 'camera'
  | 'corridors'
  | 'events'
  | 'countries'
  | 'country'
  | 'date';

/**
 * A problem of a chapter: `error` makes the dataset invalid (it cannot be exported as it is);
 * `warning` exports, but shows badly (text longer than the presenter card holds).
 */
export interface ChapterProblem {
  field: ChapterField;
  level: 'error' | 'warning';
  key: MessageKey;
  params: Record<string, string | number>;
}

/** What a chapter is checked against: the ids the dataset has. */
export interface ChapterContext {
  corridors: ReadonlyMap<string, { legs: readonly { id: string }[] }>;
  events: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  /** Countries the dataset describes (a chapter may open only their details). */
  details: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  /** Any ISO 3166-1 alpha-3 code the app knows (a chapter may emphasise any country). */
  isCountry(code: string): boolean;
}

/**
 * How many characters of chapter text the presenter card shows at 1280 × 720 without scrolling:
 * `base` for a chapter that draws no corridor, less `perCorridor` for each corridor it draws (each
 * adds a row of lengths under the text). Measured in Chromium on the built app at 1280 × 720 (the
 * card is 497 px wide, 18.4 px type, at most 526 px high), filling the card with the chapter's own
 * text until it scrolls: 476 (en) and 507 (fa) characters with no corridor, 163 and 246 with two,
 * with a one-line title; rounded down. A title on two lines takes about 50 characters more.
 */
export const CARD_TEXT_BUDGET: Readonly<Record<Lang, { base: number; perCorridor: number }>> = {
  en: { base: 470, perCorridor: 160 },
  fa: { base: 500, perCorridor: 130 },
};

/**
 * The card's budget for `chapter`'s text in `lang` (see {@link CARD_TEXT_BUDGET}), never under 100.
 *
 * @example
 * cardTextBudget('en', 0); // 470
 */
export function cardTextBudget(lang: Lang, corridors: number): number {
  const { base, perCorridor } = CARD_TEXT_BUDGET[lang];
  return Math.max(100, base - perCorridor * corridors);
}

/** Limits of a camera, as the dataset schema gives them. */
const CAMERA_LIMITS = {
  longitude: [-180, 180],
  latitude: [-85.051129, 85.051129],
  zoom: [0, 22],
  bearing: [-360, 360],
  pitch: [0, 85],
} as const;

/** The schema's limit on any one text. */
const TEXT_MAX = 2000;

const LANGS: readonly Lang[] = ['en', 'fa'];

/**
 * The context of a model: its corridors, events, described countries and country registry.
 *
 * @example
 * validateChapter(chapter, chapterContext(model));
 */
export function chapterContext(model: AtlasModel): ChapterContext {
  return {
    corridors: model.corridors,
    events: model.events,
    details: model.countries,
    isCountry: (code) => model.registry.has(code),
  };
}

function textProblems(chapter: Chapter): ChapterProblem[] {
  const problems: ChapterProblem[] = [];
  const add = (field: ChapterField, level: 'error' | 'warning', key: MessageKey, n = 0) =>
    problems.push({ field, level, key, params: { count: n } });
  for (const lang of LANGS) {
    for (const part of ['title', 'text', 'notes'] as const) {
      const value = chapter[part][lang];
      const field = `${part}.${lang}` as ChapterField;
      if (value.trim() === '') add(field, 'error', `editor.problem.${part}Missing.${lang}`);
      else if (value.length > TEXT_MAX)
        add(field, 'error', 'editor.problem.tooLongForData', TEXT_MAX);
    }
    const budget = cardTextBudget(lang, chapter.corridors.length);
    if (chapter.text[lang].length > budget) {
      add(`text.${lang}`, 'warning', 'editor.problem.tooLongForCard', budget);
    }
  }
  return problems;
}

function cameraProblems(chapter: Chapter): ChapterProblem[] {
  const { center, zoom, bearing = 0, pitch = 0 } = chapter.camera;
  const values = { longitude: center[0], latitude: center[1], zoom, bearing, pitch };
  return Object.entries(CAMERA_LIMITS).flatMap(([name, [min, max]]) => {
    const value = values[name as keyof typeof values];
    if (Number.isFinite(value) && value >= min && value <= max) return [];
    const problem: ChapterProblem = {
      field: 'camera',
      level: 'error',
      key: `editor.problem.camera.${name as keyof typeof CAMERA_LIMITS}`,
      params: { min, max },
    };
    return [problem];
  });
}

function referenceProblems(chapter: Chapter, context: ChapterContext): ChapterProblem[] {
  const problems: ChapterProblem[] = [];
  const missing = (field: 'corridors' | 'events' | 'countries' | 'country', id: string) =>
    problems.push({
      field,
      level: 'error',
      key: `editor.problem.unknown.${field}`,
      params: { id },
    });
  for (const shown of chapter.corridors) {
    const corridor = context.corridors.get(shown.id);
    if (!corridor) missing('corridors', shown.id);
    else
      for (const leg of shown.legs ?? []) {
        if (!corridor.legs.some((l) => l.id === leg)) missing('corridors', `${shown.id}/${leg}`);
      }
  }
  for (const id of chapter.events) if (!context.events.has(id)) missing('events', id);
  for (const code of chapter.countries) if (!context.isCountry(code)) missing('countries', code);
  if (chapter.country !== null && !context.details.has(chapter.country)) {
    missing('country', chapter.country);
  }
  if (maybeIsoDate(chapter.date) === null) {
    problems.push({
      field: 'date',
      level: 'error',
      key: 'editor.problem.date',
      params: { value: chapter.date },
    });
  }
  return problems;
}

/**
 * Every problem of `chapter` against `context`, in form order: texts (missing in a language, longer
 * than the card holds at 1280 × 720), camera out of range, corridors, legs, events and countries the
 * dataset does not have, a date that is not a real day. Empty when the chapter is fine.
 *
 * @example
 * validateChapter({ ...chapter, country: 'XXX' }, chapterContext(model))[0].key;
 * // "editor.problem.unknown.country"
 */
export function validateChapter(chapter: Chapter, context: ChapterContext): ChapterProblem[] {
  return [
    ...textProblems(chapter),
    ...cameraProblems(chapter),
    ...referenceProblems(chapter, context),
  ];
}

/**
 * The 1-based numbers of the chapters with an error (those that keep the story from being exported).
 *
 * @example
 * chaptersWithErrors(story, context); // [3]
 */
export function chaptersWithErrors(story: readonly Chapter[], context: ChapterContext): number[] {
  return story.flatMap((chapter, i) =>
    validateChapter(chapter, context).some((p) => p.level === 'error') ? [i + 1] : [],
  );
}
