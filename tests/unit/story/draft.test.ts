// Unit tests of the stored story draft: its key per dataset, reading records back, revisions, and the state.
import { describe, expect, it } from 'vitest';
import { initialState, reduce } from '../../../src/state/state';
import {
  datasetWithStory,
  draftKey,
  draftRecord,
  parseDraftRecord,
} from '../../../src/story/draft';
import { deleteChapter } from '../../../src/story/edit';
import { presentedStory, stateAtStep } from '../../../src/story/story';
import { loadDataset, loadModel } from '../../fixtures/default-model';

describe('draftKey', () => {
  it('draftKey(dataset) is stable for the same dataset and differs for another', () => {
    const a = loadDataset();
    const b = loadDataset();
    expect(draftKey(a)).toBe(draftKey(b));
    b.title.en = 'Another atlas';
    expect(draftKey(a)).not.toBe(draftKey(b));
    expect(draftKey(a)).toMatch(/^corridor-atlas:story-draft:[0-9a-f]{8}$/);
  });
});

describe('parseDraftRecord', () => {
  it('reads back what draftRecord wrote, at the next revision', () => {
    const chapters = loadDataset().story ?? [];
    const record = draftRecord(chapters, false, 4, new Date('2026-01-02T03:04:05Z'));
    expect(record.revision).toBe(5);
    expect(parseDraftRecord(JSON.stringify(record))).toEqual(record);
    expect(draftRecord(chapters, true, null, new Date()).revision).toBe(1);
  });

  it('ignores what is not a draft: nothing, bad JSON, another version, a damaged chapter', () => {
    const chapters = loadDataset().story ?? [];
    const record = draftRecord(chapters, false, null, new Date());
    expect(parseDraftRecord(null)).toBeNull();
    expect(parseDraftRecord('{')).toBeNull();
    expect(parseDraftRecord(JSON.stringify({ ...record, version: 2 }))).toBeNull();
    const damaged = { ...record, chapters: [{ ...chapters[0], camera: { zoom: 3 } }] };
    expect(parseDraftRecord(JSON.stringify(damaged))).toBeNull();
  });
});

describe('the presented story', () => {
  it('setStory puts a draft in place of the dataset story, and steps follow it', () => {
    const model = loadModel();
    const chapters = deleteChapter(presentedStory(model, initialState('en')), 0);
    const state = reduce(initialState('en'), { type: 'setStory', chapters });
    expect(state.story).toEqual({ chapters, exported: false });
    expect(presentedStory(model, state)).toBe(chapters);
    expect(stateAtStep(state, model, 1).presentation?.step).toBe(1);
    expect(stateAtStep(state, model, 1).time).toBe(chapters[0]!.date);
  });

  it('a shorter story keeps the presentation inside it; storyExported marks it; null drops it', () => {
    const model = loadModel();
    const presenting = stateAtStep(initialState('en'), model, 10);
    const short = (model.dataset.story ?? []).slice(0, 3);
    const state = reduce(presenting, { type: 'setStory', chapters: short });
    expect(state.presentation?.step).toBe(3);
    expect(reduce(state, { type: 'storyExported' }).story?.exported).toBe(true);
    expect(reduce(state, { type: 'setStory', chapters: null }).story).toBeNull();
    expect(reduce(state, { type: 'datasetLoaded', source: { kind: 'default' } }).story).toBeNull();
  });
});

describe('datasetWithStory', () => {
  it('the exported dataset with an edited story parses again, unchanged', async () => {
    const { parseDataset } = await import('../../../src/data/parse-dataset');
    const model = loadModel();
    const chapters = deleteChapter(model.dataset.story ?? [], 0);
    const exported = datasetWithStory(model.dataset, chapters);
    const again = JSON.parse(JSON.stringify(exported)) as unknown;
    const parsed = parseDataset(again, model.registry);
    expect(parsed.ok).toBe(true);
    expect(again).toEqual(exported);
    expect(exported.story).toEqual(chapters);
    expect(datasetWithStory(model.dataset, [])).not.toHaveProperty('story');
  });
});
