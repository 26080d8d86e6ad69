// What the details panel shows: the selected country, else a highlighted corridor that has properties of its own.
import type { AtlasModel } from '../data/atlas-model';
import type { Iso3 } from '../dataset';
import type { State } from './state';

/** The panel's subject: a country's details, or one corridor's (an imported line no country lists). */
export type DetailsSubject = { kind: 'country'; code: Iso3 } | { kind: 'corridor'; id: string };

/**
 * What the details panel shows for a state. A selected country comes first. Without one, a
 * highlighted corridor that carries properties from its file (an imported cable's `owners`,
 * `length`…) opens its own details, so they can be read even when no country lists the line; a
 * corridor of the default dataset has none, so highlighting it opens nothing, as before.
 *
 * @example
 * detailsSubject(model, { ...state, selectedCountry: null, corridor: '2africa' });
 * // { kind: 'corridor', id: '2africa' } when the file gave 2Africa properties
 */
export function detailsSubject(
  model: AtlasModel,
  state: Pick<State, 'selectedCountry' | 'corridor'>,
): DetailsSubject | null {
  if (state.selectedCountry !== null) return { kind: 'country', code: state.selectedCountry };
  if (state.corridor === null) return null;
  const properties = model.corridors.get(state.corridor)?.properties;
  return properties && Object.keys(properties).length > 0
    ? { kind: 'corridor', id: state.corridor }
    : null;
}

/**
 * Whether two subjects are the same (the panel redraws only when they differ).
 *
 * @example sameSubject({ kind: 'country', code: 'SAU' }, { kind: 'country', code: 'SAU' }) // true
 */
export function sameSubject(a: DetailsSubject | null, b: DetailsSubject | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'country') return b.kind === 'country' && a.code === b.code;
  return b.kind === 'corridor' && a.id === b.id;
}
