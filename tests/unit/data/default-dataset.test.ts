// Checks the default dataset (data/atlas.json) against its schema, the source article and the world map.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020.js';
import { geoContains } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/dataset';

const repoRoot = new URL('../../../', import.meta.url);
const dataUrl = (name: string): URL => new URL(`data/${name}`, repoRoot);
const seedArticleUrl = new URL('../shared/seed/article.fa.txt', repoRoot);

const EVENT_IDS = ['kaz', 'kgz', 'ven', 'cub', 'dxb', 'srb', 'arm', 'irq', 'sau', 'kor'];
const CORRIDOR_IDS = ['south-west', 'north-east'];

/** A fresh copy of the dataset for each test: no test can see another's changes. */
function loadDataset(): Dataset {
  return JSON.parse(readFileSync(dataUrl('atlas.json'), 'utf8')) as Dataset;
}

function loadSchema(): object {
  return JSON.parse(readFileSync(dataUrl('atlas.schema.json'), 'utf8')) as object;
}

function loadSeedArticle(): string {
  return readFileSync(seedArticleUrl, 'utf8');
}

function loadWorld50m(): Topology<{ countries: GeometryCollection<{ name: string }> }> {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
}

/** Every `source` string of the dataset, labelled with where it comes from. */
function sources(dataset: Dataset): Array<[string, string]> {
  return [
    ...dataset.events.map((e): [string, string] => [`event ${e.id}`, e.source]),
    ...dataset.corridors.map((c): [string, string] => [`corridor ${c.id}`, c.source]),
    ...dataset.countries.flatMap((c): Array<[string, string]> =>
      c.source === undefined ? [] : [[`country ${c.code}`, c.source]],
    ),
  ];
}

/** Every country code used anywhere in the dataset, labelled with where it is used. */
function countryCodes(dataset: Dataset): Array<[string, string]> {
  return [
    ...dataset.places.map((p): [string, string] => [`place ${p.id}`, p.country]),
    ...dataset.events.map((e): [string, string] => [`event ${e.id}`, e.country]),
    ...dataset.events.flatMap((e) =>
      e.counterparts.flatMap((c, i): Array<[string, string]> =>
        c.country === null ? [] : [[`event ${e.id} counterpart ${i}`, c.country]],
      ),
    ),
    ...dataset.countries.map((c): [string, string] => [`countries entry`, c.code]),
  ];
}

/** For each country, the ids of the corridors with at least one waypoint in it. */
function corridorsByWaypointCountry(dataset: Dataset): Map<string, Set<string>> {
  const countryOf = new Map(dataset.places.map((p) => [p.id, p.country]));
  const result = new Map<string, Set<string>>();
  for (const corridor of dataset.corridors) {
    for (const leg of corridor.legs) {
      for (const waypoint of leg.waypoints) {
        const code = countryOf.get(waypoint);
        if (code === undefined) continue;
        const set = result.get(code) ?? new Set<string>();
        set.add(corridor.id);
        result.set(code, set);
      }
    }
  }
  return result;
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

describe('default dataset (data/atlas.json)', () => {
  it('validates against data/atlas.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(loadSchema());
    const valid = validate(loadDataset());
    expect(valid, ajv.errorsText(validate.errors, { separator: '\n' })).toBe(true);
  });

  it('ships data/article.fa.txt byte-identical to the seed article', () => {
    const shipped = readFileSync(dataUrl('article.fa.txt'));
    const seed = readFileSync(seedArticleUrl);
    expect(shipped.equals(seed)).toBe(true);
  });

  it('quotes every source verbatim from the seed article, as trimmed sentences within one paragraph', () => {
    const article = loadSeedArticle();
    const problems = sources(loadDataset()).flatMap(([where, text]) => [
      ...(article.includes(text) ? [] : [`${where}: not a verbatim substring of the article`]),
      ...(text === text.trim() ? [] : [`${where}: has leading or trailing whitespace`]),
      ...(text.includes('\n') ? [`${where}: spans more than one paragraph`] : []),
    ]);
    expect(problems).toEqual([]);
  });

  it('takes the source title from the first line of the article', () => {
    const firstLine = loadSeedArticle().split('\n')[0]?.trim();
    expect(loadDataset().source.title.fa).toBe(firstLine);
  });

  it('uses only valid ISO 3166-1 alpha-3 codes that exist in world-atlas 50m', () => {
    const world = loadWorld50m();
    const ids = new Set(world.objects.countries.geometries.map((g) => String(g.id)));
    const problems = countryCodes(loadDataset()).flatMap(([where, code]) => {
      if (!/^[A-Z]{3}$/.test(code) || !countries.isValid(code))
        return [`${where}: ${code} is not ISO alpha-3`];
      const numeric = countries.alpha3ToNumeric(code);
      return numeric !== undefined && ids.has(numeric)
        ? []
        : [`${where}: ${code} is not in world-atlas 50m`];
    });
    expect(problems).toEqual([]);
  });

  it('has finite coordinates within longitude and latitude range', () => {
    const problems = loadDataset().places.flatMap((p) => {
      const [lon, lat] = p.coordinates;
      const ok =
        p.coordinates.length === 2 &&
        Number.isFinite(lon) &&
        Number.isFinite(lat) &&
        Math.abs(lon) <= 180 &&
        Math.abs(lat) <= 90;
      return ok ? [] : [`${p.id}: ${JSON.stringify(p.coordinates)}`];
    });
    expect(problems).toEqual([]);
  });

  it("puts every place inside its country's polygon in world-atlas 50m", () => {
    const world = loadWorld50m();
    const shapes = feature(world, world.objects.countries).features;
    const problems = loadDataset().places.flatMap((p) => {
      const numeric = countries.alpha3ToNumeric(p.country);
      const shape = shapes.find((f) => String(f.id) === numeric);
      if (shape === undefined) return [`${p.id}: no polygon for ${p.country}`];
      return geoContains(shape, p.coordinates)
        ? []
        : [`${p.id}: ${JSON.stringify(p.coordinates)} is outside ${p.country}`];
    });
    expect(problems).toEqual([]);
  });

  it('marks a place inArticle exactly when the article names it', () => {
    const article = loadSeedArticle();
    const problems = loadDataset().places.flatMap((p) =>
      article.includes(p.name.fa) === p.inArticle
        ? []
        : [`${p.id} (${p.name.fa}): inArticle ${p.inArticle}`],
    );
    expect(problems).toEqual([]);
  });

  it('has unique ids in every collection', () => {
    const dataset = loadDataset();
    expect(duplicates(dataset.places.map((p) => p.id))).toEqual([]);
    expect(duplicates(dataset.events.map((e) => e.id))).toEqual([]);
    expect(duplicates(dataset.corridors.map((c) => c.id))).toEqual([]);
    expect(duplicates(dataset.countries.map((c) => c.code))).toEqual([]);
    for (const corridor of dataset.corridors) {
      expect(duplicates(corridor.legs.map((l) => l.id)), `legs of ${corridor.id}`).toEqual([]);
    }
  });

  it('refers only to places, events and corridors that exist', () => {
    const dataset = loadDataset();
    const placeIds = new Set(dataset.places.map((p) => p.id));
    const eventIds = new Set(dataset.events.map((e) => e.id));
    const corridorIds = new Set(dataset.corridors.map((c) => c.id));
    const problems = [
      ...(placeIds.has(dataset.home) ? [] : [`home: place ${dataset.home}`]),
      ...dataset.events
        .filter((e) => e.place !== null && !placeIds.has(e.place))
        .map((e) => `event ${e.id}: place ${e.place}`),
      ...dataset.corridors
        .filter((c) => !eventIds.has(c.event ?? ''))
        .map((c) => `corridor ${c.id}: event ${c.event}`),
      ...dataset.corridors.flatMap((c) =>
        c.legs.flatMap((l) =>
          l.waypoints
            .filter((w) => !placeIds.has(w))
            .map((w) => `corridor ${c.id} leg ${l.id}: waypoint ${w}`),
        ),
      ),
      ...dataset.countries.flatMap((c) =>
        c.corridors
          .filter((id) => !corridorIds.has(id))
          .map((id) => `country ${c.code}: corridor ${id}`),
      ),
    ];
    expect(problems).toEqual([]);
  });

  it('starts every later leg at a waypoint of an earlier leg, with at least two waypoints per leg', () => {
    const problems = loadDataset().corridors.flatMap((corridor) =>
      corridor.legs.flatMap((leg, i) => {
        const earlier = new Set(corridor.legs.slice(0, i).flatMap((l) => l.waypoints));
        const first = leg.waypoints[0];
        return [
          ...(leg.waypoints.length < 2 ? [`${corridor.id}/${leg.id}: fewer than 2 waypoints`] : []),
          ...(i > 0 && (first === undefined || !earlier.has(first))
            ? [`${corridor.id}/${leg.id}: starts at ${first}, not on an earlier leg`]
            : []),
        ];
      }),
    );
    expect(problems).toEqual([]);
  });

  it("has exactly the article's ten events, in the article's order", () => {
    expect(loadDataset().events.map((e) => e.id)).toEqual(EVENT_IDS);
  });

  it('has exactly the two proposed corridors, both schematic and proposed at the Saudi meeting', () => {
    const corridors = loadDataset().corridors;
    expect(corridors.map((c) => c.id)).toEqual(CORRIDOR_IDS);
    expect(corridors.map((c) => [c.schematic, c.event])).toEqual([
      [true, 'sau'],
      [true, 'sau'],
    ]);
  });

  it('receives every ambassador at home, in Tehran', () => {
    const dataset = loadDataset();
    const embassies = dataset.events.filter((e) => e.kind === 'embassy');
    expect(dataset.home).toBe('tehran');
    expect(embassies.map((e) => e.id)).toEqual(['arm', 'irq', 'sau', 'kor']);
    expect(embassies.map((e) => e.place)).toEqual(['tehran', 'tehran', 'tehran', 'tehran']);
  });

  it('holds every trip away from home', () => {
    const dataset = loadDataset();
    const awayTrips = dataset.events.filter((e) => e.kind === 'trip' && e.place !== dataset.home);
    expect(awayTrips.map((e) => e.id)).toEqual(['kaz', 'ven', 'cub', 'dxb', 'srb']);
  });

  it('gives the Kyrgyz meeting no place, no date and no trip: the article gives none', () => {
    const kgz = loadDataset().events.find((e) => e.id === 'kgz');
    expect(kgz && [kgz.kind, kgz.place, kgz.when]).toEqual(['meeting', null, { year: 1403 }]);
  });

  it('has a countries entry for every event country and every country a corridor passes through', () => {
    const dataset = loadDataset();
    const described = new Set(dataset.countries.map((c) => c.code));
    const needed = new Set([
      ...dataset.events.map((e) => e.country),
      ...corridorsByWaypointCountry(dataset).keys(),
    ]);
    expect([...needed].filter((code) => !described.has(code))).toEqual([]);
  });

  it('lists for each country exactly the corridors that have a waypoint in it', () => {
    const dataset = loadDataset();
    const expected = corridorsByWaypointCountry(dataset);
    const problems = dataset.countries.flatMap((c) => {
      const want = [...(expected.get(c.code) ?? [])].sort();
      const have = [...c.corridors].sort();
      return JSON.stringify(want) === JSON.stringify(have)
        ? []
        : [`${c.code}: lists ${JSON.stringify(have)}, waypoints give ${JSON.stringify(want)}`];
    });
    expect(problems).toEqual([]);
  });

  it('gives the partner role exactly to the countries of events, and corridor roles only to corridor countries', () => {
    const dataset = loadDataset();
    const eventCountries = new Set(dataset.events.map((e) => e.country));
    const problems = dataset.countries.flatMap((c) => [
      ...(c.roles.includes('partner') === eventCountries.has(c.code)
        ? []
        : [`${c.code}: partner role`]),
      ...((c.roles.includes('transit') || c.roles.includes('destination')) &&
      c.corridors.length === 0
        ? [`${c.code}: corridor role without a corridor`]
        : []),
      ...(c.roles.includes('iran') === (c.code === 'IRN') ? [] : [`${c.code}: iran role`]),
    ]);
    expect(problems).toEqual([]);
  });

  it('explains every country the article does not name with a note', () => {
    const missing = loadDataset()
      .countries.filter((c) => !c.inArticle && c.note === undefined)
      .map((c) => c.code);
    expect(missing).toEqual([]);
  });
});
