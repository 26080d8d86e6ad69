// The content of the country details panel: who met whom, where, when, what, and the corridors.
import { eventsOf, type AtlasModel } from '../data/atlas-model';
import type { AtlasEvent, Corridor, Counterpart, Iso3 } from '../dataset';
import {
  formatGregorianInterval,
  formatKm,
  formatMs,
  formatPeriod,
  type Lang,
} from '../i18n/format';
import { periodInterval, periodPrecision } from '../i18n/jalali-period';
import { t } from '../i18n/messages';
import { h, langAttributes } from './dom';

/** The name of a country in `lang`: from the registry, else the code itself. */
export function countryName(model: AtlasModel, code: Iso3, lang: Lang): string {
  return model.registry.get(code)?.name[lang] ?? code;
}

/**
 * When an event happened, as the article says it (Jalali) with its Gregorian interval.
 *
 * @example
 * eventWhen(event, 'en'); // "Early Bahman 1403 SH (20–29 Jan 2025)"
 */
export function eventWhen(event: AtlasEvent, lang: Lang): string {
  const { start, end } = periodInterval(event.when);
  const text = `${formatPeriod(event.when, lang)} (${formatGregorianInterval(start, end, lang)})`;
  return periodPrecision(event.when) === 'year' && !event.when.part
    ? `${text}: ${t(lang, 'panel.dateNotGiven')}`
    : text;
}

const other = (lang: Lang): Lang => (lang === 'fa' ? 'en' : 'fa');

function sourceQuote(lang: Lang, sentence: string): HTMLElement {
  return h(
    'figure',
    { class: 'source' },
    h('figcaption', {}, t(lang, 'panel.source')),
    h('blockquote', langAttributes('fa'), sentence),
  );
}

function counterpartItem(model: AtlasModel, person: Counterpart, lang: Lang): HTMLElement {
  const name = person.name
    ? h('span', { class: 'person' }, person.name[lang])
    : h('span', { class: 'person unnamed' }, t(lang, 'panel.nameNotGiven'));
  return h(
    'li',
    {},
    name,
    ' — ',
    person.office[lang],
    person.country !== model.home.country ? ` (${countryName(model, person.country, lang)})` : '',
  );
}

function eventArticle(model: AtlasModel, event: AtlasEvent, lang: Lang): HTMLElement {
  const place = model.places.get(event.place);
  const where = place
    ? [
        `${place.name[lang]}, ${countryName(model, place.country, lang)}`,
        place.inArticle ? '' : ` (${t(lang, 'panel.venueInferred')})`,
      ].join('')
    : event.place;
  return h(
    'article',
    { class: 'event', 'data-event': event.id },
    h('h4', {}, event.title[lang]),
    h('p', { class: 'kind' }, t(lang, event.kind === 'trip' ? 'kind.trip' : 'kind.embassy')),
    h(
      'dl',
      {},
      h('dt', {}, t(lang, 'panel.who')),
      h('dd', {}, h('ul', {}, ...event.counterparts.map((p) => counterpartItem(model, p, lang)))),
      h('dt', {}, t(lang, 'panel.where')),
      h('dd', {}, where),
      h('dt', {}, t(lang, 'panel.when')),
      h('dd', {}, eventWhen(event, lang)),
      h('dt', {}, t(lang, 'panel.topics')),
      h('dd', {}, h('ul', {}, ...event.topics.map((topic) => h('li', {}, topic[lang])))),
    ),
    h('p', { class: 'summary' }, event.summary[lang]),
    sourceQuote(lang, event.source),
  );
}

function corridorSection(model: AtlasModel, corridor: Corridor, lang: Lang): HTMLElement {
  const geometry = model.geometry.get(corridor.id);
  const proposedAt = corridor.event === undefined ? undefined : model.events.get(corridor.event);
  return h(
    'article',
    { class: 'corridor', 'data-corridor': corridor.id },
    h(
      'h4',
      {},
      corridor.name[lang],
      ' ',
      h('span', { class: 'badge schematic' }, t(lang, 'panel.schematic')),
    ),
    h('p', {}, corridor.summary[lang]),
    proposedAt &&
      h('p', { class: 'kind' }, t(lang, 'panel.proposedAt', { event: proposedAt.title[lang] })),
    h(
      'ul',
      { class: 'routes' },
      ...(geometry?.routes ?? []).map((route) =>
        h(
          'li',
          { 'data-leg': route.legId },
          h(
            'span',
            { class: 'route' },
            t(lang, 'panel.route', { from: route.from.name[lang], to: route.to.name[lang] }),
          ),
          h(
            'span',
            { class: 'measure' },
            t(lang, 'panel.routeMeasure', {
              km: formatKm(route.lengthKm, lang),
              ms: formatMs(route.latencyMs, lang),
            }),
          ),
        ),
      ),
    ),
    h('p', { class: 'note' }, t(lang, 'panel.latencyNote')),
    sourceQuote(lang, corridor.source),
  );
}

function section(title: string, ...children: (Node | false)[]): HTMLElement {
  return h('section', {}, h('h3', {}, title), ...children);
}

/**
 * Everything the article says about one country, as elements whose text is set as text. For a
 * country the dataset does not describe, a one-line note says so.
 *
 * @example
 * panelBody.replaceChildren(renderCountryDetails(model, 'SAU', 'fa'));
 */
export function renderCountryDetails(model: AtlasModel, code: Iso3, lang: Lang): HTMLElement {
  const name = countryName(model, code, lang);
  const details = model.countries.get(code);
  const otherName = model.registry.get(code)?.name[other(lang)];
  const header = h(
    'header',
    {},
    h('h2', { id: 'details-title', tabindex: -1 }, name),
    otherName ? h('p', { class: 'other-name', ...langAttributes(other(lang)) }, otherName) : null,
    details
      ? h(
          'ul',
          { class: 'roles', 'aria-label': t(lang, 'panel.role') },
          ...details.roles.map((role) =>
            h('li', { class: `badge role-${role}` }, t(lang, `role.${role}`)),
          ),
        )
      : null,
  );
  if (!details) {
    return h(
      'div',
      { class: 'details', 'data-country': code },
      header,
      h('p', {}, t(lang, 'panel.noRecord', { country: name })),
    );
  }
  const events = eventsOf(model, code);
  const corridors = details.corridors
    .map((id) => model.corridors.get(id))
    .filter((c): c is Corridor => c !== undefined);
  return h(
    'div',
    { class: 'details', 'data-country': code },
    header,
    details.note ? h('p', { class: 'note' }, details.note[lang]) : null,
    details.source ? sourceQuote(lang, details.source) : null,
    events.with.length > 0 &&
      section(
        t(lang, 'panel.meetingsWith', { country: name }),
        ...events.with.map((e) => eventArticle(model, e, lang)),
      ),
    events.heldIn.length > 0 &&
      section(
        t(lang, 'panel.meetingsIn', { country: name }),
        ...events.heldIn.map((e) => eventArticle(model, e, lang)),
      ),
    details.cooperation.length > 0 &&
      section(
        t(lang, 'panel.cooperation'),
        h(
          'ul',
          { class: 'cooperation' },
          ...details.cooperation.map((area) => h('li', {}, area[lang])),
        ),
      ),
    corridors.length > 0 &&
      section(
        t(lang, 'panel.corridors', { country: name }),
        ...corridors.map((corridor) => corridorSection(model, corridor, lang)),
      ),
  );
}
