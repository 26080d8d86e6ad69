// Story edit operations: add, duplicate, delete, move and update chapters, each a pure function of the story.
import type { Chapter, ChapterCamera } from '../dataset';

/** A story being edited: the chapters in order. Never changed in place; every edit returns a new one. */
export type Story = readonly Chapter[];

/** The fields of a chapter a form can change (its id stays, so links and notes keep pointing at it). */
export type ChapterPatch = Partial<Omit<Chapter, 'id'>>;

/**
 * An id no chapter of `story` has: `base` itself, or `base-2`, `base-3` … Ids are kebab-case
 * ASCII, so the base is slugged first (an empty slug becomes `chapter`).
 *
 * @example
 * uniqueChapterId([{ id: 'cuba', … }], 'Cuba'); // "cuba-2"
 */
export function uniqueChapterId(story: Story, base: string): string {
  const slug =
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'chapter';
  const taken = new Set(story.map((chapter) => chapter.id));
  if (!taken.has(slug)) return slug;
  let n = 2;
  while (taken.has(`${slug}-${n}`)) n += 1;
  return `${slug}-${n}`;
}

/**
 * A new chapter for `story` at `camera` on `date`: empty texts, nothing drawn, no details open.
 *
 * @example
 * blankChapter(story, { center: [51.4, 35.7], zoom: 4 }, '2024-03-20').id; // "chapter"
 */
export function blankChapter(story: Story, camera: ChapterCamera, date: string): Chapter {
  return {
    id: uniqueChapterId(story, 'chapter'),
    title: { fa: '', en: '' },
    text: { fa: '', en: '' },
    notes: { fa: '', en: '' },
    camera: { ...camera, center: [camera.center[0], camera.center[1]] },
    corridors: [],
    events: [],
    countries: [],
    country: null,
    date,
  };
}

/** `index` kept inside `0 … length` (an insertion point) after rounding. */
const insertionPoint = (story: Story, index: number) =>
  Math.min(Math.max(0, Math.round(index)), story.length);

/** True when `index` names a chapter of `story`. */
const isChapterIndex = (story: Story, index: number) =>
  Number.isInteger(index) && index >= 0 && index < story.length;

/**
 * The story with `chapter` inserted at `index` (clamped; the end when absent). The chapter's id is
 * made unique if another chapter has it.
 *
 * @example
 * addChapter(story, chapter, 0)[0] === chapter; // true when its id is free
 */
export function addChapter(story: Story, chapter: Chapter, index = story.length): Story {
  const id = story.some((c) => c.id === chapter.id)
    ? uniqueChapterId(story, chapter.id)
    : chapter.id;
  const added = id === chapter.id ? chapter : { ...chapter, id };
  const at = insertionPoint(story, index);
  return [...story.slice(0, at), added, ...story.slice(at)];
}

/**
 * The story with a copy of chapter `index` right after it, under a new id. Unchanged when there is
 * no such chapter.
 *
 * @example
 * duplicateChapter(story, 2)[3].id; // "cuba-2"
 */
export function duplicateChapter(story: Story, index: number): Story {
  if (!isChapterIndex(story, index)) return story;
  const original = story[index] as Chapter;
  const copy: Chapter = structuredClone(original);
  return addChapter(story, { ...copy, id: uniqueChapterId(story, original.id) }, index + 1);
}

/**
 * The story without chapter `index`. Unchanged when there is no such chapter.
 *
 * @example
 * deleteChapter(story, 0).length === story.length - 1; // true
 */
export function deleteChapter(story: Story, index: number): Story {
  if (!isChapterIndex(story, index)) return story;
  return [...story.slice(0, index), ...story.slice(index + 1)];
}

/**
 * The story with chapter `from` moved to position `to` (clamped to the story), the others keeping
 * their order. Unchanged when `from` names no chapter or the chapter does not move.
 *
 * @example
 * moveChapter(['a', 'b', 'c'] as chapters, 0, 2); // b, c, a
 */
export function moveChapter(story: Story, from: number, to: number): Story {
  if (!isChapterIndex(story, from)) return story;
  const target = Math.min(Math.max(0, Math.round(to)), story.length - 1);
  if (target === from) return story;
  const rest = [...story.slice(0, from), ...story.slice(from + 1)];
  return [...rest.slice(0, target), story[from] as Chapter, ...rest.slice(target)];
}

/**
 * The story with chapter `index` one place earlier (`-1`) or later (`1`).
 *
 * @example
 * moveChapterBy(story, 3, -1); // chapter 3 is now chapter 2
 */
export function moveChapterBy(story: Story, index: number, by: -1 | 1): Story {
  const to = index + by;
  return to < 0 || to >= story.length ? story : moveChapter(story, index, to);
}

/**
 * The story with chapter `index`'s fields replaced by those of `patch`. Unchanged (the same array)
 * when there is no such chapter or the patch changes nothing, so history records real edits only.
 *
 * @example
 * updateChapter(story, 0, { title: { fa: 'آغاز', en: 'Start' } })[0].title.en; // "Start"
 */
export function updateChapter(story: Story, index: number, patch: ChapterPatch): Story {
  if (!isChapterIndex(story, index)) return story;
  const chapter = story[index] as Chapter;
  const next: Chapter = { ...chapter, ...patch, id: chapter.id };
  if (JSON.stringify(next) === JSON.stringify(chapter)) return story;
  return story.map((c, i) => (i === index ? next : c));
}

/**
 * The story with `code` added to the countries chapter `index` emphasises, or taken off when it
 * is there already (a second click on the map takes it back). Unchanged when there is no such chapter.
 *
 * @example
 * toggleChapterCountry(story, 0, 'SAU')[0].countries; // [..., 'SAU']
 */
export function toggleChapterCountry(story: Story, index: number, code: string): Story {
  const chapter = story[index];
  if (!chapter || !isChapterIndex(story, index)) return story;
  const countries = chapter.countries.includes(code)
    ? chapter.countries.filter((c) => c !== code)
    : [...chapter.countries, code];
  return updateChapter(story, index, { countries });
}
