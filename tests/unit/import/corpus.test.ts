// Runs every corpus file through the import: exact problem codes and locations, and a usable valid part.
import { readdirSync } from 'node:fs';
import countryList from 'virtual:atlas/countries';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/data/atlas-model';
import { indexCountries } from '../../../src/data/countries';
import { problemText } from '../../../src/data/import/problem-text';
import { parseDataset } from '../../../src/data/parse-dataset';
import { CORPUS, corpusText, importWithApp } from './import-helpers';
import expected from '../../fixtures/corpus/expected.json';

interface Expected {
  kind: string | null;
  dataset: boolean;
  kept: number;
  items: number;
  problems: Record<string, unknown>[];
}

const EXPECTED = expected as Record<string, Expected>;
const files = ['good', 'bad'].flatMap((dir) =>
  readdirSync(new URL(`${dir}/`, CORPUS))
    .sort()
    .map((name) => `${dir}/${name}`),
);

describe('corpus', () => {
  it('expected.json lists exactly the corpus files', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...files].sort());
  });

  it('every good file imports with no problem at all', () => {
    const good = files.filter((f) => f.startsWith('good/'));
    expect(good.length).toBeGreaterThan(3);
    for (const file of good) expect(importWithApp(corpusText(file), file).problems).toEqual([]);
  });

  it('every bad file is named for a problem it has', () => {
    for (const file of files.filter((f) => f.startsWith('bad/'))) {
      expect(EXPECTED[file]?.problems.length, file).toBeGreaterThan(0);
    }
  });

  it.each(files)('%s: the problems, their codes and locations, are exactly as expected', (file) => {
    const want = EXPECTED[file] as Expected;
    const result = importWithApp(corpusText(file), file);
    expect(result.kind).toBe(want.kind);
    expect(result.dataset !== null).toBe(want.dataset);
    expect(result.counts).toEqual({ kept: want.kept, items: want.items });
    expect(
      result.problems.map((p) => ({ severity: p.severity, code: p.code, ...p.where })),
    ).toEqual(want.problems);
  });

  it.each(files)('%s: the valid part passes the strict parser and builds a model', (file) => {
    const result = importWithApp(corpusText(file), file);
    if (!result.dataset) return;
    const registry = indexCountries(countryList);
    const strict = parseDataset(result.dataset, registry);
    expect(strict.ok ? [] : strict.errors).toEqual([]);
    expect(() => buildModel(result.dataset as never, registry)).not.toThrow();
  });

  it.each(files)('%s: every problem reads as a sentence in English and in Persian', (file) => {
    for (const p of importWithApp(corpusText(file), file).problems) {
      for (const lang of ['en', 'fa'] as const) {
        const text = problemText(lang, p);
        expect(text.what).not.toMatch(/\{\w+\}/);
        expect(text.fix).not.toMatch(/\{\w+\}/);
        expect(text.where.length).toBeGreaterThan(0);
      }
    }
  });
});
