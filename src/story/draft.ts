// A story draft as kept in the browser: its storage key per dataset, and reading a stored record back (pure).
import type { Chapter, Dataset } from '../dataset';

/** What is stored for a draft: the chapters, a revision that grows with each save, and the export mark. */
export interface DraftRecord {
  version: 1;
  /** Grows by one with every save, in any tab: a tab that saw revision n and finds n + 2 was overtaken. */
  revision: number;
  chapters: Chapter[];
  exported: boolean;
  /** When it was saved, ISO 8601 (for people reading storage; nothing depends on it). */
  savedAt: string;
}

/** 32-bit FNV-1a of a text, as 8 hex digits: short, stable, enough to tell datasets apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The storage key of `dataset`'s draft: a hash of the whole dataset as loaded, so another dataset
 * (a file, `?data=`, an exported copy opened again) has drafts of its own.
 *
 * @example
 * draftKey(dataset); // "corridor-atlas:story-draft:3f2a9c1e"
 */
export function draftKey(dataset: Dataset): string {
  return `corridor-atlas:story-draft:${fnv1a(JSON.stringify(dataset))}`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isBilingual = (value: unknown) =>
  isObject(value) && typeof value['fa'] === 'string' && typeof value['en'] === 'string';
const isStrings = (value: unknown) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The shape of a chapter (its references are checked against the dataset by validateChapter). */
function isChapter(value: unknown): value is Chapter {
  if (!isObject(value)) return false;
  const camera = value['camera'];
  const center = isObject(camera) ? camera['center'] : null;
  return (
    typeof value['id'] === 'string' &&
    isBilingual(value['title']) &&
    isBilingual(value['text']) &&
    isBilingual(value['notes']) &&
    isObject(camera) &&
    Array.isArray(center) &&
    center.length === 2 &&
    center.every((n) => typeof n === 'number') &&
    typeof camera['zoom'] === 'number' &&
    Array.isArray(value['corridors']) &&
    value['corridors'].every((c) => isObject(c) && typeof c['id'] === 'string') &&
    isStrings(value['events']) &&
    isStrings(value['countries']) &&
    (value['country'] === null || typeof value['country'] === 'string') &&
    typeof value['date'] === 'string'
  );
}

/**
 * Reads a stored draft back: the record, or null when the text is missing, not JSON, or not a
 * draft of this version (another version's, or damaged), which is then ignored, never shown.
 *
 * @example
 * parseDraftRecord(localStorage.getItem(draftKey(dataset)));
 */
export function parseDraftRecord(text: string | null): DraftRecord | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(value) || value['version'] !== 1) return null;
  const { revision, chapters, exported, savedAt } = value;
  if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 0) return null;
  if (!Array.isArray(chapters) || !chapters.every(isChapter)) return null;
  return {
    version: 1,
    revision,
    chapters,
    exported: exported === true,
    savedAt: typeof savedAt === 'string' ? savedAt : '',
  };
}

/**
 * A record to store, at the revision after `previous` (1 when there was none).
 *
 * @example
 * draftRecord(chapters, false, 3, new Date()).revision; // 4 (1 after none)
 */
export function draftRecord(
  chapters: readonly Chapter[],
  exported: boolean,
  previous: number | null,
  now: Date,
): DraftRecord {
  return {
    version: 1,
    revision: previous === null ? 1 : previous + 1,
    chapters: [...chapters],
    exported,
    savedAt: now.toISOString(),
  };
}

/**
 * `dataset` with `chapters` as its story (none when empty): what "Export data" writes.
 *
 * @example
 * datasetWithStory(dataset, chapters).story; // a copy of chapters
 */
export function datasetWithStory(dataset: Dataset, chapters: readonly Chapter[]): Dataset {
  const rest: Dataset = { ...dataset };
  delete rest.story;
  return chapters.length > 0 ? { ...rest, story: [...chapters] } : rest;
}
