// Bench data, in Node: synthetic datasets for the scale runs, checked by the app's own runtime check,
// and the corridors' paths and timestamps (and the meeting places' halos) computed by the app's own code
// for the baseline.
// Loaded by bench/pages/build.mjs through Vite's module runner, with the atlas plugin serving the virtual modules.
import countryList from 'virtual:atlas/countries';
import { indexCountries } from '../../src/data/countries';
import { modelFromJson } from '../../src/data/load-model';
import type { Corridor, Dataset, Place } from '../../src/dataset';
import { greatCircleKm } from '../../src/geo/geodesic';
import { meetingRadius } from '../../src/theme';
import { homeBounds } from '../../src/data/framing';

/** One leg as the baseline draws it: the app's geodesic path and timestamps (km from the origin). */
export interface BaselineLeg {
  corridorId: string;
  path: [number, number][];
  timestamps: number[];
}

/**
 * One meeting place's halo as the baseline draws it with `&halos=1`: the app's position and radius.
 * `active`: whether it pulses; with no timeline date (the app's start) every place does.
 */
export interface BaselineSite {
  position: [number, number];
  radius: number;
  active: boolean;
}

/** What the baseline page loads: the legs, the halos, and the default framing the app computes. */
export interface BaselineData {
  corridors: number;
  legs: BaselineLeg[];
  sites: BaselineSite[];
  bounds: [[number, number], [number, number]];
}

/** Figures of a dataset, for the report. */
export interface DatasetFacts {
  corridors: number;
  legs: number;
  vertices: number;
  places: number;
}

const registry = indexCountries(countryList);

/** A small seeded PRNG (mulberry32): the same seed gives the same datasets on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/**
 * The default dataset with `total` corridors: its own two, then synthetic ones between generated
 * waypoints in the region of the default view (lon 25–75°, lat 12–48°). Events, countries and the story
 * are kept, so the app starts as usual. Seeded: the same `total` and `seed` give the same dataset.
 *
 * @example
 * const big = syntheticDataset(JSON.parse(text), 10_000, 1403);
 */
export function syntheticDataset(base: Dataset, total: number, seed: number): Dataset {
  const rand = random(seed + total);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const labels = [...registry.values()];
  const countryAt = (lon: number, lat: number) => {
    let best = labels[0];
    let bestKm = Infinity;
    for (const info of labels) {
      const km = greatCircleKm([lon, lat], info.label);
      if (km < bestKm) [best, bestKm] = [info, km];
    }
    return best?.code ?? 'IRN';
  };
  const placeCount = Math.min(3000, Math.max(40, Math.ceil(total / 4)));
  const places: Place[] = [];
  for (let i = 0; i < placeCount; i++) {
    const lon = round(25 + rand() * 50, 3);
    const lat = round(12 + rand() * 36, 3);
    places.push({
      id: `bench-place-${i}`,
      name: { fa: `نقطه ${i}`, en: `Waypoint ${i}` },
      country: countryAt(lon, lat),
      coordinates: [lon, lat],
      inArticle: false,
    });
  }
  // The next waypoint: a place 300–1,500 km away when one is found in a few tries, else any.
  const next = (from: Place, used: Set<string>): Place => {
    let candidate = pick(places);
    for (let k = 0; k < 24; k++) {
      const km = greatCircleKm(from.coordinates, candidate.coordinates);
      if (!used.has(candidate.id) && km >= 300 && km <= 1500) break;
      candidate = pick(places);
    }
    return candidate;
  };
  const template = base.corridors[0];
  if (!template) throw new Error('the default dataset has no corridor to copy from');
  const corridors: Corridor[] = [...base.corridors].slice(0, total);
  for (let i = corridors.length; i < total; i++) {
    const first = pick(places);
    const used = new Set([first.id]);
    const main = [first];
    const steps = 1 + Math.floor(rand() * 3);
    for (let k = 0; k < steps; k++) {
      const place = next(main[main.length - 1] as Place, used);
      used.add(place.id);
      main.push(place);
    }
    const legs: Corridor['legs'] = [
      { id: 'main', name: { fa: 'شاخه اصلی', en: 'Main' }, waypoints: main.map((p) => p.id) },
    ];
    if (rand() < 0.3) {
      const from = pick(main);
      const to = next(from, used);
      legs.push({ id: 'branch', name: { fa: 'شاخه', en: 'Branch' }, waypoints: [from.id, to.id] });
    }
    corridors.push({
      id: `bench-corridor-${i}`,
      name: { fa: `کریدور آزمایشی ${i}`, en: `Bench corridor ${i}` },
      summary: { fa: 'کریدور ساختگی برای سنجش کارایی.', en: 'Synthetic corridor for the bench.' },
      schematic: true,
      event: template.event,
      legs,
      source: 'ترانزیت داده',
    });
  }
  return { ...base, places: [...base.places, ...places], corridors };
}

/**
 * Runs the app's runtime dataset check (schema, references, codes) and builds its model, as the app
 * does at start; returns the baseline's data (the same legs, paths and timestamps) and the figures.
 * Throws with the app's own problem list when the dataset would not start.
 *
 * @example
 * const { data, facts } = prepareDataset(dataset);
 */
export function prepareDataset(input: unknown): { data: BaselineData; facts: DatasetFacts } {
  const loaded = modelFromJson(input, registry);
  if (!loaded.ok) {
    const lines = loaded.errors.slice(0, 10).map((e) => `${e.path}: ${e.message}`);
    throw new Error(`the app would reject this dataset:\n${lines.join('\n')}`);
  }
  const model = loaded.value;
  // Rounded to 1e-6° (about 0.1 m) and 1 m: the same lines on screen, a third of the JSON.
  const legs = model.legs.map((leg) => ({
    corridorId: leg.corridorId,
    path: leg.path.map(([lon, lat]) => [round(lon, 6), round(lat, 6)] as [number, number]),
    timestamps: leg.timestamps.map((km) => round(km, 3)),
  }));
  return {
    data: {
      corridors: model.corridors.size,
      legs,
      sites: model.sites.map((site) => ({
        position: site.place.coordinates,
        radius: meetingRadius(site),
        active: true,
      })),
      bounds: homeBounds(model),
    },
    facts: {
      corridors: model.corridors.size,
      legs: model.legs.length,
      vertices: model.legs.reduce((sum, leg) => sum + leg.path.length, 0),
      places: model.places.size,
    },
  };
}
