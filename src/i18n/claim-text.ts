// The one rule for a claim shown as text: the article's claims as they are, ours with a mark (pure).
import { claimOf } from '../data/default-provenance';
import type { Claim, InferenceKind } from '../data/provenance';
import type { Dataset } from '../dataset';
import type { Lang } from './format';
import { t } from './messages';

/**
 * The short mark for a claim that is ours (`inferred`, `schematic`, `our name`…), or null for a
 * claim the article makes.
 *
 * @example
 * inferenceTag(claimOf(dataset, 'place/astana'), 'en'); // "inferred"
 */
export function inferenceTag(claim: Claim, lang: Lang): string | null {
  return claim.inference ? t(lang, `mark.${claim.inference.kind}`) : null;
}

/** A claim's text as a label: the marked text, its parts, and the kind of inference when the claim is ours. */
export interface MarkedLabel {
  /** The text with its mark: "Astana (inferred)", or the text alone for the article's claim. */
  text: string;
  /** The text alone, for a surface that sets the mark apart (on a line of its own). */
  name: string;
  /** The mark in brackets, "(inferred)", or null. */
  mark: string | null;
  /**
   * The text and its mark set apart by a middle dot, "آستانه · استنباطی", for a renderer that lays
   * right-to-left text out without mirroring brackets (MapLibre's labels draw "(استنباطی)" as ")استنباطی(").
   */
  dotted: string;
  /**
   * The text as a map label draws it: {@link MarkedLabel.text}, except for a schematic claim (a
   * waypoint we chose), whose mark the map's legend states once for every route and end point
   * instead of on each label; `inference` still tells the map to draw it in the inferred style.
   */
  mapText: string;
  /** {@link MarkedLabel.mapText} with the mark set apart by a middle dot, as {@link MarkedLabel.dotted}. */
  mapDotted: string;
  inference: InferenceKind | null;
}

/**
 * The marks a map states once, in its legend, rather than on each label: nine corridor ends each
 * reading "(schematic)" would bury the names, and every one of them is a waypoint we chose.
 */
export const MARKED_ONCE_ON_MAPS: ReadonlySet<InferenceKind> = new Set(['schematic']);

/**
 * A claim's text for surfaces that draw it as a label (map labels, SVG, exports): the text of
 * {@link markedText} and the inference kind, so the surface can also draw it in its inferred style.
 *
 * @example
 * markedLabel(dataset, 'place/havana', 'Havana', 'en');
 * // { text: "Havana (inferred)", name: "Havana", mark: "(inferred)", dotted: "Havana · inferred",
 * //   mapText: "Havana (inferred)", mapDotted: "Havana · inferred", inference: "venue" }
 * markedLabel(dataset, 'place/kashgar', 'Kashgar', 'en').mapText; // "Kashgar" (the legend says "schematic" once)
 */
export function markedLabel(dataset: Dataset, key: string, text: string, lang: Lang): MarkedLabel {
  const claim = claimOf(dataset, key);
  const tag = inferenceTag(claim, lang);
  const mark = tag ? `(${tag})` : null;
  const inference = claim.inference?.kind ?? null;
  const marked = mark ? `${text} ${mark}` : text;
  const dotted = tag ? `${text} · ${tag}` : text;
  const once = inference !== null && MARKED_ONCE_ON_MAPS.has(inference);
  return {
    text: marked,
    name: text,
    mark,
    dotted,
    mapText: once ? text : marked,
    mapDotted: once ? text : dotted,
    inference,
  };
}

/**
 * A claim's text for surfaces that show text only (tooltips, the map as text, exports): the text,
 * followed by its mark in brackets when the claim is ours; with `reason`, the mark carries the
 * claim's note too, for text that has no tooltip to hold it.
 *
 * @example
 * markedText(dataset, 'place/astana', 'Astana', 'en'); // "Astana (inferred)"
 * markedText(dataset, 'place/tehran', 'Tehran', 'en'); // "Tehran"
 * markedText(dataset, 'place/havana', 'Havana', 'en', { reason: true });
 * // "Havana (inferred: The article names only Cuba, not the city; Havana, its capital, is our inference.)"
 */
export function markedText(
  dataset: Dataset,
  key: string,
  text: string,
  lang: Lang,
  options: { reason?: boolean } = {},
): string {
  if (options.reason) {
    const claim = claimOf(dataset, key);
    const tag = inferenceTag(claim, lang);
    if (tag && claim.inference) return `${text} (${tag}: ${claim.inference.note[lang]})`;
  }
  return markedLabel(dataset, key, text, lang).text;
}
