// Unit tests of the atlas model: indexes, meeting sites, trip arcs, corridor geometry and country lookups.
import { readFileSync } from 'node:fs';
import countryList from 'virtual:atlas/countries';
import { describe, expect, it } from 'vitest';
import { buildModel, eventsOf, primaryRole, type AtlasModel } from '../../../src/data/atlas-model';
import { indexCountries } from '../../../src/data/countries';
import { parseDataset } from '../../../src/data/parse-dataset';
import type { AtlasEvent, Dataset, Place } from '../../../src/dataset';

function loadDataset(): Dataset {
  const text = readFileSync(new URL('../../../data/atlas.json', import.meta.url), 'utf8');
  return JSON.parse(text) as Dataset;
}

/** The model of the default dataset, built afresh for each test. */
function loadModel(): AtlasModel {
  const registry = indexCountries(countryList);
  const parsed = parseDataset(loadDataset(), registry);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return buildModel(parsed.value, registry);
}

const text = (en: string) => ({ fa: en, en });

const place = (id: string, country: string, coordinates: [number, number]): Place => ({
  id,
  name: text(id),
  country,
  coordinates,
  inArticle: true,
});

const event = (id: string, kind: AtlasEvent['kind'], country: string, at: string): AtlasEvent => ({
  id,
  kind,
  title: text(`Event ${id}`),
  country,
  place: at,
  when: { year: 1403 },
  counterparts: [],
  topics: [],
  summary: text('Summary'),
  source: 'منبع',
});

/** A small dataset: home in Tehran, two trips to one place, one elsewhere, and an embassy meeting. */
function tinyDataset(): Dataset {
  return {
    version: 1,
    title: text('Tiny'),
    source: { title: text('Article'), publisher: text('Publisher') },
    home: 'tehran',
    places: [
      place('tehran', 'IRN', [51.389, 35.689]),
      place('astana', 'KAZ', [71.449, 51.169]),
      place('dubai', 'ARE', [55.35, 25.2]),
    ],
    events: [
      event('one', 'trip', 'KAZ', 'astana'),
      event('two', 'embassy', 'SAU', 'tehran'),
      event('three', 'trip', 'KGZ', 'astana'),
      event('four', 'trip', 'ARE', 'dubai'),
    ],
    corridors: [],
    countries: [],
  };
}

function tinyModel(): AtlasModel {
  return buildModel(tinyDataset(), indexCountries(countryList));
}

describe('buildModel', () => {
  it('buildModel indexes places, events, corridors and countries by id', () => {
    const model = loadModel();
    expect(model.places.get('riyadh')?.country).toBe('SAU');
    expect(model.events.get('sau')?.place).toBe('tehran');
    expect([...model.corridors.keys()]).toEqual(['south-west', 'north-east']);
    expect(model.countries.get('AFG')?.roles).toEqual(['transit']);
  });

  it('buildModel finds the home place (Tehran)', () => {
    expect(loadModel().home.id).toBe('tehran');
  });

  it('buildModel throws when home is not a place', () => {
    const dataset = tinyDataset();
    dataset.home = 'qom';
    expect(() => buildModel(dataset, indexCountries(countryList))).toThrow(
      'home place "qom" is not in places',
    );
  });

  it('buildModel throws when an event is held at an unknown place', () => {
    const dataset = tinyDataset();
    dataset.events.push(event('five', 'trip', 'FRA', 'paris'));
    expect(() => buildModel(dataset, indexCountries(countryList))).toThrow(
      'event five: place "paris" is not in places',
    );
  });

  it('trips go from home to each distinct place of a trip, in article order', () => {
    const model = loadModel();
    expect(model.trips.map((trip) => [trip.from.id, trip.to.id])).toEqual([
      ['tehran', 'astana'],
      ['tehran', 'caracas'],
      ['tehran', 'havana'],
      ['tehran', 'dubai'],
      ['tehran', 'belgrade'],
    ]);
  });

  it('a place visited on two trips gets one arc, carrying the first of its events', () => {
    expect(tinyModel().trips.map((trip) => [trip.to.id, trip.event.id])).toEqual([
      ['astana', 'one'],
      ['dubai', 'four'],
    ]);
  });

  it('embassy meetings draw no trip arc', () => {
    expect(tinyModel().trips.some((trip) => trip.event.kind === 'embassy')).toBe(false);
  });

  it('sites group the events held at each place, in article order', () => {
    expect(loadModel().sites.map((site) => [site.place.id, site.events.map((e) => e.id)])).toEqual([
      ['astana', ['kaz']],
      ['caracas', ['ven']],
      ['havana', ['cub']],
      ['dubai', ['dxb']],
      ['belgrade', ['srb']],
      ['tehran', ['arm', 'irq', 'sau', 'kor']],
    ]);
  });

  it('sites of a small dataset include the home place when meetings were held there', () => {
    expect(tinyModel().sites.map((site) => [site.place.id, site.events.length])).toEqual([
      ['astana', 2],
      ['tehran', 1],
      ['dubai', 1],
    ]);
  });

  it('geometry has one entry per corridor, and legs lists all their legs in order', () => {
    const model = loadModel();
    expect([...model.geometry.keys()]).toEqual(['south-west', 'north-east']);
    expect(model.legs.map((leg) => leg.legId)).toEqual([
      'iran-saudi',
      'mediterranean',
      'africa',
      'saudi-iran',
      'afghanistan-china',
      'central-asia',
      'tajikistan',
      'turkmenistan',
      'caucasus',
      'azerbaijan',
    ]);
  });

  it("reachKm is the longest corridor's reach", () => {
    const model = loadModel();
    expect(model.reachKm).toBe(
      Math.max(...[...model.geometry.values()].map((geometry) => geometry.reachKm)),
    );
    expect(model.reachKm).toBe(model.geometry.get('north-east')?.reachKm);
  });

  it('a dataset without corridors has no legs and a reach of 0 km', () => {
    const model = tinyModel();
    expect(model.legs).toEqual([]);
    expect(model.reachKm).toBe(0);
  });
});

describe('eventsOf', () => {
  it("eventsOf(model, 'IRN') has no meeting with Iran, and the four held in it", () => {
    const { with: withIran, heldIn } = eventsOf(loadModel(), 'IRN');
    expect(withIran).toEqual([]);
    expect(heldIn.map((e) => e.id)).toEqual(['arm', 'irq', 'sau', 'kor']);
  });

  it("eventsOf(model, 'KAZ') has the meeting with Kazakhstan and not the Kyrgyz one, whose place the article does not give", () => {
    const { with: withKaz, heldIn } = eventsOf(loadModel(), 'KAZ');
    expect(withKaz.map((e) => e.id)).toEqual(['kaz']);
    expect(heldIn.map((e) => e.id)).toEqual([]);
  });

  it("eventsOf(model, 'KGZ') has the Kyrgyz meeting, with no place", () => {
    const { with: withKgz } = eventsOf(loadModel(), 'KGZ');
    expect(withKgz.map((e) => [e.id, e.place])).toEqual([['kgz', null]]);
  });

  it("eventsOf(model, 'ARE') holds the Dubai event in the UAE, not with it: its officials have no stated nationality", () => {
    const { with: withUae, heldIn } = eventsOf(loadModel(), 'ARE');
    expect(withUae).toEqual([]);
    expect(heldIn.map((e) => e.id)).toEqual(['dxb']);
  });

  it("eventsOf(model, 'SAU') has the ambassador's meeting, held in Tehran", () => {
    const { with: withSaudi, heldIn } = eventsOf(loadModel(), 'SAU');
    expect(withSaudi.map((e) => e.id)).toEqual(['sau']);
    expect(heldIn).toEqual([]);
  });

  it('eventsOf a country with no meetings (CHN) is empty', () => {
    expect(eventsOf(loadModel(), 'CHN')).toEqual({ with: [], heldIn: [] });
  });
});

describe('primaryRole', () => {
  it("primaryRole(model, 'SAU') is its first role, partner", () => {
    expect(primaryRole(loadModel(), 'SAU')).toBe('partner');
  });

  it("primaryRole(model, 'IRN') is iran and primaryRole(model, 'AFG') is transit", () => {
    const model = loadModel();
    expect([primaryRole(model, 'IRN'), primaryRole(model, 'AFG')]).toEqual(['iran', 'transit']);
  });

  it('primaryRole of a country the dataset does not describe is null', () => {
    expect(primaryRole(loadModel(), 'FRA')).toBeNull();
  });
});
