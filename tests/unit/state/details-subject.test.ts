// Unit tests of what the details panel shows: a selected country, else a highlighted corridor with properties.
import { describe, expect, it } from 'vitest';
import { detailsSubject, sameSubject } from '../../../src/state/details-subject';
import { loadModel } from '../../fixtures/default-model';

const withProperties = () =>
  loadModel((dataset) => {
    const corridor = dataset.corridors.find((c) => c.id === 'north-east');
    if (corridor) corridor.properties = { owners: 'Meta, MTN' };
  });

describe('detailsSubject(model, state)', () => {
  it('is the selected country whatever corridor is highlighted', () => {
    expect(
      detailsSubject(withProperties(), { selectedCountry: 'SAU', corridor: 'north-east' }),
    ).toEqual({ kind: 'country', code: 'SAU' });
  });

  it('is a highlighted corridor that has properties of its own when no country is selected', () => {
    expect(
      detailsSubject(withProperties(), { selectedCountry: null, corridor: 'north-east' }),
    ).toEqual({ kind: 'corridor', id: 'north-east' });
  });

  it('is null for a highlighted corridor without properties (the default dataset opens nothing)', () => {
    expect(detailsSubject(loadModel(), { selectedCountry: null, corridor: 'north-east' })).toBe(
      null,
    );
    expect(
      detailsSubject(withProperties(), { selectedCountry: null, corridor: 'south-west' }),
    ).toBe(null);
  });

  it('is null with nothing selected or highlighted', () => {
    expect(detailsSubject(withProperties(), { selectedCountry: null, corridor: null })).toBe(null);
  });
});

describe('sameSubject(a, b)', () => {
  it('compares kind and id or code', () => {
    expect(sameSubject({ kind: 'country', code: 'SAU' }, { kind: 'country', code: 'SAU' })).toBe(
      true,
    );
    expect(sameSubject({ kind: 'country', code: 'SAU' }, { kind: 'corridor', id: 'SAU' })).toBe(
      false,
    );
    expect(sameSubject({ kind: 'corridor', id: 'a' }, { kind: 'corridor', id: 'b' })).toBe(false);
    expect(sameSubject(null, null)).toBe(true);
    expect(sameSubject(null, { kind: 'corridor', id: 'a' })).toBe(false);
  });
});
