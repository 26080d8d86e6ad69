// The one rule for a claim shown as text: the article's claims as they are, ours with a mark (pure).
import { claimOf } from '../data/default-provenance';
import type { Claim } from '../data/provenance';
import type { Dataset } from '../dataset';
import type { Lang } from '../i18n/format';
import { t } from '../i18n/messages';

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

/**
 * A claim's text for surfaces that show text only (tooltips, the map as text, exports): the text,
 * followed by its mark in brackets when the claim is ours.
 *
 * @example
 * markedText(dataset, 'place/astana', 'Astana', 'en'); // "Astana (inferred)"
 * markedText(dataset, 'place/tehran', 'Tehran', 'en'); // "Tehran"
 */
export function markedText(dataset: Dataset, key: string, text: string, lang: Lang): string {
  const tag = inferenceTag(claimOf(dataset, key), lang);
  return tag ? `${text} (${tag})` : text;
}
