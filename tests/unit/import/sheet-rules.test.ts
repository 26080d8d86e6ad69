// The rules a spreadsheet is read by: headers, cells, dates, country names, and a file's bytes.
import countryList from 'virtual:atlas/countries';
import { describe, expect, it } from 'vitest';
import { indexCountries } from '../../../src/data/countries';
import { matchCountry } from '../../../src/data/import/country-match';
import { decodeText } from '../../../src/data/import/decode-text';
import { degreesOf, kindOf, positionOf } from '../../../src/data/import/sheet-cells';
import { cellName, readHeader } from '../../../src/data/import/sheet-columns';
import { sheetDate } from '../../../src/data/import/sheet-date';

describe('sheet rules', () => {
  it('readHeader(cells) finds fields by English and Persian names, and a language suffix', () => {
    expect(
      readHeader(['Latitude', 'طول', 'کشور', 'تاریخ', 'title_fa', 'Extra']).map((c) => c.property),
    ).toEqual(['lat', 'lon', 'country', 'date', 'title_fa', 'Extra']);
  });

  it('cellName(column, row) names a cell as a spreadsheet does', () => {
    expect([cellName(0, 2), cellName(25, 3), cellName(26, 4)]).toEqual(['A2', 'Z3', 'AA4']);
  });

  it('degreesOf and positionOf read Persian digits, decimal commas, pairs and WKT', () => {
    expect(degreesOf('۳۵٫۶۸۹')).toBe(35.689);
    expect(degreesOf('51,389')).toBe(51.389);
    expect(degreesOf('35°41′N')).toBeUndefined();
    expect(positionOf('SRID=4326;POINT (51.4 35.7)')).toEqual([51.4, 35.7]);
    expect(positionOf('[51.4, 35.7]')).toEqual([51.4, 35.7]);
    expect(kindOf('سفیر')).toBe('embassy');
  });

  it('sheetDate(cell) writes days, months and seasons in the one form the import reads', () => {
    expect(sheetDate('۱۴۰۳/۰۸/۱۵')).toBe('1403-08-15');
    expect(sheetDate('آبان ۱۴۰۳')).toBe('1403-08');
    expect(sheetDate('Bahman 1403')).toBe('1403-11');
    expect(sheetDate('پائیز ۱۴۰۳')).toBe('1403-autumn');
    expect(sheetDate('2025-01-24 10:30')).toBe('2025-01-24');
    expect(sheetDate('tomorrow')).toBe('tomorrow');
  });

  it('matchCountry(text) takes ISO codes and English or Persian names and aliases', () => {
    const registry = indexCountries(countryList);
    expect(matchCountry('sa', registry)).toBe('SAU');
    expect(matchCountry('عربستان سعودي', registry)).toBe('SAU');
    expect(matchCountry('United Arab Emirates', registry)).toBe('ARE');
    expect(matchCountry('UAE', registry)).toBe('ARE');
    expect(matchCountry('ایران', registry)).toBe('IRN');
    expect(matchCountry('Narnia', registry)).toBeUndefined();
  });

  it('decodeText(bytes) reads UTF-8 with or without a BOM and UTF-16 with its mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00]))).toBe('a,');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x61]))).toBe('a');
    expect(decodeText(new TextEncoder().encode('کشور'))).toBe('کشور');
  });
});
