// Safe DOM building: elements from a tag, attributes and children, where every string becomes text.
import type { Lang } from '../i18n/format';

type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined>;

/**
 * Creates an element. String children become text nodes, never HTML; `false`, `null` and
 * `undefined` children and attributes are skipped; `true` sets an empty attribute.
 *
 * @example
 * h('p', { class: 'note', lang: 'fa', dir: 'rtl' }, 'متن از داده', h('b', {}, '<b>safe</b>'));
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/**
 * Attributes that mark text as written in `lang`, with its direction, for text in the other
 * language than the page's (WCAG 3.1.2) and for bidirectional layout.
 *
 * @example
 * h('blockquote', langAttributes('fa'), sentence);
 */
export function langAttributes(lang: Lang): { lang: Lang; dir: 'rtl' | 'ltr' } {
  return { lang, dir: lang === 'fa' ? 'rtl' : 'ltr' };
}
