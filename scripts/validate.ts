// Command-line dataset check: `npm run validate -- FILE [--lang fa] [--json]` prints every problem and exits 1 on errors.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countryNames } from '../src/build/country-names.ts';
import { prepareCountries } from '../src/build/prepare-countries.ts';
import { indexCountries } from '../src/data/countries.ts';
import { decodeText } from '../src/data/import/decode-text.ts';
import { importText } from '../src/data/import/import-text.ts';
import { xmlParser } from '../src/data/import/xml-parser.ts';
import { sizeProblem } from '../src/data/import/limits.ts';
import { countProblems, failed, type ImportResult } from '../src/data/import/problem.ts';
import { problemText } from '../src/data/import/problem-text.ts';
import type { Lang } from '../src/i18n/format.ts';
import { ti as t } from '../src/data/import/messages.ts';

const USAGE = `Usage: npm run validate -- FILE [--lang en|fa] [--json]

Checks a Corridor Atlas dataset (JSON), GeoJSON, TopoJSON, KML, GPX or a CSV/TSV sheet of meetings
as the app does when it opens one, and
prints every problem: where it is, what is wrong and how to fix it.
Exit status: 0 valid (warnings allowed), 1 errors found, 2 usage error.`;

const require = createRequire(import.meta.url);

/** Reads the command line: one file, a language, and whether to print JSON. */
function parseArgs(args: string[]): { file: string; lang: Lang; json: boolean } | string {
  let file: string | undefined;
  let lang: Lang = 'en';
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--lang') {
      const value = args[++i];
      if (value !== 'en' && value !== 'fa')
        return `--lang takes "en" or "fa", not ${String(value)}`;
      lang = value;
    } else if (arg.startsWith('--lang=')) {
      const value = arg.slice('--lang='.length);
      if (value !== 'en' && value !== 'fa') return `--lang takes "en" or "fa", not ${value}`;
      lang = value;
    } else if (arg === '--json') {
      json = true;
    } else if (arg === '--help' || arg === '-h') {
      return '';
    } else if (arg.startsWith('-')) {
      return `unknown option ${arg}`;
    } else if (file === undefined) {
      file = arg;
    } else {
      return 'give one file';
    }
  }
  return file === undefined ? 'give a file to check' : { file, lang, json };
}

/** Checks one file: the same import the app runs, with the registry and validator built here. */
function check(file: string): ImportResult {
  const tooLarge = sizeProblem(statSync(file).size);
  if (tooLarge) return failed(null, [tooLarge]);
  const topology = require('world-atlas/countries-50m.json') as Topology<{
    countries: GeometryCollection;
  }>;
  const registry = indexCountries(prepareCountries(topology, countryNames).registry);
  const schema = JSON.parse(
    readFileSync(new URL('../data/atlas.schema.json', import.meta.url), 'utf8'),
  ) as object;
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  return importText(decodeText(readFileSync(file)), {
    registry,
    validate,
    parseXml: xmlParser(),
    fileName: basename(file),
  });
}

/** The report as lines of text. Bidi isolates are dropped: terminals do not lay text out by them. */
function report(result: ImportResult, lang: Lang): string[] {
  const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');
  const lines: string[] = [];
  for (const p of result.problems) {
    const text = problemText(lang, p);
    lines.push(`${t(lang, `import.severity.${p.severity}`)}: ${plain(text.where)}`);
    lines.push(`  ${plain(text.what)}`);
    lines.push(`  → ${plain(text.fix)}`);
    lines.push('');
  }
  const { errors, warnings } = countProblems(result.problems);
  const { items, kept } = result.counts;
  if (!result.dataset) lines.push(t(lang, 'import.summary.none', { errors, warnings }));
  else if (result.problems.length === 0) lines.push(t(lang, 'import.summary.ok', { items }));
  else lines.push(t(lang, 'import.summary', { errors, warnings, kept, items }));
  return lines;
}

const args = parseArgs(process.argv.slice(2));
if (typeof args === 'string') {
  if (args !== '') console.error(`validate: ${args}\n`);
  console.error(USAGE);
  process.exit(args === '' ? 0 : 2);
}
let result: ImportResult;
try {
  result = check(args.file);
} catch (error) {
  console.error(`validate: cannot read ${args.file}: ${(error as Error).message}`);
  process.exit(2);
}
if (args.json) console.log(JSON.stringify(result.problems, null, 2));
else
  console.log(
    `${args.file}${result.kind ? ` (${result.kind})` : ''}\n\n${report(result, args.lang).join('\n')}`,
  );
process.exit(countProblems(result.problems).errors > 0 ? 1 : 0);
