// Shared helpers of the import tests: the app's import context and corpus files, read afresh for each call.
import { readFileSync } from 'node:fs';
import { defaultImportContext } from '../../../src/data/import/default-context';
import { importText } from '../../../src/data/import/import-text';
import type { ImportResult } from '../../../src/data/import/problem';

/** The corpus folder, as a file URL. */
export const CORPUS = new URL('../../fixtures/corpus/', import.meta.url);

/**
 * A corpus file's text.
 *
 * @example
 * corpusText('good/minimal.json');
 */
export function corpusText(name: string): string {
  return readFileSync(new URL(name, CORPUS), 'utf8');
}

/**
 * A text imported with the app's context (registry and standalone validator from Vite).
 *
 * @example
 * importWithApp('{"type":"FeatureCollection","features":[]}').kind; // "geojson"
 */
export function importWithApp(text: string, fileName?: string): ImportResult {
  return importText(text, {
    ...defaultImportContext(),
    ...(fileName === undefined ? {} : { fileName }),
  });
}

/**
 * A GeoJSON FeatureCollection text of the given features.
 *
 * @example
 * collection({ type: 'Feature', properties: {}, geometry: null });
 */
export function collection(...features: unknown[]): string {
  return JSON.stringify({ type: 'FeatureCollection', features }, null, 2);
}
