// Unit tests of the legend's grouping rule: above a dozen corridors, groups by colour or by a property.
import { describe, expect, it } from 'vitest';
import type { Corridor } from '../../../src/dataset';
import {
  GROUPING_MAX_VALUES,
  LEGEND_GROUP_ABOVE,
  groupingProperties,
  legendGroups,
} from '../../../src/ui/legend-groups';

function corridor(id: string, color: string, properties?: Record<string, string>): Corridor {
  return {
    id,
    name: { en: id, fa: id },
    summary: { en: '—', fa: '—' },
    schematic: true,
    legs: [],
    source: '—',
    style: { color },
    ...(properties ? { properties } : {}),
  };
}

const colorOf = (c: Corridor) => c.style?.color ?? '';

/** n corridors, coloured in turn from `colors`, each with an `owner` from `owners` and its own slug. */
function cables(n: number, colors: string[], owners: string[]): Corridor[] {
  return Array.from({ length: n }, (_, i) =>
    corridor(`c${i}`, colors[i % colors.length] ?? '', {
      owner: owners[i % owners.length] ?? '',
      slug: `cable-${i}`,
    }),
  );
}

describe('legendGroups(corridors, grouping, colorOf)', () => {
  it(`is null for up to ${LEGEND_GROUP_ABOVE} corridors: the legend lists each`, () => {
    expect(
      legendGroups(cables(LEGEND_GROUP_ABOVE, ['#a'], ['x']), { kind: 'color' }, colorOf),
    ).toBe(null);
  });

  it(`groups ${LEGEND_GROUP_ABOVE + 1} corridors by colour, largest group first, each in the dataset's order`, () => {
    const groups = legendGroups(
      cables(LEGEND_GROUP_ABOVE + 1, ['#b', '#a', '#a'], ['x']),
      { kind: 'color' },
      colorOf,
    );
    expect(groups?.map((g) => [g.key, g.color, g.corridors.length])).toEqual([
      ['#a', '#a', 8],
      ['#b', '#b', 5],
    ]);
    expect(groups?.[1]?.corridors.map((c) => c.id)).toEqual(['c0', 'c3', 'c6', 'c9', 'c12']);
  });

  it('groups by a property, those without it in a group keyed null, and drops the colour where it differs', () => {
    const list = [...cables(14, ['#a', '#b'], ['Meta', 'MTN']), corridor('lone', '#a')];
    const groups = legendGroups(list, { kind: 'property', key: 'owner' }, colorOf);
    expect(groups?.map((g) => [g.key, g.corridors.length])).toEqual([
      ['Meta', 7],
      ['MTN', 7],
      [null, 1],
    ]);
    expect(groups?.[0]?.color).toBe('#a'); // every Meta cable is #a (even positions)
    expect(groups?.[2]?.color).toBe('#a');
    const mixed = legendGroups(
      cables(14, ['#a', '#b', '#c'], ['Meta', 'MTN']),
      { kind: 'property', key: 'owner' },
      colorOf,
    );
    expect(mixed?.[0]?.color).toBe(null);
  });
});

describe('groupingProperties(corridors)', () => {
  it('offers a property with a few values that most corridors have, not one that every line has its own of', () => {
    expect(groupingProperties(cables(20, ['#a'], ['Meta', 'MTN', 'Orange']))).toEqual(['owner']);
  });

  it(`leaves out a property with one value, with over ${GROUPING_MAX_VALUES}, or on fewer than half the corridors`, () => {
    expect(groupingProperties(cables(20, ['#a'], ['Meta']))).toEqual([]);
    const many = Array.from({ length: GROUPING_MAX_VALUES + 1 }, (_, i) => `owner ${i}`);
    expect(groupingProperties(cables(60, ['#a'], many))).toEqual([]);
    const few = [
      ...cables(4, ['#a'], ['Meta', 'MTN']),
      ...Array.from({ length: 6 }, (_, i) => corridor(`x${i}`, '#a')),
    ];
    expect(groupingProperties(few)).toEqual([]);
  });
});
