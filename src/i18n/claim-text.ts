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
  inference: InferenceKind | null;
}

/**
 * A claim's text for surfaces that draw it as a label (map labels, SVG, exports): the text of
 * {@link markedText} and the inference kind, so the surface can also draw it in its inferred style.
 *
 * @example
 * markedLabel(dataset, 'place/havana', 'Havana', 'en');
 * // { text: "Havana (inferred)", name: "Havana", mark: "(inferred)", dotted: "Havana · inferred", inference: "venue" }
 */
export function markedLabel(dataset: Dataset, key: string, text: string, lang: Lang): MarkedLabel {
  const claim = claimOf(dataset, key);
  const tag = inferenceTag(claim, lang);
  const mark = tag ? `(${tag})` : null;
  return {
    text: mark ? `${text} ${mark}` : text,
    name: text,
    mark,
    dotted: tag ? `${text} · ${tag}` : text,
    inference: claim.inference?.kind ?? null,
  };
}

/**
 * A claim's text for surfaces that show text only (tooltips, the map as text, exports): the text,
 * followed by its mark in brackets when the claim is ours.
 *
 * @example
 * markedText(dataset, 'place/astana', 'Astana', 'en'); // "Astana (inferred)"
 * markedText(dataset, 'place/tehran', 'Tehran', 'en'); // "Tehran"
 */
export function markedText(dataset: Dataset, key: string, text: string, lang: Lang): string {
  return markedLabel(dataset, key, text, lang).text;
}
