// The source dialog: the whole Persian article the map is built from, shipped with the app.
import type { AtlasModel } from '../data/atlas-model';
import { t } from '../i18n/messages';
import type { Lang } from '../i18n/format';
import { splitSentences } from '../data/article-sentences';
import { SHOW_SOURCE_EVENT } from './claim-mark';
import { h, langAttributes } from './dom';
import type { Part } from './part';

/**
 * Creates the dialog (a native `<dialog>`: Escape closes it and focus returns to the button). The
 * article's text is loaded on first open, from the app's own bundle.
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
    const { default: article } = await import('../../data/article.fa.txt?raw');
    const close = h('button', { type: 'button', class: 'close' }, t(lang, 'source.close'));
    close.addEventListener('click', () => element.close());
    // The numbered sentences, each its own element, so that a claim's sentence can be marked.
    const numbered = splitSentences(article);
    const paragraphs = [...new Set(numbered.map((s) => s.paragraph))].map((n) =>
      numbered
        .filter((s) => s.paragraph === n)
        .flatMap((s, i) => [
          i > 0 ? ' ' : '',
          highlighted.has(s.id)
            ? h('mark', { id: `sentence-${s.id}`, 'data-sentence': s.id }, s.text)
            : h('span', { id: `sentence-${s.id}`, 'data-sentence': s.id }, s.text),
        ]),
    );
    element.replaceChildren(
      h('h2', { id: 'source-title' }, t(lang, 'source.heading')),
      h('p', { class: 'source-title', ...langAttributes('fa') }, model.dataset.source.title.fa),
      ...(lang === 'en' ? [h('p', {}, model.dataset.source.title.en)] : []),
      h(
        'p',
        { class: 'hint' },
        t(lang, 'source.by', { publisher: model.dataset.source.publisher[lang] }),
      ),
      h(
        'div',
        { class: 'article', ...langAttributes('fa') },
        ...paragraphs.map((p) => h('p', {}, ...p)),
      ),
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
