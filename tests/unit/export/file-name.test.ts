// Unit tests of export file names.
import { describe, expect, it } from 'vitest';
import { dataFileName, exportFileName } from '../../../src/export/file-name';

describe('exportFileName', () => {
  it('exportFileName(lang, date, ext) is corridor-atlas-<lang>-<yyyy-mm-dd>.<ext>', () => {
    expect(exportFileName('en', new Date(2025, 0, 20, 23, 59), 'png')).toBe(
      'corridor-atlas-en-2025-01-20.png',
    );
  });

  it('exportFileName adds the variant and keeps Latin digits in Persian', () => {
    expect(exportFileName('fa', new Date(2025, 10, 5), 'png', 'print')).toBe(
      'corridor-atlas-fa-2025-11-05-print.png',
    );
  });
});

describe('dataFileName', () => {
  it('dataFileName(date) names exported data by the local day', () => {
    expect(dataFileName(new Date(2025, 0, 20, 23, 59))).toBe('corridor-atlas-data-2025-01-20.json');
  });
});
