// The article's numbered sentences and the default dataset's provenance, and the one lookup every surface uses.
import type { Dataset } from '../dataset';
import sentencesJson from '../../data/article-sentences.json';
import provenanceJson from '../../data/provenance.json';
import type { ArticleSentence } from './article-sentences';
import { parseProvenance, type Claim, type Provenance } from './provenance';

/** The article as numbered sentences (data/article-sentences.json, from scripts/article-sentences.ts). */
export const ARTICLE_SENTENCES: readonly ArticleSentence[] = sentencesJson.sentences;

const byId = new Map(ARTICLE_SENTENCES.map((s) => [s.id, s]));

/**
 * The article sentence with this id, or undefined.
 *
 * @example
 * articleSentence('p19-s1')?.text; // "هاشمی گفت: همکاری در زمینه ترانزیت داده …"
 */
export function articleSentence(id: string): ArticleSentence | undefined {
  return byId.get(id);
}

const FALLBACK_INFERENCE = {
  kind: 'venue',
  note: { fa: 'مقاله این مکان را نام نمی‌برد.', en: 'The article does not name this place.' },
} as const;

const FALLBACK_SCHEMATIC = {
  kind: 'schematic',
  note: {
    fa: 'مسیر رسم‌شده طرح‌واره و پیشنهادی است.',
    en: 'The drawn route is schematic, a proposal.',
  },
} as const;

const cache = new WeakMap<Dataset, Provenance | null>();

/**
 * The provenance of a dataset: data/provenance.json when it covers exactly this dataset's claims
 * (the default dataset), else null (a dataset of the user's own, whose claims we cannot trace).
 *
 * @example
 * provenanceOf(model.dataset)?.claims['place/astana']?.inference?.kind; // "venue"
 */
export function provenanceOf(dataset: Dataset): Provenance | null {
  let provenance = cache.get(dataset);
  if (provenance === undefined) {
    const parsed = parseProvenance(provenanceJson, dataset, ARTICLE_SENTENCES);
    provenance = parsed.ok ? parsed.value : null;
    cache.set(dataset, provenance);
  }
  return provenance;
}

/**
 * One claim's provenance. Without a traced provenance, what the dataset itself says: a place that
 * is not in the article, and every corridor route, are inferences; the rest has no known source.
 *
 * @example
 * claimOf(dataset, 'corridor/north-east/legs/central-asia/name').inference?.kind; // "our-name"
 */
export function claimOf(dataset: Dataset, key: string): Claim {
  const traced = provenanceOf(dataset)?.claims[key];
  if (traced) return traced;
  const [collection, id, field] = key.split('/');
  const placeId =
    collection === 'place'
      ? id
      : collection === 'event' && field === 'place'
        ? dataset.events.find((e) => e.id === id)?.place
        : undefined;
  if (placeId) {
    const place = dataset.places.find((p) => p.id === placeId);
    if (place && !place.inArticle) return { inference: FALLBACK_INFERENCE };
  }
  if (collection === 'corridor' && field === 'route') return { inference: FALLBACK_SCHEMATIC };
  return {};
}
