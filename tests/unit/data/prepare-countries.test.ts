// Unit tests of the build-time country preparation: codes, names, label points, extents and rounding.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countryList from 'virtual:atlas/countries';
import { describe, expect, it } from 'vitest';
import { countryNames, mapName } from '../../../src/build/country-names';
import {
  COORDINATE_DECIMALS,
  prepareCountries,
  type CountryNames,
  type PreparedCountries,
} from '../../../src/build/prepare-countries';
import type { CountryInfo } from '../../../src/data/countries';

type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** A fresh copy of the world-atlas 50m topology. */
function loadWorld50m(): WorldTopology {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  return JSON.parse(readFileSync(path, 'utf8')) as WorldTopology;
}

let world: Readonly<PreparedCountries> | undefined;

/**
 * prepareCountries on world-atlas 50m, as the build runs it. It takes about a third of a second, so
 * it runs once per file; the result is deep-frozen, so no test can change what another one sees.
 */
function preparedWorld(): Readonly<PreparedCountries> {
  world ??= deepFreeze(prepareCountries(loadWorld50m(), countryNames));
  return world;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The world-atlas name of the topology geometry a shape was made from (its feature id). */
function topologyName(featureId: string | number | undefined): string | undefined {
  const geometry = loadWorld50m().objects.countries.geometries[featureId as number];
  return (geometry?.properties as { name?: string } | undefined)?.name;
}

function registryEntry(code: string): CountryInfo {
  const entry = preparedWorld().registry.find((c) => c.code === code);
  if (!entry) throw new Error(`no registry entry for ${code}`);
  return entry;
}

const inBox = ([lon, lat]: readonly number[], [w, s, e, n]: readonly number[]) =>
  (lon as number) >= (w as number) &&
  (lon as number) <= (e as number) &&
  (lat as number) >= (s as number) &&
  (lat as number) <= (n as number);

function positionsOf(geometry: Polygon | MultiPolygon): Position[] {
  return geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
}

/** A closed square ring with its south-west corner at (x, y). */
const square = (x: number, y: number, size: number): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

/** A topology with absolute coordinates (no transform): one arc per ring given. */
function topology(
  geometries: Array<{ id?: string; rings: Position[][] }>,
): Topology<{ countries: GeometryCollection }> {
  const arcs: Position[][] = [];
  return {
    type: 'Topology',
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: geometries.map(({ id, rings }) => {
          const polygons = rings.map((ring) => {
            arcs.push(ring);
            return [[arcs.length - 1]];
          });
          return { type: 'MultiPolygon', arcs: polygons, ...(id === undefined ? {} : { id }) };
        }),
      },
    },
    arcs,
  };
}

describe('prepareCountries on world-atlas 50m', () => {
  it('prepareCountries names SAU "Saudi Arabia" and "عربستان سعودی"', () => {
    expect(registryEntry('SAU').name).toEqual({ en: 'Saudi Arabia', fa: 'عربستان سعودی' });
  });

  it('prepareCountries names KOR "South Korea" in English', () => {
    expect(registryEntry('KOR').name.en).toBe('South Korea');
  });

  it('prepareCountries names IRN "Iran" and "ایران"', () => {
    expect(registryEntry('IRN').name).toEqual({ en: 'Iran', fa: 'ایران' });
  });

  it('prepareCountries gives the registry the app is served (virtual:atlas/countries)', () => {
    expect(preparedWorld().registry).toEqual(countryList);
  });

  it('the registry is sorted by code, each code once', () => {
    const codes = preparedWorld().registry.map((c) => c.code);
    expect(codes).toEqual([...new Set(codes)].sort());
  });

  it("every registry label point lies inside the country's bbox", () => {
    const outside = preparedWorld()
      .registry.filter((c) => !inBox(c.label, c.bbox))
      .map((c) => c.code);
    expect(outside).toEqual([]);
  });

  it('the label of SAU lies near the middle of Saudi Arabia, not on a coast', () => {
    const [lon, lat] = registryEntry('SAU').label;
    expect(lon).toBeGreaterThan(42);
    expect(lon).toBeLessThan(49);
    expect(lat).toBeGreaterThan(21);
    expect(lat).toBeLessThan(27);
  });

  it('every shape coordinate is rounded to COORDINATE_DECIMALS (2) decimals', () => {
    expect(COORDINATE_DECIMALS).toBe(2);
    const unrounded = preparedWorld()
      .shapes.features.flatMap((f) => positionsOf(f.geometry))
      .flat()
      .filter((x) => Math.abs(x * 100 - Math.round(x * 100)) > 1e-6);
    expect(unrounded).toEqual([]);
  });

  it('every registry label is rounded to 2 decimals', () => {
    const unrounded = preparedWorld()
      .registry.flatMap((c) => c.label)
      .filter((x) => Math.abs(x * 100 - Math.round(x * 100)) > 1e-6);
    expect(unrounded).toEqual([]);
  });

  it("shapes without an ISO code (Kosovo, N. Cyprus, …) are drawn with code ''", () => {
    const unnamed = preparedWorld()
      .shapes.features.filter((f) => f.properties.code === '')
      .map((f) => topologyName(f.id))
      .sort();
    expect(unnamed).toEqual([
      'Indian Ocean Ter.',
      'Kosovo',
      'N. Cyprus',
      'Siachen Glacier',
      'Somaliland',
    ]);
  });

  it("a shape's feature id is the index of its geometry in the topology", () => {
    const feature = preparedWorld().shapes.features.find((f) => f.properties.code === 'SAU');
    expect(topologyName(feature?.id)).toBe('Saudi Arabia');
  });

  it('feature ids are unique', () => {
    const ids = preparedWorld().shapes.features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every ISO code of the registry has a shape with that code', () => {
    const shapeCodes = new Set(preparedWorld().shapes.features.map((f) => f.properties.code));
    expect(preparedWorld().registry.filter((c) => !shapeCodes.has(c.code))).toEqual([]);
  });

  // French Guiana is large but far: FRA is framed on metropolitan France (a regression test).
  it("FRA's bbox is metropolitan France's, without French Guiana", () => {
    const [w, s] = registryEntry('FRA').bbox;
    expect(w).toBeGreaterThan(-10);
    expect(s).toBeGreaterThan(40);
  });

  // Countries with parts on both sides of the antimeridian (Fiji, Kiribati, Russia) get one box on
  // their largest part's side, not one spanning the world; only Antarctica, around the pole, does.
  it('no registry bbox spans more than 180° of longitude, except circumpolar Antarctica', () => {
    const wide = preparedWorld()
      .registry.filter(({ bbox: [w, , e] }) => e - w > 180)
      .map((c) => c.code);
    expect(wide).toEqual(['ATA']);
  });

  it("FJI's bbox crosses the antimeridian as one box east of 170°", () => {
    const [w, , e] = registryEntry('FJI').bbox;
    expect(w).toBeGreaterThan(170);
    expect(e).toBeGreaterThan(180);
    expect(e - w).toBeLessThan(15);
  });
});

describe('prepareCountries on small topologies', () => {
  it('prepareCountries rounds to the given number of decimals and drops repeated points', () => {
    const ring = [
      [50.001, 20.004],
      [50.002, 20.001],
      [51.004, 20.002],
      [51.001, 21.001],
      [50.004, 21.003],
      [50.001, 20.004],
    ];
    const { shapes } = prepareCountries(topology([{ id: '682', rings: [ring] }]), countryNames, 1);
    expect(shapes.features[0]?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [50, 20],
          [51, 20],
          [51, 21],
          [50, 21],
          [50, 20],
        ],
      ],
    });
  });

  it('prepareCountries drops parts that round to fewer than 4 points, and shapes with no part left', () => {
    const speck = square(10, 10, 0.001);
    const { shapes, registry } = prepareCountries(
      topology([
        { id: '682', rings: [square(40, 20, 5), speck] },
        { id: '364', rings: [speck] },
      ]),
      countryNames,
    );
    expect(shapes.features.map((f) => [f.id, f.properties.code, f.geometry.type])).toEqual([
      [0, 'SAU', 'Polygon'],
    ]);
    expect(registry.map((c) => c.code)).toEqual(['SAU']);
  });

  it('prepareCountries keeps several parts as a MultiPolygon', () => {
    const { shapes } = prepareCountries(
      topology([{ id: '364', rings: [square(50, 30, 4), square(56, 26, 1)] }]),
      countryNames,
    );
    expect(shapes.features[0]?.geometry.type).toBe('MultiPolygon');
    expect((shapes.features[0]?.geometry as MultiPolygon).coordinates).toHaveLength(2);
  });

  it('the bbox covers parts at least a tenth as large as the largest, and not smaller ones', () => {
    const { registry } = prepareCountries(
      topology([
        {
          id: '364',
          rings: [square(50, 30, 4), square(60, 30, 1.5), square(-20, -20, 1)],
        },
      ]),
      countryNames,
    );
    // 4×4 = 16 sq°: the 1.5×1.5 = 2.25 sq° part is kept, the 1×1 = 1 sq° part is not.
    expect(registry[0]?.bbox).toEqual([50, 30, 61.5, 34]);
  });

  it('the label point is inside the largest part, away from its edges', () => {
    const { registry } = prepareCountries(
      topology([{ id: '364', rings: [square(56, 26, 1), square(50, 30, 4)] }]),
      countryNames,
    );
    const [lon, lat] = registry[0]?.label ?? [];
    expect(lon).toBeCloseTo(52, 1);
    expect(lat).toBeCloseTo(32, 1);
  });

  it("a shape without an id is drawn with code '' and left out of the registry", () => {
    const { shapes, registry } = prepareCountries(
      topology([{ rings: [square(20, 42, 1)] }]),
      countryNames,
    );
    expect(shapes.features.map((f) => f.properties.code)).toEqual(['']);
    expect(registry).toEqual([]);
  });

  it('a country without a name in both languages is drawn but left out of the registry', () => {
    const englishOnly: CountryNames = {
      numericToAlpha3: countryNames.numericToAlpha3,
      name: (code, lang) => (lang === 'en' ? mapName(code, 'en') : undefined),
    };
    const { shapes, registry } = prepareCountries(
      topology([{ id: '682', rings: [square(40, 20, 5)] }]),
      englishOnly,
    );
    expect(shapes.features.map((f) => f.properties.code)).toEqual(['SAU']);
    expect(registry).toEqual([]);
  });

  it('a code met twice gets one registry entry, from its first shape', () => {
    const { shapes, registry } = prepareCountries(
      topology([
        { id: '682', rings: [square(40, 20, 5)] },
        { id: '682', rings: [square(0, 0, 2)] },
      ]),
      countryNames,
    );
    expect(shapes.features.map((f) => f.properties.code)).toEqual(['SAU', 'SAU']);
    expect(registry.map((c) => c.bbox)).toEqual([[40, 20, 45, 25]]);
  });
});

describe('mapName', () => {
  it('mapName uses the short alias ("Iran", "Russia")', () => {
    expect([mapName('IRN', 'en'), mapName('RUS', 'en')]).toEqual(['Iran', 'Russia']);
  });

  it('mapName avoids names with a comma ("Korea, Republic of" → "South Korea")', () => {
    expect(mapName('KOR', 'en')).toBe('South Korea');
  });

  it('mapName gives the Persian name in fa', () => {
    expect(mapName('SAU', 'fa')).toBe('عربستان سعودی');
  });
});
