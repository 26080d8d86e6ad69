// The one rule for a claim shown as an element: its text, its inference mark and note, and a way to its sentence.
import { claimOf } from '../data/default-provenance';
import type { Dataset } from '../dataset';
import type { Lang } from '../i18n/format';
import { t } from '../i18n/messages';
import { inferenceTag } from './claim-text';
import { h } from './dom';
import './claim-mark.css';

/** The event a "Show in the article" button sends up the document: the sentence ids to show. */
export const SHOW_SOURCE_EVENT = 'atlas-show-source';

/**
 * A button that asks the Source dialog to open at these sentences (a bubbling
 * {@link SHOW_SOURCE_EVENT} with `detail: { ids }`).
 *
 * @example
 * figure.append(showInArticleButton(['p19-s1'], 'en'));
 */
export function showInArticleButton(ids: readonly string[], lang: Lang): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', class: 'claim-source', 'data-sentences': ids.join(' ') },
    t(lang, 'claim.showInArticle'),
  );
  button.addEventListener('click', () =>
    button.dispatchEvent(
      new CustomEvent(SHOW_SOURCE_EVENT, { bubbles: true, detail: { ids: [...ids] } }),
    ),
  );
  return button;
}

/**
 * A claim as an element: `span.claim` with its text; when the claim is ours, the class `inferred`,
 * a tag ("inferred", "schematic", "our name"…) and the reason as its title; when it has a source, a
 * "Show in the article" button. All text is set as text.
 *
 * @example
 * li.append(claimElement(model.dataset, 'event/kaz/topics/0', topic.en, 'en'));
 */
export function claimElement(
  dataset: Dataset,
  key: string,
  text: string,
  lang: Lang,
  options: { tag?: boolean; link?: boolean } = {},
): HTMLElement {
  const claim = claimOf(dataset, key);
  const tag = inferenceTag(claim, lang);
  const element = h(
    'span',
    {
      class: tag ? 'claim inferred' : 'claim',
      'data-claim': key,
      'data-inference': claim.inference?.kind,
      title: claim.inference?.note[lang],
    },
    h('span', { class: 'claim-text' }, text),
    tag && options.tag !== false ? h('span', { class: 'claim-tag' }, tag) : null,
    claim.source && options.link !== false ? showInArticleButton(claim.source, lang) : null,
  );
  return element;
}
