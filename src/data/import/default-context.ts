// The import's context in the app (page and worker): the country registry and the schema validator built by Vite.
import countryList from 'virtual:atlas/countries';
import validate from 'virtual:atlas/validate-dataset';
import { indexCountries } from '../countries';
import type { ImportContext } from './lenient-dataset';
import { xmlParser } from './xml-parser';

let context: ImportContext | undefined;

/**
 * The registry of `virtual:atlas/countries` and the standalone Ajv validator of
 * `virtual:atlas/validate-dataset` (no eval: CSP-safe), and the XML parser of this environment,
 * built once.
 *
 * @example
 * importText(text, { ...defaultImportContext(), fileName: file.name });
 */
export function defaultImportContext(): ImportContext {
  context ??= { registry: indexCountries(countryList), validate, parseXml: xmlParser() };
  return context;
}
