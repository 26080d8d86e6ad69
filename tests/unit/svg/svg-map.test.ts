// Unit tests of buildSvgMap: what the SVG map draws from state, and the decorations of an export.
import type { Position } from 'geojson';
import shapes from 'virtual:atlas/country-shapes';
import { describe, expect, it } from 'vitest';
import type { AtlasModel } from '../../../src/data/atlas-model';
import { t } from '../../../src/i18n/messages';
import { DEFAULT_THEME } from '../../../src/theme';
import { clickAction } from '../../../src/map/click-action';
import { initialState, reduce, type State } from '../../../src/state/state';
import {
  buildSvgMap,
  corridorDash,
  svgHitTarget,
  type CountryShapes,
  type SvgMapInput,
} from '../../../src/svg/svg-map';
import { svgElements, svgText, type SvgElementNode } from '../../../src/svg/svg-tree';
import { loadModel } from '../../fixtures/default-model';

const SIZE = { width: 1000, height: 640 };

function draw(state: State, more: Partial<SvgMapInput> = {}, model = loadModel()) {
  return buildSvgMap({ model, shapes, state, theme: DEFAULT_THEME, size: SIZE, ...more });
}

const all = (tree: SvgElementNode, test: (node: SvgElementNode) => boolean) =>
  [...svgElements(tree)].filter(test);

function group(tree: SvgElementNode, className: string): SvgElementNode {
  const found = all(tree, (n) => n.tag === 'g' && n.attrs.class === className)[0];
  if (!found) throw new Error(`no <g class="${className}">`);
  return found;
}

const children = (node: SvgElementNode) =>
  node.children.filter((c): c is SvgElementNode => typeof c !== 'string');

function countryPath(tree: SvgElementNode, code: string): SvgElementNode {
  const path = children(group(tree, 'countries')).find((p) => p.attrs['data-code'] === code);
  if (!path) throw new Error(`no path for ${code}`);
  return path;
}

/** The extent of a path's coordinates. */
function pathBox(d: string) {
  const numbers = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
}

/** Corridor lines drawn (not the invisible hit strokes), as `corridorId/legId`. */
const drawnLegs = (tree: SvgElementNode) =>
  children(group(tree, 'corridors'))
    .filter((p) => p.attrs.class !== 'hit')
    .map((p) => `${p.attrs['data-corridor']}/${p.attrs['data-leg']}`);

const texts = (tree: SvgElementNode) => all(tree, (n) => n.tag === 'text');

/** The shapes with every ring reversed: RFC 7946 winding, as other GeoJSON tools write it. */
function reversedShapes(): CountryShapes {
  const reverse = (rings: Position[][]) => rings.map((ring) => [...ring].reverse());
  return {
    ...shapes,
    features: shapes.features.map((f) => ({
      ...f,
      geometry:
        f.geometry.type === 'Polygon'
          ? { type: 'Polygon', coordinates: reverse(f.geometry.coordinates) }
          : { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map(reverse) },
    })),
  };
}

describe('buildSvgMap: countries', () => {
  it("Iran's path is Iran, not the whole-world rectangle", () => {
    const box = pathBox(countryPath(draw(initialState('en')), 'IRN').attrs.d as string);
    expect(box.x0).toBeGreaterThan(0);
    expect(box.y0).toBeGreaterThan(0);
    expect(box.x1).toBeLessThan(SIZE.width);
    expect(box.y1).toBeLessThan(SIZE.height);
    expect(box.x1 - box.x0).toBeLessThan(SIZE.width * 0.6);
  });

  it('shapes wound as RFC 7946 draw the same Iran', () => {
    const expected = countryPath(draw(initialState('en')), 'IRN').attrs.d as string;
    const tree = draw(initialState('en'), { shapes: reversedShapes() });
    const box = pathBox(countryPath(tree, 'IRN').attrs.d as string);
    const expectedBox = pathBox(expected);
    expect(box.x0).toBeCloseTo(expectedBox.x0, 0);
    expect(box.x1).toBeCloseTo(expectedBox.x1, 0);
    expect(box.y0).toBeCloseTo(expectedBox.y0, 0);
    expect(box.y1).toBeCloseTo(expectedBox.y1, 0);
  });

  it('countries are filled by their first role, the rest as plain land', () => {
    const tree = draw(initialState('en'));
    expect(countryPath(tree, 'IRN').attrs.fill).toBe(DEFAULT_THEME.roles.iran);
    expect(countryPath(tree, 'SAU').attrs.fill).toBe(DEFAULT_THEME.roles.partner);
    expect(countryPath(tree, 'OMN').attrs.fill).toBe(DEFAULT_THEME.land);
  });

  it('the selected country is outlined with the selected style, and no other', () => {
    const state = reduce(initialState('en'), { type: 'selectCountry', code: 'SAU', focus: false });
    const outlines = children(group(draw(state), 'selected-country'));
    expect(outlines.map((o) => o.attrs['data-code'])).toEqual(['SAU']);
    expect(outlines[0]?.attrs.stroke).toBe(DEFAULT_THEME.selectedBorder);
    expect(outlines[0]?.attrs['stroke-width']).toBe(2.5);
    expect(children(group(draw(initialState('en')), 'selected-country'))).toEqual([]);
  });

  it("a focus's countries stay full and the others are muted", () => {
    const state: State = {
      ...initialState('en'),
      focus: { legs: null, events: null, countries: ['SAU'] },
    };
    const tree = draw(state);
    expect(countryPath(tree, 'SAU').attrs['fill-opacity']).toBeUndefined();
    expect(countryPath(tree, 'IRN').attrs['fill-opacity']).toBe(0.35);
  });
});

describe('buildSvgMap: corridors, meetings, trips', () => {
  it('every leg is drawn when nothing is focused', () => {
    const model = loadModel();
    expect(drawnLegs(draw(initialState('en'), {}, model)).sort()).toEqual(
      model.legs.map((leg) => `${leg.corridorId}/${leg.legId}`).sort(),
    );
  });

  it('a focus hides the legs it does not name', () => {
    const state: State = {
      ...initialState('en'),
      focus: { legs: ['south-west/iran-saudi'], events: null, countries: [] },
    };
    expect(drawnLegs(draw(state))).toEqual(['south-west/iran-saudi']);
  });

  it('corridorDash(theme, id) differs between corridors and is the dash the lines and legend use', () => {
    const model = loadModel();
    const tree = draw(initialState('en'), { options: { decorations: true } }, model);
    const dashes = new Map(
      children(group(tree, 'corridors')).map((p) => [
        p.attrs['data-corridor'],
        p.attrs['stroke-dasharray'],
      ]),
    );
    expect(dashes.get('south-west')).toBe(corridorDash(DEFAULT_THEME, 'south-west'));
    expect(dashes.get('north-east')).toBe(corridorDash(DEFAULT_THEME, 'north-east'));
    expect(dashes.get('south-west')).not.toBe(dashes.get('north-east'));
    const legendDashes = all(
      group(tree, 'legend'),
      (n) => n.attrs['stroke-dasharray'] !== undefined,
    );
    expect(legendDashes.map((n) => n.attrs['stroke-dasharray'])).toEqual([
      dashes.get('south-west'),
      dashes.get('north-east'),
    ]);
  });

  it('a highlighted corridor is drawn wider and the others dimmed', () => {
    const state = reduce(initialState('en'), { type: 'highlightCorridor', corridor: 'north-east' });
    const lines = children(group(draw(state), 'corridors'));
    const ne = lines.find((p) => p.attrs['data-corridor'] === 'north-east');
    const sw = lines.find((p) => p.attrs['data-corridor'] === 'south-west');
    expect(ne?.attrs['stroke-width']).toBe(5);
    expect(sw?.attrs['stroke-width']).toBe(3.5);
    expect(Number(sw?.attrs['stroke-opacity'])).toBeLessThan(Number(ne?.attrs['stroke-opacity']));
  });

  it("a corridor's file stroke-width is its SVG stroke-width, kept within 0.5–12 px", () => {
    const model = loadModel();
    const corridors = new Map(model.corridors);
    const ne = corridors.get('north-east');
    if (!ne) throw new Error('no north-east');
    corridors.set('north-east', { ...ne, style: { width: 0.1 } });
    const lines = children(
      group(draw(initialState('en'), {}, { ...model, corridors }), 'corridors'),
    );
    const width = (id: string) =>
      lines.find((p) => p.attrs['data-corridor'] === id)?.attrs['stroke-width'];
    expect([width('north-east'), width('south-west')]).toEqual([0.5, 3.5]);
  });

  it('interactive maps add invisible hit strokes; exports do not', () => {
    const hits = (tree: SvgElementNode) => all(tree, (n) => n.attrs.class === 'hit').length;
    expect(hits(draw(initialState('en')))).toBe(0);
    expect(hits(draw(initialState('en'), { options: { interactive: true } }))).toBeGreaterThan(0);
  });

  it('a focus on events draws only their meeting places', () => {
    const model = loadModel();
    const event = model.dataset.events.find((e) => e.id === 'sau');
    if (!event) throw new Error('no event sau');
    const state: State = {
      ...initialState('en'),
      focus: { legs: [], events: ['sau'], countries: [] },
    };
    const places = children(group(draw(state, {}, model), 'meetings')).map(
      (c) => c.attrs['data-place'],
    );
    expect(places).toEqual([event.place]);
  });

  it('trips still to come at the timeline date are not drawn', () => {
    const model = loadModel();
    const trips = (time: string | null) =>
      children(group(draw({ ...initialState('en'), time }, {}, model), 'trips')).length;
    expect(trips(null)).toBeGreaterThan(0);
    expect(trips('2024-03-20')).toBeLessThan(trips(null));
  });
});

describe('buildSvgMap: labels and language', () => {
  it('labels are in the state language and Persian ones carry direction rtl', () => {
    const fa = texts(draw(initialState('fa')));
    expect(fa.map(svgText)).toContain('ایران');
    for (const text of fa) expect(text.attrs.direction).toBe('rtl');
    const en = texts(draw(initialState('en')));
    expect(en.map(svgText)).toContain('Iran');
    for (const text of en) expect(text.attrs.direction).toBeUndefined();
  });

  it('the root names its language and uses the page font, Vazirmatn', () => {
    const tree = draw(initialState('fa'));
    expect(tree.attrs['xml:lang']).toBe('fa');
    expect(String(tree.attrs['font-family']).startsWith('Vazirmatn')).toBe(true);
  });

  it('corridors are labelled with their names', () => {
    const labels = texts(draw(initialState('en'))).map(svgText);
    expect(labels).toContain('South-west corridor');
    expect(labels).toContain('North-east corridor');
  });
});

describe('buildSvgMap: inferred places and our names', () => {
  /** The drawn labels with their text, class and style, by text. */
  function labelsOf(tree: SvgElementNode) {
    return texts(tree).map((n) => ({
      text: svgText(n),
      inference: n.attrs['data-inference'],
      className: n.attrs.class,
      fontStyle: n.attrs['font-style'],
    }));
  }
  /** Every meeting drawn (the whole year), framed on the Caspian so Astana and Tehran are in view. */
  const centralAsia = { center: [60, 42] as [number, number], zoom: 3 };

  it('an inferred venue is labelled with its mark, in italic, with class inferred (Astana, en and fa)', () => {
    const en = labelsOf(draw(initialState('en'), { camera: centralAsia }));
    expect(en).toContainEqual({
      text: 'Astana (inferred)',
      inference: 'venue',
      className: 'inferred',
      fontStyle: 'italic',
    });
    expect(en.find((l) => l.text === 'Tehran')).toMatchObject({ inference: undefined });
    expect(en.map((l) => l.text)).not.toContain('Astana');
    const fa = labelsOf(draw(initialState('fa'), { camera: centralAsia }));
    expect(fa).toContainEqual(
      expect.objectContaining({ text: 'آستانه (استنباطی)', inference: 'venue' }),
    );
  });

  it('a corridor name of ours is followed by its mark; a waypoint we chose is drawn inferred, its "schematic" said once in the legend', () => {
    const labels = labelsOf(draw(initialState('en')));
    const sw = labels.findIndex((l) => l.text === 'South-west corridor');
    expect(labels[sw]).toMatchObject({ inference: 'our-name', fontStyle: 'italic' });
    expect(labels[sw + 1]).toMatchObject({ text: '(our name)', inference: 'our-name' });
    expect(labels.find((l) => l.text.startsWith('Port Said'))).toMatchObject({
      text: 'Port Said',
      inference: 'schematic',
      fontStyle: 'italic',
    });
    expect(labels.find((l) => l.text.startsWith('Riyadh'))).toMatchObject({
      text: 'Riyadh',
      inference: undefined,
    });
  });

  it("an export's legend gives each corridor name with its mark", () => {
    const tree = draw(initialState('en'), { options: { decorations: true } });
    const legend = texts(group(tree, 'legend')).map(svgText).join(' ');
    expect(legend).toContain('(our name)');
  });
});

describe('buildSvgMap: export decorations', () => {
  /** The whole text of the export, spaces normalised, so wrapped lines read as one. */
  function exportText(model: AtlasModel, lang: 'fa' | 'en') {
    const tree = draw(initialState(lang), { options: { decorations: true } }, model);
    return { tree, text: texts(tree).map(svgText).join(' ') };
  }

  it('an export has the title, legend, notice and attribution in Persian, laid out right to left', () => {
    const model = loadModel();
    const { tree, text } = exportText(model, 'fa');
    expect(text).toContain(model.dataset.title.fa);
    expect(text).toContain(t('fa', 'legend.countries'));
    expect(text).toContain(t('fa', 'role.iran'));
    expect(text).toContain(t('fa', 'legend.meeting'));
    expect(text.replace(/\s+/g, ' ')).toContain(t('fa', 'disclaimer'));
    expect(text.replace(/\s+/g, ' ')).toContain(t('fa', 'attribution'));
    expect(text).not.toContain(t('en', 'legend.countries'));
    for (const node of texts(tree)) expect(node.attrs.direction).toBe('rtl');
    const titleText = texts(group(tree, 'title'))[0];
    expect(titleText?.attrs['text-anchor']).toBe('start');
    expect(Number(titleText?.attrs.x)).toBeGreaterThan(SIZE.width / 2);
  });

  it('an export has the title, legend, notice and attribution in English', () => {
    const model = loadModel();
    const { text } = exportText(model, 'en');
    expect(text).toContain(model.dataset.title.en);
    expect(text).toContain(t('en', 'legend.corridors'));
    expect(text.replace(/\s+/g, ' ')).toContain(t('en', 'disclaimer'));
    expect(text.replace(/\s+/g, ' ')).toContain(t('en', 'attribution'));
  });

  it('decorations add bands above and below the map; without them the SVG is the map size', () => {
    const plain = draw(initialState('en'));
    expect([plain.attrs.width, plain.attrs.height]).toEqual([SIZE.width, SIZE.height]);
    const decorated = draw(initialState('en'), { options: { decorations: true } });
    expect(Number(decorated.attrs.height)).toBeGreaterThan(SIZE.height);
    expect(String(group(decorated, 'map').attrs.transform)).toMatch(/^translate\(0 \d/);
  });

  it('decorations can be chosen one by one, and the title given', () => {
    const tree = draw(initialState('en'), {
      options: { decorations: { title: 'Brief 7', notice: true } },
    });
    const text = texts(tree).map(svgText).join(' ');
    expect(text).toContain('Brief 7');
    expect(all(tree, (n) => n.attrs.class === 'legend')).toEqual([]);
    expect(text).not.toContain('Natural Earth');
  });
});

describe('svgHitTarget', () => {
  it('a click on a drawn country gives the action a click on the WebGL map gives', () => {
    const model = loadModel();
    const state = initialState('en');
    const path = countryPath(draw(state, {}, model), 'SAU');
    const data = Object.fromEntries(
      Object.entries(path.attrs)
        .filter(([name]) => name.startsWith('data-'))
        .map(([name, value]) => [name.slice(5), String(value)]),
    );
    expect(clickAction(model, svgHitTarget(data), state)).toEqual({
      type: 'selectCountry',
      code: 'SAU',
      focus: false,
    });
  });

  it('svgHitTarget(data) reads places, trips, corridor legs, and nothing for the sea', () => {
    expect(svgHitTarget({ place: 'tehran' })).toEqual({ kind: 'meeting', placeId: 'tehran' });
    expect(svgHitTarget({ event: 'sau' })).toEqual({ kind: 'trip', eventId: 'sau' });
    expect(svgHitTarget({ corridor: 'north-east', leg: 'caucasus' })).toEqual({
      kind: 'corridor',
      corridorId: 'north-east',
      legId: 'caucasus',
    });
    expect(svgHitTarget({ sea: '' })).toBeNull();
  });
});
