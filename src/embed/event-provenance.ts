// What a host page is told of the claims behind an event (pure): each claim's sentence ids, or that it is our inference and why.
import { eventsOf, type AtlasModel } from '../data/atlas-model';
import { claimOf } from '../data/default-provenance';
import type { InferenceKind } from '../data/provenance';
import type { Bilingual, Chapter } from '../dataset';

/**
 * One claim as a host page receives it: its key, the ids of the article sentences it rests on
 * (`p5-s1`…, empty when none), and, when it is ours, `inferred: true` with the kind and the reason
 * in both languages.
 */
export interface ClaimProvenance {
  claim: string;
  sources: string[];
  inferred: boolean;
  inference?: InferenceKind;
  reason?: Bilingual;
}

/**
 * A claim's provenance for the wire.
 *
 * @example
 * claimProvenance(model.dataset, 'place/astana');
 * // { claim: 'place/astana', sources: [], inferred: true, inference: 'venue', reason: { fa: '…', en: 'The article names only Kazakhstan…' } }
 */
export function claimProvenance(dataset: AtlasModel['dataset'], claim: string): ClaimProvenance {
  const found = claimOf(dataset, claim);
  return {
    claim,
    sources: [...(found.source ?? [])],
    inferred: found.inference !== undefined,
    ...(found.inference
      ? { inference: found.inference.kind, reason: { ...found.inference.note } }
      : {}),
  };
}

/**
 * The claims a selected country shows: its roles on the map, and the place of each meeting with it
 * or held in it (Kazakhstan: Astana, an inferred venue). Nothing for no country.
 *
 * @example
 * countryClaims(model, 'KAZ').map((c) => c.claim); // ['country/KAZ/roles', 'place/astana']
 */
export function countryClaims(model: AtlasModel, code: string | null): ClaimProvenance[] {
  if (code === null || !model.countries.has(code)) return [];
  const events = eventsOf(model, code);
  const places = [...events.with, ...events.heldIn].flatMap((event) =>
    event.place === null ? [] : [`place/${event.place}`],
  );
  return [`country/${code}/roles`, ...new Set(places)].map((key) =>
    claimProvenance(model.dataset, key),
  );
}

/**
 * The claims a presenter step shows: its chapter's title and text.
 *
 * @example
 * chapterClaims(model, chapter)[0]; // { claim: 'chapter/two-corridors/title', inferred: true, inference: 'our-name', … }
 */
export function chapterClaims(model: AtlasModel, chapter: Chapter | undefined): ClaimProvenance[] {
  if (!chapter) return [];
  return ['title', 'text'].map((field) =>
    claimProvenance(model.dataset, `chapter/${chapter.id}/${field}`),
  );
}
