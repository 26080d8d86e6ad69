// Unit tests of chapter validation against the dataset: texts, card budget, camera, references, date.
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/locales/en.json';
import fa from '../../../src/i18n/locales/fa.json';
import {
  cardTextBudget,
  chapterContext,
  chaptersWithErrors,
  validateChapter,
} from '../../../src/story/validate-chapter';
import { storyOf } from '../../../src/story/story';
import { loadModel } from '../../fixtures/default-model';

const firstChapter = () => {
  const model = loadModel();
  return { model, chapter: storyOf(model)[0]!, context: chapterContext(model) };
};
const keys = (problems: { key: string }[]) => problems.map((p) => p.key);

describe('validateChapter', () => {
  it('finds no error in the shipped story; only chapters that do scroll the card warn', () => {
    const model = loadModel();
    const context = chapterContext(model);
    const found = storyOf(model).flatMap((chapter) =>
      validateChapter(chapter, context).map((p) => `${chapter.id} ${p.field} ${p.level}`),
    );
    // Measured: two-corridors' text scrolls the card at 1280 × 720 in both languages.
    expect(found.filter((line) => line.endsWith('error'))).toEqual([]);
    expect(found).toContain('two-corridors text.en warning');
  });

  it('a title missing in one language is an error beside that field', () => {
    const { chapter, context } = firstChapter();
    const problems = validateChapter({ ...chapter, title: { ...chapter.title, fa: ' ' } }, context);
    expect(problems).toEqual([
      {
        field: 'title.fa',
        level: 'error',
        key: 'editor.problem.titleMissing.fa',
        params: { count: 0 },
      },
    ]);
  });

  it('text longer than the card budget is a warning, not an error', () => {
    const { chapter, context } = firstChapter();
    const long = 'x'.repeat(cardTextBudget('en', chapter.corridors.length) + 1);
    const problems = validateChapter({ ...chapter, text: { ...chapter.text, en: long } }, context);
    expect(problems.map((p) => [p.field, p.level, p.key])).toEqual([
      ['text.en', 'warning', 'editor.problem.tooLongForCard'],
    ]);
  });

  it('a camera out of range names the value that is out', () => {
    const { chapter, context } = firstChapter();
    const camera = { center: [200, 10] as [number, number], zoom: 30, pitch: 90 };
    expect(keys(validateChapter({ ...chapter, camera }, context))).toEqual([
      'editor.problem.camera.longitude',
      'editor.problem.camera.zoom',
      'editor.problem.camera.pitch',
    ]);
  });

  it('corridors, legs, meetings, countries and details the dataset lacks are errors', () => {
    const { chapter, context } = firstChapter();
    const corridor = [...context.corridors.keys()][0]!;
    const problems = validateChapter(
      {
        ...chapter,
        corridors: [{ id: 'nowhere' }, { id: corridor, legs: ['no-leg'] }],
        events: ['no-meeting'],
        countries: ['XXX'],
        country: 'ATA',
        date: '2024-02-30',
      },
      context,
    );
    const errors = problems.filter((p) => p.level === 'error');
    expect(errors.map((p) => [p.field, p.params['id'] ?? p.params['value']])).toEqual([
      ['corridors', 'nowhere'],
      ['corridors', `${corridor}/no-leg`],
      ['events', 'no-meeting'],
      ['countries', 'XXX'],
      ['country', 'ATA'],
      ['date', '2024-02-30'],
    ]);
  });

  it('every problem key has a message in both languages', () => {
    const all = ['title', 'text', 'notes'].flatMap((part) => [
      `editor.problem.${part}Missing.en`,
      `editor.problem.${part}Missing.fa`,
    ]);
    for (const key of all) {
      expect(en).toHaveProperty([key]);
      expect(fa).toHaveProperty([key]);
    }
  });

  it('chaptersWithErrors lists the 1-based numbers of chapters that cannot be exported', () => {
    const { model, context } = firstChapter();
    const story = [...storyOf(model)];
    story[2] = { ...story[2]!, notes: { fa: '', en: story[2]!.notes.en } };
    expect(chaptersWithErrors(story, context)).toEqual([3]);
  });
});
