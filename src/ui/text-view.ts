// The map as text: corridors, meetings and countries as real tables, for screen readers and print.
import { eventsOf, type AtlasModel } from '../data/atlas-model';
import {
  formatGregorianInterval,
  formatKm,
  formatMs,
  formatPeriod,
  type Lang,
} from '../i18n/format';
import { periodInterval, periodPrecision } from '../i18n/jalali-period';
import type { AtlasEvent } from '../dataset';
import { t } from '../i18n/messages';
import { markedText } from './claim-text';
import { countryName, eventWhere } from './country-details';
import { jalaliYearsText, yearText } from '../timeline/axis-ticks';
import { h } from './dom';
import type { Part } from './part';

/** The Jalali period as the article gives it, saying so when it gives no date (the whole year). */
function eventDateText(event: AtlasEvent, lang: Lang): string {
  const text = formatPeriod(event.when, lang);
  return periodPrecision(event.when) === 'year' && !event.when.part
    ? `${text}: ${t(lang, 'panel.dateNotGiven', { year: yearText(event.when.year, lang) })}`
    : text;
}

function table(caption: string, headers: string[], rows: string[][]): HTMLTableElement {
  return h(
    'table',
    {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...headers.map((text) => h('th', { scope: 'col' }, text)))),
    h(
      'tbody',
      {},
      ...rows.map(([first = '', ...rest]) =>
        h('tr', {}, h('th', { scope: 'row' }, first), ...rest.map((cell) => h('td', {}, cell))),
      ),
    ),
  );
}

/**
 * Everything the map shows, as text in `lang`: each corridor's routes with length and latency, each
 * meeting with its place and both calendars, each country with its roles.
 *
 * @example
 * section.replaceChildren(...renderTextView(model, 'fa'));
 */
export function renderTextView(model: AtlasModel, lang: Lang): HTMLElement[] {
  const corridors = [...model.corridors.values()].map((corridor) =>
    table(
      markedText(
        model.dataset,
        `corridor/${corridor.id}/route`,
        markedText(model.dataset, `corridor/${corridor.id}/name`, corridor.name[lang], lang),
        lang,
      ),
      [t(lang, 'text.route'), t(lang, 'text.length'), t(lang, 'text.latency')],
      (model.geometry.get(corridor.id)?.routes ?? []).map((route) => [
        t(lang, 'panel.route', {
          from: markedText(model.dataset, `place/${route.from.id}`, route.from.name[lang], lang),
          to: markedText(model.dataset, `place/${route.to.id}`, route.to.name[lang], lang),
        }),
        formatKm(route.lengthKm, lang),
        formatMs(route.latencyMs, lang),
      ]),
    ),
  );
  const meetingsCaption = model.timeline
    ? t(lang, 'text.meetings', { years: jalaliYearsText(model.timeline, lang) })
    : t(lang, 'text.meetingsUndated');
  const meetings = table(
    meetingsCaption,
    [
      t(lang, 'text.meeting'),
      t(lang, 'text.country'),
      t(lang, 'text.place'),
      t(lang, 'text.jalali'),
      t(lang, 'text.gregorian'),
    ],
    model.dataset.events.map((event) => {
      const { start, end } = periodInterval(event.when);
      return [
        event.title[lang],
        countryName(model, event.country, lang),
        eventWhere(model, event, lang, { reason: true }),
        eventDateText(event, lang),
        formatGregorianInterval(start, end, lang),
      ];
    }),
  );
  const countries = table(
    t(lang, 'text.countries'),
    [
      t(lang, 'text.country'),
      t(lang, 'text.roles'),
      t(lang, 'text.meetingCount'),
      t(lang, 'text.corridorNames'),
    ],
    [...model.countries.values()].map((details) => {
      const events = eventsOf(model, details.code);
      return [
        countryName(model, details.code, lang),
        details.roles.map((role) => t(lang, `role.${role}`)).join(lang === 'fa' ? '، ' : ', '),
        String(events.with.length + events.heldIn.length),
        details.corridors.map((id) => model.corridors.get(id)?.name[lang] ?? id).join('; '),
      ];
    }),
  );
  return [
    h('h2', { id: 'text-view-title', tabindex: -1 }, t(lang, 'text.heading')),
    h('p', { class: 'note' }, t(lang, 'disclaimer')),
    h('h3', {}, t(lang, 'text.corridors')),
    ...corridors,
    h('p', { class: 'note' }, t(lang, 'panel.latencyNote')),
    h('h3', {}, meetingsCaption),
    meetings,
    h('h3', {}, t(lang, 'text.countries')),
    countries,
  ];
}

/**
 * Creates the text view: a section over the map (Escape or "Back to the map" closes it and focus
 * returns where it was) and the skip link that opens it, first in the tab order.
 *
 * @example
 * const textView = createTextView(model);
 * document.body.prepend(textView.skipLink);
 */
export function createTextView(model: AtlasModel): Part & {
  skipLink: HTMLAnchorElement;
  open(lang: Lang): void;
} {
  const body = h('div', { class: 'text-view-body' });
  const close = h('button', { type: 'button', class: 'close-text' });
  const element = h(
    'section',
    { class: 'text-view', id: 'text-view', hidden: true, 'aria-labelledby': 'text-view-title' },
    close,
    body,
  );
  const skipLink = h('a', { class: 'skip-link', href: '#text-view' });
  let lang: Lang = 'en';
  let returnTo: HTMLElement | null = null;
  const open = (language: Lang) => {
    lang = language;
    returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    body.replaceChildren(...renderTextView(model, lang));
    element.hidden = false;
    document.getElementById('text-view-title')?.focus();
  };
  const shut = () => {
    if (element.hidden) return;
    element.hidden = true;
    returnTo?.focus();
  };
  close.addEventListener('click', shut);
  element.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    shut();
  });
  skipLink.addEventListener('click', (event) => {
    event.preventDefault();
    open(lang);
  });
  return {
    element,
    skipLink,
    open,
    update(state, previous) {
      if (previous && previous.lang === state.lang) return;
      lang = state.lang;
      skipLink.textContent = t(lang, 'text.skip');
      close.textContent = t(lang, 'text.close');
      if (!element.hidden) body.replaceChildren(...renderTextView(model, lang));
    },
    destroy() {
      element.remove();
      skipLink.remove();
    },
  };
}
