// The source dialog: the whole Persian article the map is built from, shipped with the app, with an English gloss of the sentences a claim rests on.
import type { AtlasModel } from '../data/atlas-model';
import { t } from '../i18n/messages';
import type { Lang } from '../i18n/format';
import { splitSentences } from '../data/article-sentences';
import { SHOW_SOURCE_EVENT } from './claim-mark';
import { h, langAttributes } from './dom';
import type { Part } from './part';

/**
 * Creates the dialog (a native `<dialog>`: Escape closes it and focus returns to the button). The
 * article's text and its English gloss (data/article-gloss.en.json) are loaded on first open, from
 * the app's own bundle. Opened at sentences (a "Show in the article" button anywhere in the same
 * document), it marks them (`<mark>`), scrolls to the first, and glosses them in English under their
 * paragraph.
 *
 * Open, it follows the interface language.
 *
 * @example
 * const source = createSourceDialog(model);
 * source.update(store.getState(), null);
 * void source.open();
 */
export function createSourceDialog(
  model: AtlasModel,
): Part & { open(sentences?: readonly string[]): Promise<void> } {
  const element = h('dialog', { class: 'source-dialog', 'aria-labelledby': 'source-title' });
  let lang: Lang = 'en';
  let highlighted: ReadonlySet<string> = new Set();
  const render = async () => {
    const [{ default: article }, { default: gloss }] = await Promise.all([
      import('../../data/article.fa.txt?raw'),
      import('../../data/article-gloss.en.json'),
    ]);
    const glosses: Readonly<Record<string, string>> = gloss.glosses;
    const close = h('button', { type: 'button', class: 'close' }, t(lang, 'source.close'));
    close.addEventListener('click', () => element.close());
    // The numbered sentences, each its own element, so that a claim's sentence can be marked.
    const numbered = splitSentences(article);
    // Each paragraph with a marked sentence is followed by the English gloss of what is marked.
    const paragraphs = [...new Set(numbered.map((s) => s.paragraph))].flatMap((n) => {
      const sentences = numbered.filter((s) => s.paragraph === n);
      const marked = sentences.filter((s) => highlighted.has(s.id) && glosses[s.id]);
      return [
        h(
          'p',
          {},
          ...sentences.flatMap((s, i) => [
            i > 0 ? ' ' : '',
            highlighted.has(s.id)
              ? h('mark', { id: `sentence-${s.id}`, 'data-sentence': s.id }, s.text)
              : h('span', { id: `sentence-${s.id}`, 'data-sentence': s.id }, s.text),
          ]),
        ),
        marked.length > 0
          ? h(
              'p',
              { class: 'gloss', ...langAttributes('en') },
              h('span', { class: 'gloss-label', ...langAttributes(lang) }, t(lang, 'source.gloss')),
              ' ',
              ...marked.flatMap((s, i) => [
                i > 0 ? ' ' : '',
                h('span', { 'data-gloss': s.id }, glosses[s.id] ?? ''),
              ]),
            )
          : null,
      ];
    });
    element.replaceChildren(
      h('h2', { id: 'source-title' }, t(lang, 'source.heading')),
      h('p', { class: 'source-title', ...langAttributes('fa') }, model.dataset.source.title.fa),
      ...(lang === 'en' ? [h('p', {}, model.dataset.source.title.en)] : []),
      h(
        'p',
        { class: 'hint' },
        t(lang, 'source.by', { publisher: model.dataset.source.publisher[lang] }),
      ),
      h('div', { class: 'article', ...langAttributes('fa') }, ...paragraphs),
      close,
    );
    return close;
  };
  const open = async (sentences: readonly string[] = []) => {
    highlighted = new Set(sentences);
    const close = await render();
    if (!element.open) element.showModal();
    close.focus();
    element.querySelector('mark')?.scrollIntoView?.({ block: 'center' });
  };
  const onShow = (event: Event) => {
    const ids = (event as CustomEvent<{ ids?: unknown }>).detail?.ids;
    const valid = Array.isArray(ids)
      ? ids.filter((id): id is string => typeof id === 'string')
      : [];
    void open(valid);
  };
  document.addEventListener(SHOW_SOURCE_EVENT, onShow);
  return {
    element,
    open,
    update(state) {
      if (state.lang === lang) return;
      lang = state.lang;
      if (element.open) void render().then((close) => close.focus());
    },
    destroy() {
      document.removeEventListener(SHOW_SOURCE_EVENT, onShow);
      element.remove();
    },
  };
}
