// The message on screen when a link's parameters could not be used: which ones, and what they expect.
import type { IgnoredParam } from '../embed/url-params';
import type { Lang } from '../i18n/format';
import { catalogs, t, type MessageKey } from '../i18n/messages';
import { h } from './dom';

/** The value as shown: short, so a hostile or huge value stays small (and it is only ever text). */
const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 39)}…` : value);

/** The sentence saying what a parameter expects: its own when the catalogs have one. */
const expectation = ({ name, expects }: IgnoredParam): MessageKey => {
  const key = `url.expect.${expects ?? name}`;
  return Object.hasOwn(catalogs.en, key) ? (key as MessageKey) : 'url.expect.other';
};

/**
 * Shows, over the map, which parameters of the link were left out and what each expects; the rest
 * of the link was applied. Dismissed with its button or Escape. Returns the notice element.
 *
 * @example
 * showUrlNotice('en', [{ name: 'country', value: 'XXX' }]);
 */
export function showUrlNotice(lang: Lang, ignored: readonly IgnoredParam[]): HTMLElement {
  const close = h('button', { type: 'button', class: 'url-notice-close' }, t(lang, 'panel.close'));
  const notice = h(
    'section',
    {
      class: 'url-notice',
      role: 'status',
      lang,
      dir: lang === 'fa' ? 'rtl' : 'ltr',
      'aria-label': t(lang, 'url.ignored.title'),
    },
    h('p', { class: 'url-notice-title' }, t(lang, 'url.ignored.title')),
    h(
      'ul',
      {},
      ...ignored.map((param) =>
        h(
          'li',
          {},
          h('code', { dir: 'ltr' }, `${param.name}=${shown(param.value)}`),
          ' — ',
          t(lang, expectation(param), param.params),
        ),
      ),
    ),
    close,
  );
  const dismiss = () => {
    notice.remove();
    document.removeEventListener('keydown', onKey);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') dismiss();
  };
  close.addEventListener('click', dismiss);
  document.addEventListener('keydown', onKey);
  document.body.append(notice);
  return notice;
}
