// An imported feature's own properties (the ones the atlas has no field for) as a plain key/value table.
import type { AtlasModel } from '../data/atlas-model';
import type { Corridor, ExtraProperties } from '../dataset';
import type { Lang } from '../i18n/format';
import { t } from '../i18n/messages';
import { h } from './dom';
import './feature-properties.css';

/**
 * The properties as a table: one row per property, in the file's order, the name as a row header
 * and the value beside it. Both are the file's text, set as text (never HTML), with `dir="auto"`
 * since either may be Persian or Latin whatever the page's language. Null when there are none.
 *
 * @example
 * propertiesTable({ owners: 'Meta, MTN', length: '45000' }, 'en'); // <table class="feature-properties">…
 */
export function propertiesTable(
  properties: ExtraProperties | undefined,
  lang: Lang,
): HTMLTableElement | null {
  const entries = Object.entries(properties ?? {});
  if (entries.length === 0) return null;
  return h(
    'table',
    { class: 'feature-properties' },
    h('caption', {}, t(lang, 'panel.properties')),
    h(
      'tbody',
      {},
      ...entries.map(([key, value]) =>
        h('tr', {}, h('th', { scope: 'row', dir: 'auto' }, key), h('td', { dir: 'auto' }, value)),
      ),
    ),
  );
}

/**
 * The details of one corridor on its own, for an imported line that no country lists: its name as
 * the panel's heading, then what `section` draws (summary, routes, properties).
 *
 * @example
 * body.replaceChildren(renderCorridorDetails(model, corridor, 'fa', corridorSection));
 */
export function renderCorridorDetails(
  model: AtlasModel,
  corridor: Corridor,
  lang: Lang,
  section: (model: AtlasModel, corridor: Corridor, lang: Lang) => HTMLElement,
): HTMLElement {
  return h(
    'div',
    { class: 'details corridor-details', 'data-corridor-details': corridor.id },
    h(
      'header',
      {},
      h('h2', { id: 'details-title', tabindex: -1, dir: 'auto' }, corridor.name[lang]),
      h('p', { class: 'other-name' }, t(lang, 'panel.corridorHeading')),
    ),
    section(model, corridor, lang),
  );
}
