// CSV, TSV, TopoJSON, KML and GPX through the one import path: detected by content, converted to GeoJSON features.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readAndImport } from '../../../src/data/import/read-and-import';
import { defaultImportContext } from '../../../src/data/import/default-context';
import { problemText } from '../../../src/data/import/problem-text';
import { importWithApp } from './import-helpers';

const where = (text: string, name?: string) =>
  importWithApp(text, name).problems.map((p) => ({ code: p.code, ...p.where }));

describe('spreadsheets', () => {
  it('importText(csv) reads a sheet of meetings with English headers as trips', () => {
    const result = importWithApp(
      'title,lat,lon,country,date\nRiyadh talks,24.71,46.68,Saudi Arabia,2025-01-24\n',
    );
    expect(result.kind).toBe('csv');
    expect(result.problems).toEqual([]);
    expect(result.dataset?.events).toHaveLength(1);
    expect(result.dataset?.events[0]).toMatchObject({
      country: 'SAU',
      title: { en: 'Riyadh talks' },
      when: { year: 1403, month: 11, part: 'early' },
    });
  });

  it('importText(csv) reads Persian headers, Persian digits, Jalali days, months and seasons and Persian country names', () => {
    const text = [
      'عنوان,عرض,طول,کشور,تاریخ',
      'دیدار ریاض,۲۴٫۷۱,۴۶٫۶۸,عربستان سعودی,۱۴۰۳/۰۸/۱۵',
      'دیدار مسکو,55.75,37.62,روسیه,آبان ۱۴۰۳',
      'دیدار پکن,39.9,116.4,CN,پاییز ۱۴۰۳',
    ].join('\n');
    const result = importWithApp(text);
    expect(result.problems).toEqual([]);
    expect(result.dataset?.events.map((e) => [e.country, e.when])).toEqual([
      ['SAU', { year: 1403, month: 8, part: 'mid' }],
      ['RUS', { year: 1403, month: 8 }],
      ['CHN', { year: 1403, season: 'autumn' }],
    ]);
  });

  it('importText(tsv) finds the tab delimiter and a WKT POINT column', () => {
    const result = importWithApp('name\tcoordinates\tdate\nDoha\tPOINT(51.53 25.29)\t1403-09\n');
    expect(result.kind).toBe('tsv');
    expect(result.problems).toEqual([]);
    expect(result.dataset?.events[0]?.country).toBe('QAT');
  });

  it('every unreadable cell is named by row and column, and its row is left out', () => {
    const text =
      'lat,lon,country,date\n35.7,51.4,IRN,1403-08-15\nabc,51.4,IRN,1403-08-15\n35.7,51.4,Narnia,1403-08-15\n35.7,51.4,IRN,someday\n';
    const result = importWithApp(text);
    expect(result.problems.map((p) => ({ code: p.code, ...p.where }))).toEqual([
      { code: 'cell.number', path: '', index: 1, row: 3, cell: 'A3', field: 'lat' },
      { code: 'cell.country', path: '', index: 2, row: 4, cell: 'C4', field: 'country' },
      { code: 'cell.date', path: '', index: 3, row: 5, cell: 'D5', field: 'date' },
    ]);
    expect(result.counts).toEqual({ items: 4, kept: 1 });
    expect(problemText('en', result.problems[0]!).where).toBe('Cell A3 (column “lat”)');
    expect(problemText('fa', result.problems[1]!).what).toContain('Narnia');
  });

  it('a sheet with only a header, or with no position or date column, gives one sheet problem', () => {
    expect(where('lat,lon,date\n')).toEqual([{ code: 'sheet.header-only', path: '' }]);
    expect(where('name,date\nx,1403\n')).toEqual([{ code: 'sheet.no-position', path: '' }]);
    expect(where('lat,lon\n1,2\n')).toEqual([{ code: 'sheet.no-date', path: '' }]);
  });

  it("readAndImport(blob) decodes UTF-8 with a BOM and Excel's UTF-16 LE export", async () => {
    const text = 'lat\tlon\tcountry\tdate\n35.7\t51.4\tایران\t1403-08-15\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      utf16[2 + 2 * i] = code & 0xff;
      utf16[3 + 2 * i] = code >> 8;
    }
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    for (const bytes of [utf16, bom]) {
      const result = await readAndImport(new Blob([bytes]), { context: defaultImportContext() });
      expect(result.problems).toEqual([]);
      expect(result.dataset?.events[0]?.country).toBe('IRN');
    }
  });
});

describe('TopoJSON, KML and GPX', () => {
  it('importText(topojson) converts every object of a topology, detected by its type', () => {
    const topology = {
      type: 'Topology',
      arcs: [
        [
          [51, 35],
          [1, 1],
          [2, -1],
        ],
      ],
      objects: {
        routes: {
          type: 'GeometryCollection',
          geometries: [{ type: 'LineString', arcs: [0], properties: { name: 'Route A' } }],
        },
      },
    };
    const result = importWithApp(JSON.stringify(topology), 'routes.json');
    expect(result.kind).toBe('topojson');
    expect(result.problems).toEqual([]);
    expect(result.dataset?.corridors.map((c) => c.name.en)).toEqual(['Route A']);
  });

  it('importText(kml) keeps placemark names, descriptions and line styles', () => {
    const kml = `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Sketch</name>
      <Placemark><name>Muscat</name><description>Talks</description><TimeStamp><when>2025-01-24</when></TimeStamp><Point><coordinates>58.4,23.6</coordinates></Point></Placemark>
      <Placemark><name>Gulf line</name><Style><LineStyle><color>ff0000ff</color><width>3</width></LineStyle></Style><LineString><coordinates>51.4,35.7 58.4,23.6</coordinates></LineString></Placemark>
      </Document></kml>`;
    const result = importWithApp(kml, 'sketch.txt');
    expect(result.kind).toBe('kml');
    expect(result.problems).toEqual([]);
    expect(result.dataset?.title.en).toBe('Sketch');
    expect(result.dataset?.events[0]).toMatchObject({ country: 'OMN', summary: { en: 'Talks' } });
    expect(result.dataset?.corridors[0]).toMatchObject({
      name: { en: 'Gulf line' },
      style: { color: '#ff0000', width: 3 },
    });
  });

  it('importText(kml) with no geometry, or broken XML, gives one clear problem', () => {
    expect(where('<kml><Document><Placemark><name>x</name></Placemark></Document></kml>')).toEqual([
      { code: 'xml.no-geometry', path: '' },
    ]);
    expect(where('<kml><Document>')[0]?.code).toBe('xml.syntax');
    expect(where('<svg></svg>')).toEqual([{ code: 'format.xml', path: '' }]);
  });

  it('importText(gpx) reads waypoints with a time as meetings and tracks as corridors', () => {
    const gpx = `<gpx version="1.1" creator="x"><wpt lat="25.29" lon="51.53"><name>Doha</name><time>2025-01-24T10:00:00Z</time></wpt>
      <trk><name>Track</name><trkseg><trkpt lat="35.7" lon="51.4"/><trkpt lat="25.29" lon="51.53"/></trkseg></trk></gpx>`;
    const result = importWithApp(gpx);
    expect(result.kind).toBe('gpx');
    expect(result.problems).toEqual([]);
    expect(result.dataset?.events[0]?.country).toBe('QAT');
    expect(result.dataset?.corridors[0]?.name.en).toBe('Track');
  });
});

describe('examples', () => {
  it.each(['meetings.csv', 'meetings-fa.tsv', 'routes.topojson', 'sketch.kml', 'trip.gpx'])(
    'examples/%s imports with no problem at all',
    (name) => {
      const text = readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8');
      const result = importWithApp(text, name);
      expect(result.problems).toEqual([]);
      expect(result.dataset).not.toBeNull();
    },
  );
});
