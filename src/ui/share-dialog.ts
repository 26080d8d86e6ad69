// The share dialog: a link to the current view, and iframe and script snippets to embed it.
import { t } from '../i18n/messages';
import type { Lang } from '../i18n/format';
import { h } from './dom';
import type { Part } from './part';

/** Parameters that belong to one window (speaker view, an embed's host), not to a shared view. */
const PRIVATE_PARAMS = ['speaker', 'embed', 'origin', 'autoplay', 'loop', 'dwell'];

/** The parameters of the shared view (`data-*` names for the script embed). */
const VIEW_PARAMS = ['lang', 'country', 'corridor', 'view', 'step', 't', 'motion', 'data'] as const;

/** Escapes text for an HTML attribute value in a snippet the editor pastes. */
const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The three things the dialog offers, from the page's URL (which follows the state): the link, the
 * iframe snippet and the script snippet.
 *
 * @example
 * shareSnippets('https://atlas.example/?lang=fa&country=SAU', 'Corridor Atlas').iframe;
 * // '<iframe src="https://atlas.example/?lang=fa&amp;country=SAU&amp;embed=1" …'
 */
export function shareSnippets(
  href: string,
  title: string,
): { link: string; iframe: string; script: string } {
  const url = new URL(href);
  for (const name of PRIVATE_PARAMS) url.searchParams.delete(name);
  url.hash = '';
  const link = url.href.replace(/%2C/gi, ',');
  const embedUrl = new URL(url.href);
  embedUrl.searchParams.set('embed', '1');
  const base = new URL('./', url.href);
  const data = VIEW_PARAMS.filter((name) => url.searchParams.has(name))
    .map((name) => ` data-${name}="${attribute(url.searchParams.get(name) ?? '')}"`)
    .join('');
  return {
    link,
    iframe:
      `<iframe src="${attribute(embedUrl.href.replace(/%2C/gi, ','))}" title="${attribute(title)}" ` +
      `width="100%" height="480" style="border:0" loading="lazy" allow="fullscreen"></iframe>`,
    script:
      `<div data-corridor-atlas${data}></div>\n` +
      `<script src="${attribute(new URL('embed.js', base).href)}" async></script>`,
  };
}

async function copy(text: string, field: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (an http page, a permissions policy): select the text for Ctrl+C.
    field.focus();
    field.select();
    return false;
  }
}

/**
 * Creates the dialog (a native `<dialog>`: Escape closes it, focus returns to the button).
 *
 * `title(lang)` names the embedded map (the iframe's title). Open, it follows the interface language.
 *
 * @example
 * const share = createShareDialog((lang) => model.dataset.title[lang]);
 * share.update(store.getState(), null);
 * share.open();
 */
export function createShareDialog(title: (lang: Lang) => string): Part & { open(): void } {
  const element = h('dialog', { class: 'share-dialog', 'aria-labelledby': 'share-title' });
  let lang: Lang = 'en';
  const render = () => {
    const snippets = shareSnippets(location.href, title(lang));
    const row = (label: string, value: string, name: string) => {
      const field = h(
        'textarea',
        {
          readonly: true,
          rows: name === 'link' ? 2 : 3,
          id: `share-${name}`,
          spellcheck: 'false',
        },
        value,
      );
      field.dir = 'ltr';
      const button = h(
        'button',
        { type: 'button', class: 'copy', 'data-copy': name },
        t(lang, 'share.copy'),
      );
      button.addEventListener('click', () => {
        void copy(value, field).then((done) => {
          if (done) button.textContent = t(lang, 'share.copied');
        });
      });
      return h(
        'div',
        { class: 'share-row' },
        h('label', { for: `share-${name}` }, label),
        field,
        button,
      );
    };
    const close = h('button', { type: 'button', class: 'close' }, t(lang, 'share.close'));
    close.addEventListener('click', () => element.close());
    element.replaceChildren(
      h('h2', { id: 'share-title' }, t(lang, 'share.heading')),
      h('p', { class: 'hint' }, t(lang, 'share.note')),
      row(t(lang, 'share.link'), snippets.link, 'link'),
      row(t(lang, 'share.iframe'), snippets.iframe, 'iframe'),
      row(t(lang, 'share.script'), snippets.script, 'script'),
      close,
    );
  };
  return {
    element,
    open() {
      render();
      element.showModal();
    },
    update(state) {
      if (state.lang === lang) return;
      lang = state.lang;
      if (element.open) render();
    },
    destroy() {
      element.remove();
    },
  };
}
