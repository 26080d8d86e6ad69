// bench/results.json: the results less the bulky profiles, with the printed table.
import { writeFileSync } from 'node:fs';
import { RESULTS } from '../paths.mjs';

/** Runs without the bulky parts (profiles), for results.json. */
export function strip({ baselineQuery: _query, ...byKind }) {
  const clean = ({ profiles: _profiles, ...rest }) => rest;
  return Object.fromEntries(Object.entries(byKind).map(([kind, runs]) => [kind, runs.map(clean)]));
}

/** Writes `results` and the printed `text` (as `table`) to bench/results.json. */
export async function writeResults(results, text) {
  const prettier = await import('prettier');
  const config = (await prettier.resolveConfig(RESULTS)) ?? {};
  const json = await prettier.format(JSON.stringify({ ...results, table: text }), {
    ...config,
    filepath: RESULTS,
  });
  writeFileSync(RESULTS, json);
}
