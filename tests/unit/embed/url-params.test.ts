// Unit tests of the URL contract: parsing parameters with warnings, writing them back, and the start state.
import countryList from 'virtual:atlas/countries';
import { describe, expect, it } from 'vitest';
import { indexCountries } from '../../../src/data/countries';
import {
  parseUrl,
  parseView,
  preferredLanguage,
  stateFromRequest,
  writeUrl,
  type UrlContext,
} from '../../../src/embed/url-params';
import { initialState, reduce, type State } from '../../../src/state/state';

/** The context the app builds: the real country registry and the default dataset's corridors. */
function context(): UrlContext {
  const registry = indexCountries(countryList);
  const corridors = new Set(['south-west', 'north-east']);
  return {
    isCountry: (code) => registry.has(code),
    isCorridor: (id) => corridors.has(id),
    steps: 17,
    timeRange: { start: '2024-03-20', end: '2025-03-20' },
  };
}

const view = (longitude: number, latitude: number, zoom: number, bearing = 0, pitch = 0) => ({
  longitude,
  latitude,
  zoom,
  bearing,
  pitch,
});

/** A state as the app would have it after the user chose things. */
function stateWith(changes: Partial<State>): State {
  return { ...initialState('en'), ...changes };
}

/** The request and the console warnings of a parse (the on-screen list has tests of its own). */
const warningsOf = ({ request, warnings }: ReturnType<typeof parseUrl>) => ({ request, warnings });

describe('parseView', () => {
  it('parseView("45,24,4") gives a view with bearing and pitch 0', () => {
    expect(parseView('45,24,4')).toEqual(view(45, 24, 4));
  });

  it('parseView reads bearing and pitch when five numbers are given', () => {
    expect(parseView('-66.9,10.5,5.25,-30,45')).toEqual(view(-66.9, 10.5, 5.25, -30, 45));
  });

  it('parseView rejects two numbers with a sentence naming the expected form', () => {
    expect(parseView('45,24')).toBe(
      'view must be LON,LAT,ZOOM or LON,LAT,ZOOM,BEARING,PITCH; got "45,24"',
    );
  });

  it('parseView rejects four numbers', () => {
    expect(typeof parseView('45,24,4,10')).toBe('string');
  });

  it('parseView rejects a latitude of 95, naming the latitude and its range', () => {
    expect(parseView('45,95,4')).toBe(
      'view latitude must be a number from -85.051129 to 85.051129; got "95"',
    );
  });

  it('parseView rejects a longitude beyond 180', () => {
    expect(parseView('181,0,4')).toBe(
      'view longitude must be a number from -180 to 180; got "181"',
    );
  });

  it('parseView rejects a zoom beyond 22', () => {
    expect(parseView('0,0,23')).toBe('view zoom must be a number from 0 to 22; got "23"');
  });

  it('parseView rejects a pitch beyond 85', () => {
    expect(parseView('0,0,3,0,90')).toBe('view pitch must be a number from 0 to 85; got "90"');
  });

  it('parseView rejects NaN and empty pieces', () => {
    expect(parseView('NaN,24,4')).toBe(
      'view longitude must be a number from -180 to 180; got "NaN"',
    );
    expect(parseView('45,,4')).toBe(
      'view latitude must be a number from -85.051129 to 85.051129; got ""',
    );
  });

  it('parseView rejects pieces that are not numbers', () => {
    expect(parseView('45,24,far')).toBe('view zoom must be a number from 0 to 22; got "far"');
  });
});

describe('parseUrl', () => {
  it('parseUrl reads every valid parameter without warnings', () => {
    expect(
      warningsOf(
        parseUrl('?lang=fa&country=SAU&corridor=north-east&view=45,24,4&motion=off', context()),
      ),
    ).toEqual({
      request: {
        lang: 'fa',
        country: 'SAU',
        corridor: 'north-east',
        view: view(45, 24, 4),
        motion: false,
      },
      warnings: [],
    });
  });

  it('parseUrl lists each ignored parameter with the value given, for the message on screen', () => {
    expect(parseUrl('?lang=de&country=XXX&view=1,2&step=99&motion=off', context()).ignored).toEqual(
      [
        { name: 'lang', value: 'de' },
        { name: 'country', value: 'XXX' },
        { name: 'view', value: '1,2' },
        { name: 'step', value: '99' },
      ],
    );
  });

  it('parseUrl of an empty query string asks for nothing', () => {
    expect(warningsOf(parseUrl('', context()))).toEqual({ request: {}, warnings: [] });
  });

  it('parseUrl reads a URL-encoded view (commas as %2C)', () => {
    expect(warningsOf(parseUrl('?view=45%2C24%2C4', context())).request.view).toEqual(
      view(45, 24, 4),
    );
  });

  it('parseUrl ignores lang=de with a warning naming lang', () => {
    expect(warningsOf(parseUrl('?lang=de', context()))).toEqual({
      request: {},
      warnings: ['Corridor Atlas: ignored URL parameter lang: expected "fa" or "en", got "de"'],
    });
  });

  it('parseUrl ignores country=XXX (well formed but unknown) with a warning naming country', () => {
    expect(warningsOf(parseUrl('?country=XXX', context()))).toEqual({
      request: {},
      warnings: [
        'Corridor Atlas: ignored URL parameter country: "XXX" is not a known ISO 3166-1 alpha-3 code',
      ],
    });
  });

  it('parseUrl accepts a known country code in lower case (sau → SAU)', () => {
    expect(warningsOf(parseUrl('?country=sau', context()))).toEqual({
      request: { country: 'SAU' },
      warnings: [],
    });
  });

  it('parseUrl ignores a country that is not three letters', () => {
    const { request, warnings } = parseUrl('?country=SA', context());
    expect(request).toEqual({});
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('parameter country:');
  });

  it('parseUrl ignores corridor=nope with a warning naming corridor', () => {
    expect(warningsOf(parseUrl('?corridor=nope', context()))).toEqual({
      request: {},
      warnings: ['Corridor Atlas: ignored URL parameter corridor: no corridor has the id "nope"'],
    });
  });

  it('parseUrl ignores a view with 2 numbers with a warning naming view', () => {
    const { request, warnings } = parseUrl('?view=45,24', context());
    expect(request).toEqual({});
    expect(warnings).toEqual([
      'Corridor Atlas: ignored URL parameter view: view must be LON,LAT,ZOOM or LON,LAT,ZOOM,BEARING,PITCH; got "45,24"',
    ]);
  });

  it('parseUrl ignores a view with latitude 95 with a warning naming view', () => {
    const { request, warnings } = parseUrl('?view=45,95,4', context());
    expect(request).toEqual({});
    expect(warnings).toEqual([
      'Corridor Atlas: ignored URL parameter view: view latitude must be a number from -85.051129 to 85.051129; got "95"',
    ]);
  });

  it('parseUrl ignores a view with NaN pieces with a warning naming view', () => {
    const { request, warnings } = parseUrl('?view=NaN,NaN,NaN', context());
    expect(request).toEqual({});
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Corridor Atlas: ignored URL parameter view: /);
  });

  it('parseUrl ignores motion=on with a warning naming motion', () => {
    expect(warningsOf(parseUrl('?motion=on', context()))).toEqual({
      request: {},
      warnings: ['Corridor Atlas: ignored URL parameter motion: the only value is "off", got "on"'],
    });
  });

  it('parseUrl keeps the valid parameters when others are invalid', () => {
    const { request, warnings } = parseUrl('?lang=de&country=KAZ&corridor=nope', context());
    expect(request).toEqual({ country: 'KAZ' });
    expect(warnings).toHaveLength(2);
  });

  it('parseUrl ignores unknown parameters silently', () => {
    expect(warningsOf(parseUrl('?utm_source=newsletter&zoom=4&foo', context()))).toEqual({
      request: {},
      warnings: [],
    });
  });

  it('parseUrl treats a hostile value as text and only names it in the warning', () => {
    const { request, warnings } = parseUrl(
      `?corridor=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
      context(),
    );
    expect(request).toEqual({});
    expect(warnings).toEqual([
      'Corridor Atlas: ignored URL parameter corridor: no corridor has the id "<img src=x onerror=alert(1)>"',
    ]);
  });
});

describe('writeUrl', () => {
  it("writeUrl keeps a host page's own parameters and adds lang and country", () => {
    expect(writeUrl('?utm=x', stateWith({ lang: 'fa', selectedCountry: 'SAU' }))).toBe(
      '?utm=x&lang=fa&country=SAU',
    );
  });

  it('writeUrl writes data= for a dataset from a URL and drops it for a file or the default', () => {
    const url = 'https://atlas.example/data/mine.json';
    expect(writeUrl('', stateWith({ dataSource: { kind: 'url', url } }))).toBe(
      `?lang=en&data=${encodeURIComponent(url)}`,
    );
    expect(writeUrl(`?data=x.json`, stateWith({ dataSource: { kind: 'file', name: 'a' } }))).toBe(
      '?lang=en',
    );
    expect(writeUrl(`?data=x.json`, initialState('en'))).toBe('?lang=en');
  });

  it('writeUrl always writes lang, even in the initial state', () => {
    expect(writeUrl('', initialState('en'))).toBe('?lang=en');
  });

  it('writeUrl drops country when nothing is selected', () => {
    expect(writeUrl('?lang=en&country=SAU', initialState('en'))).toBe('?lang=en');
  });

  it('writeUrl writes and drops the highlighted corridor', () => {
    expect(writeUrl('', stateWith({ corridor: 'south-west' }))).toBe(
      '?lang=en&corridor=south-west',
    );
    expect(writeUrl('?corridor=south-west', initialState('en'))).toBe('?lang=en');
  });

  it('writeUrl writes the view rounded: 4 decimals for the centre, 2 for the zoom', () => {
    const url = writeUrl('', stateWith({ view: view(45.123456, 24.987654, 4.56789) }));
    expect(new URLSearchParams(url).get('view')).toBe('45.1235,24.9877,4.57');
  });

  it('writeUrl adds bearing and pitch, rounded to 1 decimal, when either is not zero', () => {
    const url = writeUrl('', stateWith({ view: view(45, 24, 4, 0, 30.04) }));
    expect(new URLSearchParams(url).get('view')).toBe('45,24,4,0,30');
  });

  it('writeUrl leaves out bearing and pitch that round to zero', () => {
    const url = writeUrl('', stateWith({ view: view(45, 24, 4, -0.04, 0.04) }));
    expect(new URLSearchParams(url).get('view')).toBe('45,24,4');
  });

  it('writeUrl drops view when the state has none', () => {
    expect(writeUrl('?view=1,2,3', initialState('fa'))).toBe('?lang=fa');
  });

  it('writeUrl never touches motion, whatever the state', () => {
    expect(writeUrl('?motion=off', stateWith({ motion: true }))).toBe('?motion=off&lang=en');
    expect(writeUrl('', stateWith({ motion: false }))).toBe('?lang=en');
  });

  it('parseUrl(writeUrl(state)) gives back the lang, country, corridor and view', () => {
    const state = stateWith({
      lang: 'fa',
      selectedCountry: 'KAZ',
      corridor: 'north-east',
      view: view(-66.9041, 10.4806, 5.5, -12.5, 40),
    });
    expect(warningsOf(parseUrl(writeUrl('?utm=x', state), context()))).toEqual({
      request: {
        lang: 'fa',
        country: 'KAZ',
        corridor: 'north-east',
        view: view(-66.9041, 10.4806, 5.5, -12.5, 40),
      },
      warnings: [],
    });
  });

  it('parseUrl(writeUrl(state)) gives back an unturned view', () => {
    const state = stateWith({ view: view(51.389, 35.689, 3) });
    expect(warningsOf(parseUrl(writeUrl('', state), context())).request.view).toEqual(
      view(51.389, 35.689, 3),
    );
  });

  // Regression test (found by review).
  it("parseUrl(writeUrl(state)) keeps a view at the map's northern limit", () => {
    const state = stateWith({ view: view(20, 85.0511, 18) });
    expect(warningsOf(parseUrl(writeUrl('', state), context())).request.view).toEqual(
      view(20, 85.0511, 18),
    );
  });
});

describe('preferredLanguage', () => {
  it("preferredLanguage picks the first of the visitor's languages that is fa or en", () => {
    expect(preferredLanguage(['de-DE', 'fa-IR', 'en'])).toBe('fa');
  });

  it('preferredLanguage reads region subtags and upper case (EN-GB → en)', () => {
    expect(preferredLanguage(['EN-GB', 'fa'])).toBe('en');
  });

  it('preferredLanguage falls back to en when neither language is listed', () => {
    expect(preferredLanguage(['de', 'ar-SA'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
  });

  it('preferredLanguage does not take a language that merely starts with "fa" or "en"', () => {
    expect(preferredLanguage(['fan', 'env', 'en'])).toBe('en');
  });
});

describe('stateFromRequest', () => {
  it('stateFromRequest with an empty request is the initial state in the default language', () => {
    expect(stateFromRequest({}, { lang: 'fa', motion: true })).toEqual(initialState('fa'));
  });

  it("stateFromRequest takes the request's language over the default", () => {
    expect(stateFromRequest({ lang: 'en' }, { lang: 'fa', motion: true }).lang).toBe('en');
  });

  it('stateFromRequest selects a requested country and frames it', () => {
    const state = stateFromRequest({ country: 'SAU' }, { lang: 'en', motion: true });
    expect(state.selectedCountry).toBe('SAU');
    expect(state.camera).toEqual({ target: { kind: 'country', code: 'SAU' }, revision: 1 });
  });

  it('stateFromRequest lets a requested view win over the country framing', () => {
    const state = stateFromRequest(
      { country: 'SAU', view: view(10, 20, 3) },
      { lang: 'en', motion: true },
    );
    expect(state.selectedCountry).toBe('SAU');
    expect(state.view).toEqual(view(10, 20, 3));
    expect(state.camera).toEqual({ target: { kind: 'view', view: view(10, 20, 3) }, revision: 1 });
  });

  it('stateFromRequest highlights a requested corridor', () => {
    expect(
      stateFromRequest({ corridor: 'south-west' }, { lang: 'en', motion: true }).corridor,
    ).toBe('south-west');
  });

  it('stateFromRequest turns motion off when the request says motion=off', () => {
    expect(stateFromRequest({ motion: false }, { lang: 'en', motion: true }).motion).toBe(false);
  });

  it('stateFromRequest turns motion off when the visitor prefers reduced motion', () => {
    expect(stateFromRequest({}, { lang: 'en', motion: false }).motion).toBe(false);
  });

  it('stateFromRequest gives the same state as the actions a user would take', () => {
    const byHand = [
      { type: 'selectCountry', code: 'KAZ', focus: true },
      { type: 'highlightCorridor', corridor: 'north-east' },
    ] as const;
    const expected = byHand.reduce<State>(
      (state, action) => reduce(state, action),
      initialState('fa'),
    );
    expect(
      stateFromRequest({ country: 'KAZ', corridor: 'north-east' }, { lang: 'fa', motion: true }),
    ).toEqual(expected);
  });
});

describe('parseUrl for presenter mode and the timeline', () => {
  it('parseUrl reads present=1&step=3', () => {
    expect(warningsOf(parseUrl('?present=1&step=3', context()))).toEqual({
      request: { present: true, step: 3 },
      warnings: [],
    });
  });

  it('parseUrl ignores a step outside the story, naming the range', () => {
    const { request, warnings } = parseUrl('?present=1&step=18', context());
    expect(request).toEqual({ present: true });
    expect(warnings).toEqual([
      'Corridor Atlas: ignored URL parameter step: expected a whole number from 1 to 17, got "18"',
    ]);
  });

  it('parseUrl reads t inside 1403 and ignores an impossible or outside date', () => {
    expect(warningsOf(parseUrl('?t=2025-01-25', context())).request).toEqual({
      time: '2025-01-25',
    });
    expect(warningsOf(parseUrl('?t=2025-02-30', context())).warnings[0]).toContain('YYYY-MM-DD');
    expect(warningsOf(parseUrl('?t=2023-01-01', context())).warnings[0]).toContain(
      'outside 2024-03-20',
    );
  });

  it("parseUrl reads t within another dataset's timeline (1398–1400) and names its range otherwise", () => {
    const other = { ...context(), timeRange: { start: '2019-03-21', end: '2022-03-20' } };
    expect(parseUrl('?t=2020-06-01', other).request).toEqual({ time: '2020-06-01' });
    const { request, warnings, ignored } = parseUrl('?t=2025-01-25', other);
    expect(request).toEqual({});
    expect(warnings[0]).toContain('2025-01-25 is outside 2019-03-21 … 2022-03-20');
    expect(ignored).toEqual([
      {
        name: 't',
        value: '2025-01-25',
        params: { start: '2019-03-21', end: '2022-03-20' },
      },
    ]);
  });

  it('parseUrl ignores t for a dataset with no timeline (no dated meetings), saying so', () => {
    const { request, warnings, ignored } = parseUrl('?t=2025-01-25', {
      ...context(),
      timeRange: null,
    });
    expect(request).toEqual({});
    expect(warnings[0]).toContain('no dated meetings');
    expect(ignored).toEqual([{ name: 't', value: '2025-01-25', expects: 'tNone' }]);
  });

  it('parseUrl reads the kiosk flags and refuses other values', () => {
    expect(warningsOf(parseUrl('?autoplay=1&loop=1', context())).request).toEqual({
      autoplay: true,
      loop: true,
    });
    expect(warningsOf(parseUrl('?autoplay=yes', context())).warnings).toEqual([
      'Corridor Atlas: ignored URL parameter autoplay: the only value is "1", got "yes"',
    ]);
  });

  it('writeUrl writes present and step in presenter mode, and t only outside it', () => {
    const presenting = {
      ...initialState('en'),
      time: '2025-01-25',
      presentation: { step: 4, black: false },
    };
    expect(writeUrl('', presenting)).toBe('?lang=en&present=1&step=4');
    expect(writeUrl('', { ...presenting, presentation: null })).toBe('?lang=en&t=2025-01-25');
  });

  it('stateFromRequest goes to the step last, so the step wins over country and date', () => {
    const seen: number[] = [];
    const state = stateFromRequest(
      { present: true, step: 5, country: 'SAU', time: '2024-05-01' },
      { lang: 'en', motion: true },
      (s, step) => {
        seen.push(step);
        return { ...s, selectedCountry: 'SRB', presentation: { step, black: false } };
      },
    );
    expect(seen).toEqual([5]);
    expect(state.selectedCountry).toBe('SRB');
  });
});

describe('edit=1', () => {
  it('parseUrl reads edit=1 and stateFromRequest opens the editor; writeUrl writes it back', async () => {
    const { parseUrl, stateFromRequest, writeUrl } = await import('../../../src/embed/url-params');
    const context = {
      isCountry: () => true,
      isCorridor: () => true,
      steps: 3,
      timeRange: { start: '2024-03-20', end: '2025-03-20' },
    };
    const { request, ignored } = parseUrl('?edit=1', context);
    expect(request.edit).toBe(true);
    const state = stateFromRequest(request, { lang: 'en', motion: true });
    expect(state.editing).toBe(true);
    expect(writeUrl('', state)).toBe('?lang=en&edit=1');
    expect(parseUrl('?edit=2', context).ignored).toEqual([{ name: 'edit', value: '2' }]);
    expect(ignored).toEqual([]);
  });
});
