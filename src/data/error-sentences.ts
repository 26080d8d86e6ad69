// The errors of a strict parse as lines of a report: a problem of level error as a path and a sentence.
import { problemText } from './import/problem-text';
import type { Problem } from './import/problem';
import type { ParseError } from './result';

const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
const ISO3_PATTERN = '^[A-Z]{3}$';

/** A pointer as a report shows it: `/` for the whole input. */
const shownPath = (path: string) => path || '/';

/** The object a property pointer is in: `/places/2` for `/places/2/elevation`. */
const parentOf = (path: string) => path.slice(0, path.lastIndexOf('/'));

/** A `[lon, lat]` out of range as the schema says it: one sentence per number out of range. */
function rangeErrors(problem: Problem): ParseError[] {
  const { lon, lat } = problem.params as { lon: number; lat: number };
  const errors: ParseError[] = [];
  if (lon < -180) errors.push({ path: `${problem.where.path}/0`, message: 'must be >= -180' });
  if (lon > 180) errors.push({ path: `${problem.where.path}/0`, message: 'must be <= 180' });
  if (lat < -90) errors.push({ path: `${problem.where.path}/1`, message: 'must be >= -90' });
  if (lat > 90) errors.push({ path: `${problem.where.path}/1`, message: 'must be <= 90' });
  return errors;
}

/** The sentence of a problem that has a short one of its own; undefined for the others. */
function shortSentence(problem: Problem): string | undefined {
  const p = problem.params;
  switch (problem.code) {
    case 'property.missing':
      return `missing required property "${String(p.property)}"`;
    case 'property.unknown':
      return `unknown property "${String(p.property)}"`;
    case 'json.not-object':
      return 'must be object';
    case 'schema.type':
      return `must be ${String(p.expected)}`;
    case 'schema.enum':
      return `must be one of ${String(p.allowed)}`;
    case 'schema.range':
      return `must be ${String(p.comparison)} ${String(p.limit)}`;
    case 'country.format':
      return `must match pattern "${ISO3_PATTERN}"`;
    case 'id.format':
      return `must match pattern "${ID_PATTERN}"`;
    case 'country.unknown':
      return `"${String(p.code)}" is not a known ISO 3166-1 alpha-3 country code`;
    case 'id.duplicate':
      return `duplicate id "${String(p.id)}"`;
    case 'ref.missing':
    case 'ref.pruned':
      return `no ${String(p.kind)} has the id "${String(p.id)}"`;
    case 'home.missing':
      return `no place has the id "${String(p.id)}"`;
    case 'leg.branch':
      return `leg "${String(p.leg)}" must start at a waypoint of an earlier leg; "${String(p.waypoint)}" is on none`;
    case 'period.invalid':
      return String(p.reason);
    default:
      return undefined;
  }
}

/**
 * A problem as lines of a strict parse's report, in English: the short sentence the schema or the
 * reference rules give (`missing required property "title"`, `no place has the id "qom"`), or the
 * import's own sentence for the others. An unknown property is reported at its object; a position
 * out of range at each number out of range.
 *
 * @example
 * errorSentences(problem('error', 'ref.missing', { path: '/events/0/place' }, { kind: 'place', id: 'atlantis' }));
 * // [{ path: '/events/0/place', message: 'no place has the id "atlantis"' }]
 */
export function errorSentences(problem: Problem): ParseError[] {
  if (problem.code === 'coordinates.out-of-range' || problem.code === 'coordinates.swapped') {
    const errors = rangeErrors(problem);
    if (errors.length > 0) return errors;
  }
  const path =
    problem.code === 'property.unknown' ? parentOf(problem.where.path) : problem.where.path;
  const message = shortSentence(problem) ?? problemText('en', problem).what;
  return [{ path: shownPath(path), message }];
}

/**
 * Whether a strict parse refuses the dataset for this problem: an error that is not only the
 * consequence of another (a reference to an item left out, a corridor or home left with nothing,
 * a leg that would branch from a leg left out, a chapter's reference), a reference to an item the
 * file does not have, or a property the format does not have.
 *
 * @example
 * refuses(problem('warning', 'property.unknown', { path: '/places/2/elevation' }, { property: 'elevation' })); // true
 */
export function refuses(problem: Problem): boolean {
  if (problem.code === 'property.unknown') return true;
  // A country entry naming a corridor the file does not have; one naming a dropped corridor follows.
  if (problem.code === 'ref.pruned') return problem.params.reason === 'missing';
  // The strict parse has never held chapters to their references (the lenient check leaves such a
  // chapter out); holding it would refuse datasets it accepts today.
  if (problem.code.startsWith('ref.') && problem.where.path.startsWith('/story/')) return false;
  if (problem.severity !== 'error') return false;
  switch (problem.code) {
    case 'ref.dropped':
    case 'corridor.no-legs':
      return false;
    case 'home.missing':
      return problem.params.reason !== 'dropped';
    case 'leg.branch':
      return problem.params.cause !== 'dropped-leg';
    default:
      return true;
  }
}
