// Unit tests of the provenance model: the numbered article, and a source or a reason for every claim.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import sentencesJson from '../../../data/article-sentences.json';
import provenanceJson from '../../../data/provenance.json';
import { splitSentences } from '../../../src/data/article-sentences';
import { claimOf, provenanceOf } from '../../../src/data/default-provenance';
import { claimKeys, parseProvenance, type Provenance } from '../../../src/data/provenance';
import { loadDataset } from '../../fixtures/default-model';

const article = () =>
  readFileSync(new URL('../../../data/article.fa.txt', import.meta.url), 'utf8');
const provenance = () => structuredClone(provenanceJson) as Provenance;

describe('the article as numbered sentences', () => {
  it('data/article-sentences.json is what splitSentences(data/article.fa.txt) gives', () => {
    expect(sentencesJson.sentences).toEqual(splitSentences(article()));
  });

  it('every sentence occurs verbatim in the article', () => {
    const text = article();
    expect(sentencesJson.sentences.filter((s) => !text.includes(s.text))).toEqual([]);
  });

  it('splitSentences numbers sentences by paragraph: p{n}-s{m}', () => {
    expect(splitSentences('یک. دو؟\n\nسه.').map((s) => [s.id, s.text])).toEqual([
      ['p1-s1', 'یک.'],
      ['p1-s2', 'دو؟'],
      ['p2-s1', 'سه.'],
    ]);
  });
});

describe('parseProvenance', () => {
  const sentences = splitSentences(article());

  it('accepts data/provenance.json for the default dataset: every claim has a source or a reason', () => {
    const result = parseProvenance(provenance(), loadDataset(), sentences);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('reports a shown claim with no entry', () => {
    const input = provenance();
    delete input.claims['event/kaz/topics/1'];
    const result = parseProvenance(input, loadDataset(), sentences);
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: '/claims/event/kaz/topics/1',
        message: 'this claim is shown but has neither a source nor an inference',
      },
    ]);
  });

  it('reports a sentence id the article does not have', () => {
    const input = provenance();
    input.claims['event/kaz/title'] = { source: ['p99-s1'] };
    const result = parseProvenance(input, loadDataset(), sentences);
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: '/claims/event/kaz/title/source/0',
        message: 'no sentence of the article has the id "p99-s1"',
      },
    ]);
  });

  it('reports a claim with neither a source nor an inference, and an inference without a note', () => {
    const input = provenance();
    input.claims['event/kaz/when'] = {};
    (input.claims as Record<string, unknown>)['place/astana'] = { inference: { kind: 'venue' } };
    const result = parseProvenance(input, loadDataset(), sentences);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([
      '/claims/event/kaz/when',
      '/claims/place/astana/inference',
    ]);
  });

  it('reports an entry for a claim the dataset does not make', () => {
    const input = provenance();
    input.claims['event/xyz/title'] = { source: ['p1-s1'] };
    const result = parseProvenance(input, loadDataset(), sentences);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['/claims/event/xyz/title']);
  });
});

describe('the default provenance', () => {
  it('is found for the default dataset, and not for a changed one', () => {
    expect(provenanceOf(loadDataset())).not.toBeNull();
    const changed = loadDataset();
    changed.events[0]?.topics.push({ fa: 'تازه', en: 'New' });
    expect(provenanceOf(changed)).toBeNull();
  });

  it("cites every sentence of each event's Persian quote in the event's own claims", () => {
    const dataset = loadDataset();
    const claims = provenanceOf(dataset)?.claims ?? {};
    const missing = dataset.events.flatMap((event) => {
      const cited = new Set(
        Object.entries(claims)
          .filter(([key]) => key.startsWith(`event/${event.id}/`))
          .flatMap(([, claim]) => claim.source ?? []),
      );
      return sentencesJson.sentences
        .filter((s) => event.source.includes(s.text) && !cited.has(s.id))
        .map((s) => `${event.id}: ${s.id}`);
    });
    expect(missing).toEqual([]);
  });

  it('marks as inferred every place the article does not name, with Astana and Havana as venues', () => {
    const dataset = loadDataset();
    const unmarked = dataset.places
      .filter((p) => !p.inArticle && !claimOf(dataset, `place/${p.id}`).inference)
      .map((p) => p.id);
    expect(unmarked).toEqual([]);
    expect(claimOf(dataset, 'place/astana').inference?.kind).toBe('venue');
    expect(claimOf(dataset, 'place/havana').inference?.kind).toBe('venue');
    expect(claimOf(dataset, 'event/kaz/place').inference?.kind).toBe('venue');
    expect(claimOf(dataset, 'event/cub/place').inference?.kind).toBe('venue');
  });

  it('marks the corridor names, their routes and the legs that claim an order as ours', () => {
    const dataset = loadDataset();
    for (const id of ['south-west', 'north-east']) {
      expect(claimOf(dataset, `corridor/${id}/name`).inference?.kind).toBe('our-name');
      expect(claimOf(dataset, `corridor/${id}/route`).inference?.kind).toBe('schematic');
    }
    for (const leg of ['afghanistan-china', 'central-asia']) {
      expect(claimOf(dataset, `corridor/north-east/legs/${leg}/name`).inference?.kind).toBe(
        'our-name',
      );
    }
  });

  it('gives the editorial notes (the likely event name, CANTV) as ours', () => {
    const dataset = loadDataset();
    expect(claimOf(dataset, 'event/dxb/note').inference?.kind).toBe('editorial');
    expect(claimOf(dataset, 'event/ven/note').inference?.kind).toBe('editorial');
  });

  it('has a key for every claim, once', () => {
    const keys = claimKeys(loadDataset());
    expect(new Set(keys).size).toBe(keys.length);
  });
});
