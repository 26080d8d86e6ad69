// Point features of a GeoJSON import: each a meeting, at a place shared by position.
import { isValidJalaaliDate, jalaaliMonthLength, toJalaali } from 'jalaali-js';
import type {
  AtlasEvent,
  Bilingual,
  EventKind,
  ExtraProperties,
  Iso3,
  JalaliPeriod,
  LonLat,
  Season,
  Style,
} from '../../dataset';
import { toLatinDigits } from '../../i18n/format';
import { maybeIsoDate } from '../../i18n/iso-date';
import { isJalaliYear } from '../../i18n/jalali-period';
import { countryFit, countryLocator } from './geo-checks';
import type { CountryRoles } from './geojson-countries';
import { countryNameOf, type PlaceIndex } from './geojson-places';
import {
  bilingualNames,
  NO_SOURCE,
  positionsInRange,
  textPair,
  type DraftId,
  type FeatureInput,
  type FeatureReader,
} from './geojson-properties';
import { extraProperties, guessedName, NAME_KEYS, STYLE_KEYS, styleOf } from './geojson-style';
import { own, type JsonObject } from './json-values';
import type { CountryRegistry } from '../countries';

/** The properties a Point feature reads; any other is reported as unknown. */
const MEETING_PROPERTIES: ReadonlySet<string> = new Set([
  'id',
  'country',
  'date',
  'kind',
  'source',
  'topics',
  'description',
  ...['name', 'title', 'place', 'summary', 'counterpart', 'office'].flatMap(bilingualNames),
  ...NAME_KEYS,
  ...STYLE_KEYS,
]);

const PARTS = ['early', 'mid', 'late'] as const;
/** A Jalali year, year and month, or day, written with hyphens. */
const JALALI_FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** A season of a Jalali year, and the third of it: `1403-autumn`, `1403-autumn-early`. */
const SEASON_FORM = /^(\d{4})-(spring|summer|autumn|winter)(?:-(early|mid|late))?$/;
/** The time that may follow a Gregorian day: `T10:00:00Z`, `T10:00+03:30`. */
const TIME_FORM = /^T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?$/;

/** The period of a Jalali day: its month, and the third of the month it falls in. */
function dayPeriod(jy: number, jm: number, jd: number): JalaliPeriod {
  const n = jalaaliMonthLength(jy, jm);
  const index = jd - 1 < Math.floor(n / 3) ? 0 : jd - 1 < Math.floor((2 * n) / 3) ? 1 : 2;
  return { year: jy, month: jm, part: PARTS[index] };
}

/**
 * Reads a meeting's `date` as a Jalali period. A year from 1300 to 1500 is Jalali (Solar Hijri):
 * `1403`, `1403-11` or `1403-11-05`. Any other year is Gregorian and must be a whole day,
 * `2025-01-24` (a time after it is ignored), because a Gregorian month or year straddles two Jalali
 * ones. A day keeps the third of its month it falls in (`part`): the model is no finer. A season
 * of a Jalali year is `1403-autumn` (spring, summer, autumn, winter), a third of it
 * `1403-autumn-early`. Persian digits read as digits.
 *
 * @example
 * parseMeetingDate('2025-01-24'); // { year: 1403, month: 11, part: 'early' }
 * parseMeetingDate('1403-07');    // { year: 1403, month: 7 }
 * parseMeetingDate('۱۴۰۳-autumn'); // { year: 1403, season: 'autumn' }
 * parseMeetingDate('2025-02-30'); // "date.invalid"
 */
export function parseMeetingDate(
  value: string | number,
): JalaliPeriod | 'date.invalid' | 'date.out-of-range' {
  const text = toLatinDigits(String(value)).trim();
  const season = SEASON_FORM.exec(text);
  if (season) {
    const year = Number(season[1]);
    if (!isJalaliYear(year)) return 'date.out-of-range';
    const part = season[3] as (typeof PARTS)[number] | undefined;
    return { year, season: season[2] as Season, ...(part ? { part } : {}) };
  }
  // A time may follow a whole day only: `2024-06-21T10:00:00Z`.
  const day = text.length > 10 && text[10] === 'T' ? text.slice(0, 10) : text;
  if (day !== text && !TIME_FORM.test(text.slice(10))) return 'date.invalid';
  const jalali = JALALI_FORM.exec(day);
  if (jalali) {
    const [year, month, dayOfMonth] = [jalali[1], jalali[2], jalali[3]].map((s) =>
      s === undefined ? undefined : Number(s),
    ) as [number, number | undefined, number | undefined];
    if (isJalaliYear(year)) {
      if (month === undefined) return { year };
      if (month < 1 || month > 12) return 'date.invalid';
      if (dayOfMonth === undefined) return { year, month };
      return isValidJalaaliDate(year, month, dayOfMonth)
        ? dayPeriod(year, month, dayOfMonth)
        : 'date.invalid';
    }
  }
  if (maybeIsoDate(day) === null) return 'date.invalid';
  const [gy, gm, gd] = day.split('-').map(Number) as [number, number, number];
  const { jy, jm, jd } = toJalaali(gy, gm, gd);
  if (!isJalaliYear(jy)) return 'date.out-of-range';
  return dayPeriod(jy, jm, jd);
}

/** A Point feature read and checked, before places are shared out. */
export interface MeetingDraft extends DraftId {
  index: number;
  kind: EventKind;
  country: Iso3;
  when: JalaliPeriod;
  point: LonLat;
  title?: Bilingual;
  place?: Bilingual;
  summary?: Bilingual;
  counterpart?: Bilingual;
  office?: Bilingual;
  topics: Bilingual[];
  source?: string;
  style?: Style;
  properties?: ExtraProperties;
}

/** A meeting's `date`; undefined when absent or unreadable (an error). */
function readWhen(reader: FeatureReader, props: JsonObject, propsBase: string) {
  const value = own(props, 'date');
  if (value === undefined || value === null) {
    reader.report('error', 'property.missing', propsBase, { property: 'date' });
    return undefined;
  }
  if (typeof value !== 'string' && typeof value !== 'number') {
    reader.report('error', 'date.invalid', `${propsBase}/date`, {
      value: JSON.stringify(value) ?? '',
    });
    return undefined;
  }
  const parsed = parseMeetingDate(value);
  if (typeof parsed !== 'string') return parsed;
  reader.report('error', parsed, `${propsBase}/date`, { value: String(value) });
  return undefined;
}

/** A meeting's `topics`: one text or a list; items that are not text are left out (a warning). */
function readTopics(reader: FeatureReader, props: JsonObject, propsBase: string): Bilingual[] {
  const topics: Bilingual[] = [];
  const value = own(props, 'topics');
  if (value === undefined || value === null) return topics;
  const list: unknown[] = Array.isArray(value) ? value : [value];
  list.forEach((item, i) => {
    const topic = textPair(item);
    if (topic) topics.push(topic);
    else {
      const at = Array.isArray(value) ? `/${i}` : '';
      reader.report('warning', 'property.invalid', `${propsBase}/topics${at}`, {
        property: 'topics',
        expected: 'text',
      });
    }
  });
  return topics;
}

/** Warns when a trip's point is not in its country, or is in it with latitude and longitude swapped. */
function checkPointInCountry(input: FeatureInput, country: Iso3, point: LonLat): void {
  const fit = countryFit(input.registry, country, point);
  if (fit !== 'swapped' && fit !== 'outside') return;
  input.reader.report(
    'warning',
    fit === 'swapped' ? 'coordinates.swapped' : 'coordinates.outside-country',
    input.coordsBase,
    { lon: point[0], lat: point[1], code: country },
  );
}

/**
 * Reads a Point feature as a meeting; undefined when it cannot be one (its problems reported).
 *
 * @example
 * const draft = readMeeting(input); // input: a FeatureInput of a Point feature
 */
export function readMeeting(input: FeatureInput): MeetingDraft | undefined {
  const { reader, props, propsBase, registry } = input;
  const position = input.coordinates as number[];
  if (!positionsInRange(reader, [position], () => input.coordsBase)) return undefined;
  const point: LonLat = [position[0] as number, position[1] as number];
  reader.hostileProperties(props, propsBase);
  const countryValue = own(props, 'country');
  let country: Iso3 | undefined;
  if (countryValue === undefined || countryValue === null) {
    reader.report('error', 'property.missing', propsBase, { property: 'country' });
  } else {
    country = reader.country(countryValue, `${propsBase}/country`, 'error', registry);
  }
  const when = readWhen(reader, props, propsBase);
  const kindValue = own(props, 'kind');
  let kind: EventKind = 'trip';
  if (kindValue === 'trip' || kindValue === 'embassy') kind = kindValue;
  else if (kindValue !== undefined && kindValue !== null) {
    reader.report('warning', 'property.invalid', `${propsBase}/kind`, {
      property: 'kind',
      expected: 'kind',
    });
  }
  const texts: Partial<
    Record<'title' | 'place' | 'summary' | 'counterpart' | 'office', Bilingual>
  > = {};
  for (const name of ['title', 'place', 'summary', 'counterpart', 'office'] as const) {
    const text = reader.bilingual(props, name, propsBase, false);
    if (text) texts[name] = text;
  }
  const source = reader.text(props, 'source', propsBase);
  const topics = readTopics(reader, props, propsBase);
  // Other tools' names and descriptions: the place's name, the meeting's summary.
  const guessed = guessedName(props);
  texts.place ??=
    reader.bilingual(props, 'name', propsBase, false) ??
    (guessed && guessed.key !== 'id' && guessed.key !== 'title'
      ? { en: guessed.text, fa: guessed.text }
      : undefined);
  if (texts.place === undefined) delete texts.place;
  texts.summary ??= reader.bilingual(props, 'description', propsBase, false);
  if (texts.summary === undefined) delete texts.summary;
  const style = styleOf(props, 'point');
  const properties = extraProperties(props, MEETING_PROPERTIES);
  if (country === undefined || when === undefined) return undefined;
  if (kind === 'trip') checkPointInCountry(input, country, point);
  return {
    index: input.index,
    ...input.idOf('meeting'),
    kind,
    country,
    when,
    point,
    topics,
    ...texts,
    ...(source ? { source } : {}),
    ...(style ? { style } : {}),
    ...(properties ? { properties } : {}),
  };
}

/**
 * The meetings as events, each at the place at its point (made when there is none yet); each
 * meeting's country becomes a partner.
 *
 * @example
 * const events = buildEvents(meetings, places, roles, registry);
 */
export function buildEvents(
  meetings: readonly MeetingDraft[],
  places: PlaceIndex,
  roles: CountryRoles,
  registry: CountryRegistry,
): AtlasEvent[] {
  const locate = countryLocator(registry);
  const countryName = countryNameOf(registry);
  return meetings.map((m) => {
    const place =
      places.at(m.point) ??
      places.add({
        id: `${m.id}-place`,
        name: m.place ?? countryName(m.country),
        country:
          countryFit(registry, m.country, m.point) === 'inside' ? m.country : locate(m.point),
        coordinates: m.point,
        inArticle: false,
        ...(m.style ? { style: m.style } : {}),
      });
    roles.add(m.country, 'partner');
    const with_ = countryName(m.country);
    const title = m.title ?? { en: `Meeting with ${with_.en}`, fa: `دیدار با ${with_.fa}` };
    return {
      id: m.id,
      kind: m.kind,
      title,
      country: m.country,
      place: place.id,
      when: m.when,
      counterparts:
        m.counterpart || m.office
          ? [
              {
                name: m.counterpart ?? null,
                office: m.office ?? { en: 'Representative', fa: 'نماینده' },
                country: m.country,
              },
            ]
          : [],
      topics: m.topics,
      summary: m.summary ?? title,
      source: m.source ?? NO_SOURCE,
      ...(m.properties ? { properties: m.properties } : {}),
    };
  });
}
