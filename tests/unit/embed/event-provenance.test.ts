// Unit tests of the provenance a host page is told with each event.
import { describe, expect, it } from 'vitest';
import { chapterClaims, claimProvenance, countryClaims } from '../../../src/embed/event-provenance';
import { loadModel } from '../../fixtures/default-model';

describe('event provenance', () => {
  it('claimProvenance(dataset, key) gives an inferred venue as inferred, with its kind and reason in both languages', () => {
    const astana = claimProvenance(loadModel().dataset, 'place/astana');
    expect(astana).toMatchObject({ claim: 'place/astana', inferred: true, inference: 'venue' });
    expect(astana.reason?.en).toMatch(/names only Kazakhstan/);
    expect(astana.reason?.fa).toBeTruthy();
  });

  it("claimProvenance(dataset, key) gives the article's claim its sentence ids and no reason", () => {
    expect(claimProvenance(loadModel().dataset, 'place/riyadh')).toEqual({
      claim: 'place/riyadh',
      sources: ['p17-s1'],
      inferred: false,
    });
  });

  it("countryClaims(model, 'KAZ') gives its roles and the place of its meeting, Astana, inferred", () => {
    const claims = countryClaims(loadModel(), 'KAZ');
    expect(claims.map((c) => [c.claim, c.inferred])).toEqual([
      ['country/KAZ/roles', true],
      ['place/astana', true],
    ]);
    expect(countryClaims(loadModel(), null)).toEqual([]);
  });

  it("countryClaims(model, 'KGZ') gives no place: the article gives none for the Kyrgyz meeting", () => {
    expect(countryClaims(loadModel(), 'KGZ').map((c) => c.claim)).toEqual(['country/KGZ/roles']);
  });

  it('chapterClaims(model, chapter) gives the title and text of a corridor chapter as ours', () => {
    const model = loadModel();
    const chapter = model.dataset.story?.find((c) => c.id === 'two-corridors');
    expect(chapterClaims(model, chapter).map((c) => [c.claim, c.inference])).toEqual([
      ['chapter/two-corridors/title', 'our-name'],
      ['chapter/two-corridors/text', 'schematic'],
    ]);
  });
});
