// Unit tests of the story editor's pure operations: add, duplicate, delete, move, update, undo, redo.
import { describe, expect, it } from 'vitest';
import type { Chapter } from '../../../src/dataset';
import {
  addChapter,
  blankChapter,
  deleteChapter,
  duplicateChapter,
  moveChapter,
  moveChapterBy,
  toggleChapterCountry,
  uniqueChapterId,
  updateChapter,
} from '../../../src/story/edit';
import { record, redo, sealGroup, startHistory, undo } from '../../../src/story/history';
import { loadDataset } from '../../fixtures/default-model';

const story = () => loadDataset().story ?? [];
const ids = (chapters: readonly Chapter[]) => chapters.map((c) => c.id);
const camera = { center: [51.4, 35.7] as [number, number], zoom: 4 };

describe('story edit operations', () => {
  it('addChapter(story, chapter, index) inserts it there and leaves the story unchanged', () => {
    const before = story();
    const frozen = JSON.stringify(before);
    const chapter = blankChapter(before, camera, '2024-05-01');
    const after = addChapter(before, chapter, 1);
    expect(ids(after).slice(0, 3)).toEqual([before[0]!.id, 'chapter', before[1]!.id]);
    expect(after).toHaveLength(before.length + 1);
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it('addChapter makes a taken id unique and appends by default', () => {
    const before = story();
    const after = addChapter(before, { ...before[0]!, title: { fa: 'ب', en: 'b' } });
    expect(after.at(-1)!.id).toBe(`${before[0]!.id}-2`);
  });

  it('uniqueChapterId slugs the base and counts up past taken ids', () => {
    const before = story();
    expect(uniqueChapterId(before, 'My Own Stop!')).toBe('my-own-stop');
    expect(uniqueChapterId(before, 'کوبا')).toBe('chapter');
    expect(uniqueChapterId(before, before[3]!.id)).toBe(`${before[3]!.id}-2`);
  });

  it('duplicateChapter(story, i) puts a deep copy with a new id right after chapter i', () => {
    const before = story();
    const after = duplicateChapter(before, 2);
    expect(after[3]!.id).toBe(`${before[2]!.id}-2`);
    expect({ ...after[3]!, id: before[2]!.id }).toEqual(before[2]);
    expect(after[3]!.camera).not.toBe(before[2]!.camera);
  });

  it('deleteChapter(story, i) removes chapter i; an index out of range changes nothing', () => {
    const before = story();
    expect(ids(deleteChapter(before, 0))).toEqual(ids(before).slice(1));
    expect(deleteChapter(before, before.length)).toBe(before);
    expect(deleteChapter(before, -1)).toBe(before);
  });

  it('moveChapter(story, from, to) moves one chapter and keeps the others in order', () => {
    const before = story().slice(0, 4);
    const [a, b, c, d] = ids(before);
    expect(ids(moveChapter(before, 0, 2))).toEqual([b, c, a, d]);
    expect(ids(moveChapter(before, 3, 0))).toEqual([d, a, b, c]);
    expect(ids(moveChapter(before, 1, 99))).toEqual([a, c, d, b]);
    expect(moveChapter(before, 2, 2)).toBe(before);
  });

  it('moveChapterBy moves up and down, and not past either end', () => {
    const before = story().slice(0, 3);
    const [a, b, c] = ids(before);
    expect(ids(moveChapterBy(before, 1, -1))).toEqual([b, a, c]);
    expect(ids(moveChapterBy(before, 1, 1))).toEqual([a, c, b]);
    expect(moveChapterBy(before, 0, -1)).toBe(before);
    expect(moveChapterBy(before, 2, 1)).toBe(before);
  });

  it('updateChapter replaces fields but never the id, and returns the same story for no change', () => {
    const before = story();
    const title = { fa: 'آغاز', en: 'Start' };
    const after = updateChapter(before, 0, { title, ...{ id: 'other' } } as never);
    expect(after[0]!.title).toEqual(title);
    expect(after[0]!.id).toBe(before[0]!.id);
    expect(after[1]).toBe(before[1]);
    expect(updateChapter(before, 0, { title: { ...before[0]!.title } })).toBe(before);
  });
});

describe('toggleChapterCountry', () => {
  it('toggleChapterCountry(story, i, code) adds a country not emphasised, and takes one off that is', () => {
    const before = story();
    const index = before.findIndex((c) => !c.countries.includes('CUB'));
    const added = toggleChapterCountry(before, index, 'CUB');
    expect(added[index]!.countries).toEqual([...before[index]!.countries, 'CUB']);
    expect(toggleChapterCountry(added, index, 'CUB')[index]!.countries).toEqual(
      before[index]!.countries,
    );
    expect(toggleChapterCountry(before, 99, 'CUB')).toBe(before);
  });
});

describe('story history', () => {
  it('undo(record(h, next)) gives the story before, and redo gives next again', () => {
    const a = story();
    const b = deleteChapter(a, 0);
    const h = record(startHistory(a), b);
    expect(undo(h).present).toBe(a);
    expect(redo(undo(h)).present).toBe(b);
  });

  it('a new edit after an undo drops what was undone', () => {
    const a = story();
    const b = deleteChapter(a, 0);
    const c = deleteChapter(a, 1);
    const h = record(undo(record(startHistory(a), b)), c);
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
    expect(undo(h).present).toBe(a);
  });

  it('undo and redo with nothing to do, and recording the same story, change nothing', () => {
    const h = startHistory(story());
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
    expect(record(h, h.present)).toBe(h);
  });
});

describe('story history: typing coalesces', () => {
  const typed = (a: readonly Chapter[], text: string) =>
    updateChapter(a, 0, { title: { ...a[0]!.title, en: text } });

  it('record(h, next, group) with the group of the edit before replaces the present: one undo step', () => {
    const a = story();
    let h = startHistory(a);
    for (const text of ['M', 'My', 'My s', 'My stop']) h = record(h, typed(a, text), 'title.en');
    expect(h.past).toEqual([a]);
    expect(h.present[0]!.title.en).toBe('My stop');
    expect(undo(h).present).toBe(a);
    expect(redo(undo(h)).present[0]!.title.en).toBe('My stop');
  });

  it('keystrokes in another field, or an edit with no group between, are steps of their own', () => {
    const a = story();
    const b = record(
      record(startHistory(a), typed(a, 'M'), 'title.en'),
      typed(a, 'My'),
      'title.fa',
    );
    expect(b.past).toHaveLength(2);
    const c = record(record(b, deleteChapter(b.present, 3)), typed(b.present, 'x'), 'title.fa');
    expect(c.past).toHaveLength(4);
  });

  it('sealGroup(h) ends the group (focus left the field): the next keystroke is a new step', () => {
    const a = story();
    const h = sealGroup(record(startHistory(a), typed(a, 'M'), 'title.en'));
    const next = record(h, typed(h.present, 'My'), 'title.en');
    expect(next.past).toHaveLength(2);
    expect(undo(next).present[0]!.title.en).toBe('M');
    expect(sealGroup(startHistory(a)).group).toBeNull();
  });

  it('after an undo, typing in the same field starts a new step and keeps the undone one undoable', () => {
    const a = story();
    const h = undo(
      record(record(startHistory(a), typed(a, 'M'), 'title.en'), typed(a, 'My'), 'title.en'),
    );
    expect(h.present).toBe(a);
    const again = record(h, typed(a, 'Q'), 'title.en');
    expect(again.past).toEqual([a]);
    expect(again.future).toEqual([]);
  });
});
