// Unit tests of parseDataset: the default dataset passes; each kind of problem is reported with its path.
import { readFileSync } from 'node:fs';
import countryList from 'virtual:atlas/countries';
import { describe, expect, it } from 'vitest';
import { indexCountries, type CountryRegistry } from '../../../src/data/countries';
import { parseDataset } from '../../../src/data/parse-dataset';
import type { ParseError } from '../../../src/data/result';
import type { Dataset } from '../../../src/dataset';

/** A fresh copy of the default dataset for each test. */
function loadDataset(): Dataset {
  const text = readFileSync(new URL('../../../data/atlas.json', import.meta.url), 'utf8');
  return JSON.parse(text) as Dataset;
}

function registry(): CountryRegistry {
  return indexCountries(countryList);
}

/** The default dataset with one thing broken by `change`, parsed; its problems, or [] if it passed. */
function problemsAfter(change: (dataset: Dataset) => void): ParseError[] {
  const dataset = loadDataset();
  change(dataset);
  const result = parseDataset(dataset, registry());
  return result.ok ? [] : result.errors;
}

/** Loose access to a dataset part, for breaking it in ways its type forbids. */
const loose = (value: unknown) => value as Record<string, unknown>;

describe('parseDataset', () => {
  it('parseDataset accepts the default dataset and returns it as its value', () => {
    const dataset = loadDataset();
    const result = parseDataset(dataset, registry());
    expect(result).toEqual({ ok: true, value: dataset });
  });

  it('reports a missing required property at its object, naming the property', () => {
    expect(problemsAfter((d) => delete loose(d.events[0]).title)).toEqual([
      { path: '/events/0', message: 'missing required property "title"' },
    ]);
  });

  it('reports an unknown property at its object, naming the property', () => {
    expect(problemsAfter((d) => (loose(d.places[2]).elevation = 900))).toEqual([
      { path: '/places/2', message: 'unknown property "elevation"' },
    ]);
  });

  it('reports a value outside an enum, listing the allowed values', () => {
    expect(problemsAfter((d) => (loose(d.events[1]).kind = 'visit'))).toEqual([
      { path: '/events/1/kind', message: 'must be one of "trip", "embassy", "meeting"' },
    ]);
  });

  it('reports a latitude out of range (95) at the coordinate itself', () => {
    expect(
      problemsAfter((d) => (d.places[0] as { coordinates: number[] }).coordinates.splice(1, 1, 95)),
    ).toEqual([{ path: '/places/0/coordinates/1', message: 'must be <= 90' }]);
  });

  it('reports a longitude out of range (-181) at the coordinate itself', () => {
    expect(
      problemsAfter((d) =>
        (d.places[3] as { coordinates: number[] }).coordinates.splice(0, 1, -181),
      ),
    ).toEqual([{ path: '/places/3/coordinates/0', message: 'must be >= -180' }]);
  });

  it('reports a well-formed country code that no country has (XXX) at /places/0/country', () => {
    expect(problemsAfter((d) => ((d.places[0] as { country: string }).country = 'XXX'))).toEqual([
      {
        path: '/places/0/country',
        message: '"XXX" is not a known ISO 3166-1 alpha-3 country code',
      },
    ]);
  });

  it('reports an unknown country code of a counterpart at its path', () => {
    expect(
      problemsAfter((d) => ((d.events[2]?.counterparts[1] as { country: string }).country = 'ZZZ')),
    ).toEqual([
      {
        path: '/events/2/counterparts/1/country',
        message: '"ZZZ" is not a known ISO 3166-1 alpha-3 country code',
      },
    ]);
  });

  it('reports a lower-case country code as a pattern error, not a registry one', () => {
    const problems = problemsAfter((d) => ((d.places[0] as { country: string }).country = 'irn'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('/places/0/country');
    expect(problems[0]?.message).toContain('must match pattern');
  });

  it('reports a duplicate place id at the second occurrence', () => {
    const problems = problemsAfter((d) => d.places.push(structuredClone(d.places[5] as never)));
    expect(problems).toEqual([{ path: '/places/34/id', message: 'duplicate id "belgrade"' }]);
  });

  it('reports a duplicate event id at the second occurrence', () => {
    expect(problemsAfter((d) => ((d.events[9] as { id: string }).id = 'kaz'))).toEqual([
      { path: '/events/9/id', message: 'duplicate id "kaz"' },
    ]);
  });

  it('reports a country described twice at the second code', () => {
    expect(
      problemsAfter((d) => d.countries.push(structuredClone(d.countries[0] as never))),
    ).toEqual([{ path: '/countries/20/code', message: 'duplicate id "IRN"' }]);
  });

  it('reports an event held at an unknown place', () => {
    expect(problemsAfter((d) => ((d.events[0] as { place: string }).place = 'atlantis'))).toEqual([
      { path: '/events/0/place', message: 'no place has the id "atlantis"' },
    ]);
  });

  it('reports a home that is not a place', () => {
    expect(problemsAfter((d) => (d.home = 'qom'))).toEqual([
      { path: '/home', message: 'no place has the id "qom"' },
    ]);
  });

  it('reports a corridor waypoint that is not a place', () => {
    expect(problemsAfter((d) => d.corridors[0]?.legs[0]?.waypoints.splice(1, 1, 'kish'))).toEqual([
      { path: '/corridors/0/legs/0/waypoints/1', message: 'no place has the id "kish"' },
    ]);
  });

  it('reports a corridor proposed at an unknown event', () => {
    expect(problemsAfter((d) => ((d.corridors[1] as { event: string }).event = 'nope'))).toEqual([
      { path: '/corridors/1/event', message: 'no event has the id "nope"' },
    ]);
  });

  it('reports a country that lists an unknown corridor', () => {
    expect(problemsAfter((d) => d.countries[0]?.corridors.push('east-west'))).toEqual([
      { path: '/countries/0/corridors/2', message: 'no corridor has the id "east-west"' },
    ]);
  });

  it('reports a leg that does not start on a waypoint of an earlier leg', () => {
    expect(problemsAfter((d) => d.corridors[0]?.legs[1]?.waypoints.splice(0, 1, 'havana'))).toEqual(
      [
        {
          path: '/corridors/0/legs/1/waypoints/0',
          message:
            'leg "mediterranean" must start at a waypoint of an earlier leg; "havana" is on none',
        },
      ],
    );
  });

  it('reports a leg that starts on a waypoint of a later leg only', () => {
    const problems = problemsAfter((d) => {
      const legs = d.corridors[1]?.legs ?? [];
      // central-asia branches from kabul on afghanistan-china; put it first but one.
      const [centralAsia] = legs.splice(2, 1);
      if (centralAsia) legs.splice(1, 0, centralAsia);
    });
    expect(problems).toEqual([
      {
        path: '/corridors/1/legs/1/waypoints/0',
        message:
          'leg "central-asia" must start at a waypoint of an earlier leg; "kabul" is on none',
      },
    ]);
  });

  it('reports a month that is not in the season `when` also gives', () => {
    expect(
      problemsAfter(
        (d) =>
          ((d.events[0] as { when: object }).when = { year: 1403, season: 'summer', month: 11 }),
      ),
    ).toEqual([
      {
        path: '/events/0/when',
        message: 'Jalali month 11 is in winter, not in summer as the period also says.',
      },
    ]);
  });

  it('reports every problem, not only the first', () => {
    const problems = problemsAfter((d) => {
      (d.events[0] as { place: string }).place = 'atlantis';
      d.home = 'qom';
    });
    expect(problems.map((p) => p.path).sort()).toEqual(['/events/0/place', '/home']);
  });

  it('returns ok: false without throwing for null', () => {
    const result = parseDataset(null, registry());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([{ path: '/', message: 'must be object' }]);
  });

  it('returns ok: false without throwing for an array', () => {
    expect(parseDataset([], registry())).toEqual({
      ok: false,
      errors: [{ path: '/', message: 'must be object' }],
    });
  });

  it('returns ok: false without throwing for a string', () => {
    expect(parseDataset('text', registry())).toEqual({
      ok: false,
      errors: [{ path: '/', message: 'must be object' }],
    });
  });

  it('returns ok: false for an empty object, naming each missing property', () => {
    const result = parseDataset({}, registry());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.message)).toContain(
      'missing required property "places"',
    );
  });

  it('accepts hostile text in a title: it is only text', () => {
    const dataset = loadDataset();
    const hostile = '<img src=x onerror=alert(1)>';
    (dataset.events[0] as { title: { en: string } }).title.en = hostile;
    const result = parseDataset(dataset, registry());
    expect(result.ok && result.value.events[0]?.title.en).toBe(hostile);
  });

  // Regression test (found by review).
  it('reports two legs with the same id in one corridor', () => {
    const problems = problemsAfter((d) => {
      const legs = d.corridors[0]?.legs ?? [];
      (legs[2] as { id: string }).id = legs[1]?.id ?? '';
    });
    expect(problems.map((p) => p.path)).toEqual(['/corridors/0/legs/2/id']);
  });
});
