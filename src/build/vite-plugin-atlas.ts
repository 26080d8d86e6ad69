// Vite plugin: prepares country shapes and the dataset validator at build time, as virtual modules.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { Plugin } from 'vite';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Dataset } from '../dataset.ts';
import { datasetToGeoJSON } from '../data/export-geojson.ts';
import { countryNames } from './country-names.ts';
import { prepareCountries, type PreparedCountries } from './prepare-countries.ts';

const require = createRequire(import.meta.url);

/** Virtual modules this plugin serves, and what each exports by default. */
export const VIRTUAL = {
  /** `CountryInfo[]`: codes, names, label points, extents (small; loaded at start). */
  countries: 'virtual:atlas/countries',
  /** The country shapes, a GeoJSON FeatureCollection (large; its own chunk). */
  shapes: 'virtual:atlas/country-shapes',
  /** An Ajv validation function for data/atlas.schema.json, compiled to plain code (no eval, CSP-safe). */
  validator: 'virtual:atlas/validate-dataset',
} as const;

/** A JSON value as an ES module that parses fast: JSON.parse of a string beats an object literal. */
const jsonModule = (value: unknown) =>
  `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

/**
 * Ajv's standalone code still `require`s its runtime helpers even with `esm: true` (ajv issue #2209);
 * turn each `const f = require("m").default;` into an import so the module is plain ESM in dev too.
 */
export function esmOnly(code: string): string {
  const imports: string[] = [];
  const body = code.replace(
    /const (\w+) = require\("([^"]+)"\)\.default;/g,
    (_match, name: string, module: string) => {
      // CommonJS interop differs between the dev server and the build: accept both shapes.
      imports.push(`import ${name}_module from ${JSON.stringify(`${module}.js`)};`);
      return `const ${name} = ${name}_module.default ?? ${name}_module;`;
    },
  );
  if (/\brequire\(/.test(body)) throw new Error('Ajv standalone code has a require() left');
  return `${imports.join('\n')}\n${body}`;
}

/**
 * The plugin. Countries come from world-atlas 50m; the validator from `schemaPath`. The build also
 * writes the default dataset's corridors and meetings as `corridors.geojson` and
 * `meetings.geojson` beside index.html, for QGIS, kepler.gl or geojson.io.
 *
 * @example
 * defineConfig({ plugins: [atlasData({ schemaPath: 'data/atlas.schema.json' })] });
 */
export function atlasData(options: {
  schemaPath: string;
  /** The default dataset, written out as GeoJSON; `false`: none (the worker's bundle). */
  datasetPath?: string | false;
}): Plugin {
  let prepared: PreparedCountries | undefined;
  const countries = () => {
    if (!prepared) {
      const topology = require('world-atlas/countries-50m.json') as Topology<{
        countries: GeometryCollection;
      }>;
      prepared = prepareCountries(topology, countryNames);
    }
    return prepared;
  };
  const ids = new Set<string>(Object.values(VIRTUAL));

  return {
    name: 'corridor-atlas-data',
    resolveId(id) {
      return ids.has(id) ? `\0${id}` : undefined;
    },
    generateBundle() {
      if (options.datasetPath === false) return;
      const dataset = JSON.parse(
        readFileSync(resolve(options.datasetPath ?? 'data/atlas.json'), 'utf8'),
      ) as Dataset;
      for (const which of ['corridors', 'meetings'] as const) {
        this.emitFile({
          type: 'asset',
          fileName: `${which}.geojson`,
          source: `${JSON.stringify(datasetToGeoJSON(dataset, which), null, 1)}\n`,
        });
      }
    },
    load(id) {
      if (!id.startsWith('\0')) return undefined;
      const name = id.slice(1);
      if (name === VIRTUAL.countries) return jsonModule(countries().registry);
      if (name === VIRTUAL.shapes) return jsonModule(countries().shapes);
      if (name === VIRTUAL.validator) {
        const schemaFile = resolve(options.schemaPath);
        this.addWatchFile(schemaFile);
        const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as object;
        const ajv = new Ajv2020({
          allErrors: true,
          strict: true,
          code: { source: true, esm: true },
        });
        return esmOnly(standaloneCode(ajv, ajv.compile(schema)));
      }
      return undefined;
    },
  };
}
