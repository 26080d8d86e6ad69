// The country entries of a GeoJSON import: each country's roles and the corridors it is on.
import type { Corridor, CountryDetails, CountryRole, Iso3 } from '../../dataset';

const ORDER: CountryRole[] = ['iran', 'partner', 'transit', 'destination'];

/** Roles given to countries while features are turned into meetings and corridors. */
export interface CountryRoles {
  /** Gives `code` the role `role`, on `corridor` when given. */
  add(code: Iso3, role: CountryRole, corridor?: string): void;
  /** One entry per country given a role, by code, listing the corridors of `corridors` it is on. */
  details(corridors: readonly Corridor[]): CountryDetails[];
}

/**
 * An empty set of country roles.
 *
 * @example
 * const roles = createCountryRoles();
 * roles.add('IRN', 'iran');
 * roles.details([]); // [{ code: 'IRN', roles: ['iran'], inArticle: false, cooperation: [], corridors: [] }]
 */
export function createCountryRoles(): CountryRoles {
  const roles = new Map<Iso3, { roles: Set<CountryRole>; corridors: Set<string> }>();
  return {
    add(code, role, corridor) {
      const entry = roles.get(code) ?? { roles: new Set(), corridors: new Set() };
      entry.roles.add(role);
      if (corridor) entry.corridors.add(corridor);
      roles.set(code, entry);
    },
    details: (corridors) =>
      [...roles]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, entry]) => ({
          code,
          roles: ORDER.filter((r) => entry.roles.has(r)),
          inArticle: false,
          cooperation: [],
          corridors: corridors.map((c) => c.id).filter((id) => entry.corridors.has(id)),
        })),
  };
}
