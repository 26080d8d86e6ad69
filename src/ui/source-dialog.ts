// The source dialog: the whole Persian article the map is built from, shipped with the app.
import type { AtlasModel } from '../data/atlas-model';
import { t } from '../i18n/messages';
import type { Lang } from '../i18n/format';
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
export function createSourceDialog(model: AtlasModel): Part & { open(): Promise<void> } {
  const element = h('dialog', { class: 'source-dialog', 'aria-labelledby': 'source-title' });
  let lang: Lang = 'en';
  const render = async () => {
    const { default: article } = await import('../../data/article.fa.txt?raw');
    const close = h('button', { type: 'button', class: 'close' }, t(lang, 'source.close'));
    close.addEventListener('click', () => element.close());
    const paragraphs = article
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
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
        ...paragraphs.map((p) => h('p', {}, p)),
      ),
      close,
    );
    return close;
  };
  return {
    element,
    async open() {
      const close = await render();
      element.showModal();
      close.focus();
    },
    update(state) {
      if (state.lang === lang) return;
      lang = state.lang;
      if (element.open) void render().then((close) => close.focus());
    },
    destroy() {
      element.remove();
    },
  };
}
