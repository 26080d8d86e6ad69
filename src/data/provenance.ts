// Provenance: which article sentence each shown claim rests on, or why it is our inference (pure).
import type { Bilingual, Dataset } from '../dataset';
import type { ArticleSentence } from './article-sentences';
import type { ParseError, Result } from './result';

/** Why a claim is ours and not the article's. */
export type InferenceKind = 'venue' | 'schematic' | 'our-name' | 'region' | 'editorial';

export const INFERENCE_KINDS: readonly InferenceKind[] = [
  'venue',
  'schematic',
  'our-name',
  'region',
  'editorial',
];

/** A claim we add to the article: its kind and a note, in both languages, saying what and why. */
export interface Inference {
  kind: InferenceKind;
  note: Bilingual;
}

/**
 * Where one shown claim comes from: the ids of the article sentences it rests on, or an inference
 * (or both, when an inference is drawn from a sentence, such as an inferred venue from its trip).
 */
export interface Claim {
  source?: string[];
  inference?: Inference;
}

/** The provenance of a dataset's claims, keyed by {@link claimKeys}. */
export interface Provenance {
  claims: Record<string, Claim>;
}

/**
 * The key of every claim a dataset shows: each event's title, place, date, counterparts, topics,
 * summary and note; each place; each corridor's name, summary, route and leg names; each country's
 * roles, cooperation areas and note; each story chapter's title and text. An event with no place
 * (`place: null`) claims none, and shows that the article gives none.
 *
 * @example
 * claimKeys(dataset).includes('event/kaz/place'); // true
 */
export function claimKeys(dataset: Dataset): string[] {
  const keys: string[] = [];
  for (const event of dataset.events) {
    const k = `event/${event.id}`;
    keys.push(`${k}/title`);
    if (event.place !== null) keys.push(`${k}/place`);
    keys.push(`${k}/when`);
    event.counterparts.forEach((c, i) => {
      if (c.name !== null) keys.push(`${k}/counterparts/${i}/name`);
      keys.push(`${k}/counterparts/${i}/office`);
      if (c.country !== null) keys.push(`${k}/counterparts/${i}/country`);
    });
    event.topics.forEach((_, i) => keys.push(`${k}/topics/${i}`));
    keys.push(`${k}/summary`);
    if (event.note) keys.push(`${k}/note`);
  }
  for (const place of dataset.places) keys.push(`place/${place.id}`);
  for (const corridor of dataset.corridors) {
    const k = `corridor/${corridor.id}`;
    keys.push(`${k}/name`, `${k}/summary`, `${k}/route`);
    for (const leg of corridor.legs) keys.push(`${k}/legs/${leg.id}/name`);
  }
  for (const country of dataset.countries) {
    const k = `country/${country.code}`;
    keys.push(`${k}/roles`);
    country.cooperation.forEach((_, i) => keys.push(`${k}/cooperation/${i}`));
    if (country.note) keys.push(`${k}/note`);
  }
  for (const chapter of dataset.story ?? []) {
    keys.push(`chapter/${chapter.id}/title`, `chapter/${chapter.id}/text`);
  }
  return keys;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isText = (value: unknown) => typeof value === 'string' && value.trim() !== '';

function claimProblems(key: string, claim: unknown, sentences: ReadonlySet<string>): ParseError[] {
  const path = `/claims/${key}`;
  if (!isRecord(claim)) return [{ path, message: 'must be an object' }];
  const problems: ParseError[] = [];
  const unknown = Object.keys(claim).filter((name) => name !== 'source' && name !== 'inference');
  if (unknown.length > 0) problems.push({ path, message: `unknown property "${unknown[0]}"` });
  if (claim.source === undefined && claim.inference === undefined) {
    problems.push({
      path,
      message: 'needs a source (sentence ids) or an inference (kind and note)',
    });
  }
  if (claim.source !== undefined) {
    if (!Array.isArray(claim.source) || claim.source.length === 0) {
      problems.push({
        path: `${path}/source`,
        message: 'must be a non-empty list of sentence ids',
      });
    } else {
      claim.source.forEach((id: unknown, i) => {
        if (typeof id !== 'string' || !sentences.has(id)) {
          problems.push({
            path: `${path}/source/${i}`,
            message: `no sentence of the article has the id ${JSON.stringify(id)}`,
          });
        }
      });
    }
  }
  if (claim.inference !== undefined) {
    const inference = claim.inference;
    if (
      !isRecord(inference) ||
      !INFERENCE_KINDS.includes(inference.kind as InferenceKind) ||
      !isRecord(inference.note) ||
      !isText(inference.note.fa) ||
      !isText(inference.note.en)
    ) {
      problems.push({
        path: `${path}/inference`,
        message: `must be { kind: ${INFERENCE_KINDS.join(' | ')}, note: { fa, en } }, both notes non-empty`,
      });
    }
  }
  return problems;
}

/**
 * Checks a provenance against its dataset and the article's sentences: every claim the dataset shows
 * has an entry, every entry is a claim of the dataset, and each has a source whose sentence ids all
 * exist, or an inference with its kind and a note in both languages.
 *
 * @example
 * const result = parseProvenance(json, dataset, sentences);
 * if (!result.ok) console.table(result.errors);
 */
export function parseProvenance(
  input: unknown,
  dataset: Dataset,
  sentences: readonly ArticleSentence[],
): Result<Provenance> {
  if (!isRecord(input) || !isRecord(input.claims)) {
    return { ok: false, errors: [{ path: '/claims', message: 'must be an object of claims' }] };
  }
  const claims = input.claims;
  const ids = new Set(sentences.map((s) => s.id));
  const keys = claimKeys(dataset);
  const wanted = new Set(keys);
  const errors: ParseError[] = [
    ...keys
      .filter((key) => !(key in claims))
      .map((key) => ({
        path: `/claims/${key}`,
        message: 'this claim is shown but has neither a source nor an inference',
      })),
    ...Object.keys(claims)
      .filter((key) => !wanted.has(key))
      .map((key) => ({ path: `/claims/${key}`, message: 'no claim of the dataset has this key' })),
    ...keys.filter((key) => key in claims).flatMap((key) => claimProblems(key, claims[key], ids)),
  ];
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, value: { claims: claims as Record<string, Claim> } };
}
