// Unit tests of chapterPeriod: a chapter's date at the article's precision, never a day it does not give.
import { describe, expect, it } from 'vitest';
import { chapterPeriod } from '../../../src/story/chapter-period';
import { loadModel } from '../../fixtures/default-model';

const chapter = (id: string) => {
  const found = loadModel().dataset.story?.find((c) => c.id === id);
  if (!found) throw new Error(`no chapter ${id}`);
  return found;
};

describe('chapterPeriod', () => {
  it("gives a chapter its meeting's period: Kazakhstan summer 1403, Dubai mid-winter, a corridor early Bahman", () => {
    const model = loadModel();
    expect(chapterPeriod(model, chapter('kazakhstan'))).toEqual({ year: 1403, season: 'summer' });
    expect(chapterPeriod(model, chapter('dubai'))).toMatchObject({ season: 'winter', part: 'mid' });
    expect(chapterPeriod(model, chapter('two-corridors'))).toMatchObject({
      month: 11,
      part: 'early',
    });
  });

  it('gives Armenia the year only: the article dates that meeting no closer than 1403', () => {
    expect(chapterPeriod(loadModel(), chapter('armenia'))).toEqual({ year: 1403 });
  });

  it('gives a chapter with no meeting the season of its day (the agenda: summer 1403)', () => {
    expect(chapterPeriod(loadModel(), chapter('agenda'))).toEqual({ year: 1403, season: 'summer' });
  });
});
