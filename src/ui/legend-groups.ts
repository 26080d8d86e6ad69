// How the legend lists many corridors: above a dozen, in groups by colour or by a property of the file (pure).
import type { Corridor } from '../dataset';

/** Above this many corridors the legend lists them in groups instead of one by one. */
export const LEGEND_GROUP_ABOVE = 12;

/** Groups listed; the rest are counted in one line (every corridor is in Map as text). */
export const LEGEND_MAX_GROUPS = 12;

/** Corridors listed inside one open group; the rest are counted. */
export const LEGEND_MAX_GROUP_ITEMS = 50;

/** A property is offered for grouping when it gives at most this many different values. */
export const GROUPING_MAX_VALUES = 24;

/** What the legend groups corridors by: their drawn colour, or the value of one of their properties. */
export type LegendGrouping = { kind: 'color' } | { kind: 'property'; key: string };

/** One group of the legend: its key, the corridors in it (in the dataset's order), their colour. */
export interface LegendGroup {
  /** The colour (`rgb(…)`) or the property's value; `null` for corridors without the property. */
  key: string | null;
  /** The colour shared by every corridor of the group, or null when they differ. */
  color: string | null;
  corridors: Corridor[];
}

/**
 * The corridors in groups, largest first (ties in the order their first corridor comes), or null
 * when there are not more than {@link LEGEND_GROUP_ABOVE}: the legend then lists each.
 *
 * @example
 * legendGroups(cables, { kind: 'color' }, (c) => colourOf(c))?.[0];
 * // { key: 'rgb(228, 0, 124)', color: 'rgb(228, 0, 124)', corridors: [2Africa, PEACE, …] }
 */
export function legendGroups(
  corridors: readonly Corridor[],
  grouping: LegendGrouping,
  colorOf: (corridor: Corridor) => string,
): LegendGroup[] | null {
  if (corridors.length <= LEGEND_GROUP_ABOVE) return null;
  const groups = new Map<string | null, LegendGroup>();
  for (const corridor of corridors) {
    const color = colorOf(corridor);
    const key = grouping.kind === 'color' ? color : (corridor.properties?.[grouping.key] ?? null);
    const group = groups.get(key);
    if (group) {
      group.corridors.push(corridor);
      if (group.color !== color) group.color = null;
    } else {
      groups.set(key, { key, color, corridors: [corridor] });
    }
  }
  // A stable sort keeps the first-seen order among groups of one size.
  return [...groups.values()].sort((a, b) => b.corridors.length - a.corridors.length);
}

/**
 * The properties worth grouping by, in the order they first appear: those that at least half the
 * corridors have and that give from 2 to {@link GROUPING_MAX_VALUES} different values, at most one
 * for every two corridors that have it (an `owner`, a `status`; not a `slug`, which every line has
 * its own of).
 *
 * @example
 * groupingProperties(cables); // ['status', 'owner']
 */
export function groupingProperties(corridors: readonly Corridor[]): string[] {
  const values = new Map<string, { count: number; distinct: Set<string> }>();
  for (const corridor of corridors) {
    for (const [key, value] of Object.entries(corridor.properties ?? {})) {
      const entry = values.get(key) ?? { count: 0, distinct: new Set<string>() };
      entry.count += 1;
      entry.distinct.add(value);
      values.set(key, entry);
    }
  }
  return [...values]
    .filter(
      ([, { count, distinct }]) =>
        count * 2 >= corridors.length &&
        distinct.size >= 2 &&
        distinct.size * 2 <= count &&
        distinct.size <= GROUPING_MAX_VALUES,
    )
    .map(([key]) => key);
}
