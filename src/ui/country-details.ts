// The content of the country details panel: who met whom, where, when, what, and the corridors.
import { eventsOf, type AtlasModel } from '../data/atlas-model';
import { ARTICLE_SENTENCES, claimOf } from '../data/default-provenance';
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
import { claimElement, showInArticleButton } from './claim-mark';
import { inferenceTag, markedText } from './claim-text';
import { yearText } from '../timeline/axis-ticks';
import { h, langAttributes } from './dom';
import { propertiesTable } from './feature-properties';

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
    ? `${text}: ${t(lang, 'panel.dateNotGiven', { year: yearText(event.when.year, lang) })}`
    : text;
}

/**
 * Where an event happened as the dataset puts it, unmarked: the place and its country, or the
 * sentence that the article gives no place. Surfaces show it through the marking rule
 * ({@link eventWhere} for text, `claimElement` for an element).
 *
 * @example
 * eventPlaceText(model, model.events.get('kaz')!, 'en'); // "Astana, Kazakhstan"
 */
export function eventPlaceText(model: AtlasModel, event: AtlasEvent, lang: Lang): string {
  if (event.place === null) return t(lang, 'panel.placeNotGiven');
  const place = model.places.get(event.place);
  if (!place) return event.place;
  return t(lang, 'panel.placeIn', {
    place: place.name[lang],
    country: countryName(model, place.country, lang),
  });
}

/**
 * Where an event happened, as text: the place and its country with the mark of the event's place
 * claim when the venue is ours (the one rule, {@link markedText}), or the sentence that the article
 * gives no place. With `reason`, the mark carries the claim's note, for text with no tooltip.
 *
 * @example
 * eventWhere(model, model.events.get('kgz')!, 'en'); // "the article gives no place"
 * eventWhere(model, model.events.get('kaz')!, 'en'); // "Astana, Kazakhstan (inferred)"
 * eventWhere(model, model.events.get('cub')!, 'en', { reason: true });
 * // "Havana, Cuba (inferred: The article names only Cuba, not the city; …)"
 */
export function eventWhere(
  model: AtlasModel,
  event: AtlasEvent,
  lang: Lang,
  options: { reason?: boolean } = {},
): string {
  const where = eventPlaceText(model, event, lang);
  return event.place === null
    ? where
    : markedText(model.dataset, `event/${event.id}/place`, where, lang, options);
}

/** The corridor route's mark as a badge ("schematic"), from its claim; nothing for a route the article gives. */
function routeBadge(model: AtlasModel, corridor: Corridor, lang: Lang): HTMLElement | null {
  const claim = claimOf(model.dataset, `corridor/${corridor.id}/route`);
  const tag = inferenceTag(claim, lang);
  return tag
    ? h('span', { class: 'badge schematic', title: claim.inference?.note[lang] }, tag)
    : null;
}

const other = (lang: Lang): Lang => (lang === 'fa' ? 'en' : 'fa');

function sourceQuote(lang: Lang, sentence: string): HTMLElement {
  const ids = ARTICLE_SENTENCES.filter((s) => sentence.includes(s.text)).map((s) => s.id);
  return h(
    'figure',
    { class: 'source' },
    h('figcaption', {}, t(lang, 'panel.source')),
    h('blockquote', langAttributes('fa'), sentence),
    ids.length > 0 ? showInArticleButton(ids, lang) : null,
  );
}

function counterpartItem(
  model: AtlasModel,
  person: Counterpart,
  key: string,
  lang: Lang,
): HTMLElement {
  const name = person.name
    ? h(
        'span',
        { class: 'person' },
        claimElement(model.dataset, `${key}/name`, person.name[lang], lang, { link: false }),
      )
    : h('span', { class: 'person unnamed' }, t(lang, 'panel.nameNotGiven'));
  return h(
    'li',
    {},
    name,
    ' — ',
    claimElement(model.dataset, `${key}/office`, person.office[lang], lang),
    person.country === null
      ? ` (${t(lang, 'panel.nationalityNotGiven')})`
      : person.country !== model.home.country
        ? ` (${countryName(model, person.country, lang)})`
        : '',
  );
}

function eventArticle(model: AtlasModel, event: AtlasEvent, lang: Lang): HTMLElement {
  const key = `event/${event.id}`;
  return h(
    'article',
    { class: 'event', 'data-event': event.id },
    h(
      'h4',
      {},
      claimElement(model.dataset, `${key}/title`, event.title[lang], lang, { link: false }),
    ),
    h('p', { class: 'kind' }, t(lang, `kind.${event.kind}`)),
    h(
      'dl',
      {},
      h('dt', {}, t(lang, 'panel.who')),
      h(
        'dd',
        {},
        h(
          'ul',
          {},
          ...event.counterparts.map((p, i) =>
            counterpartItem(model, p, `${key}/counterparts/${i}`, lang),
          ),
        ),
      ),
      h('dt', {}, t(lang, 'panel.where')),
      h(
        'dd',
        {},
        event.place === null
          ? eventPlaceText(model, event, lang)
          : claimElement(model.dataset, `${key}/place`, eventPlaceText(model, event, lang), lang),
      ),
      h('dt', {}, t(lang, 'panel.when')),
      h('dd', {}, claimElement(model.dataset, `${key}/when`, eventWhen(event, lang), lang)),
      h('dt', {}, t(lang, 'panel.topics')),
      h(
        'dd',
        {},
        h(
          'ul',
          {},
          ...event.topics.map((topic, i) =>
            h('li', {}, claimElement(model.dataset, `${key}/topics/${i}`, topic[lang], lang)),
          ),
        ),
      ),
    ),
    h(
      'p',
      { class: 'summary' },
      claimElement(model.dataset, `${key}/summary`, event.summary[lang], lang),
    ),
    event.note
      ? h(
          'p',
          { class: 'note editorial' },
          claimElement(model.dataset, `${key}/note`, event.note[lang], lang),
        )
      : null,
    propertiesTable(event.properties, lang),
    sourceQuote(lang, event.source),
  );
}

/** One corridor's article: name, summary, meeting, routes with lengths, its file's properties, source. */
export function corridorSection(model: AtlasModel, corridor: Corridor, lang: Lang): HTMLElement {
  const geometry = model.geometry.get(corridor.id);
  const proposedAt = corridor.event === undefined ? undefined : model.events.get(corridor.event);
  return h(
    'article',
    { class: 'corridor', 'data-corridor': corridor.id },
    h(
      'h4',
      {},
      claimElement(model.dataset, `corridor/${corridor.id}/name`, corridor.name[lang], lang, {
        link: false,
      }),
      ' ',
      routeBadge(model, corridor, lang),
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
            t(lang, 'panel.route', {
              from: markedText(
                model.dataset,
                `place/${route.from.id}`,
                route.from.name[lang],
                lang,
              ),
              to: markedText(model.dataset, `place/${route.to.id}`, route.to.name[lang], lang),
            }),
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
    propertiesTable(corridor.properties, lang),
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
    details.note
      ? h(
          'p',
          { class: 'note' },
          claimElement(model.dataset, `country/${code}/note`, details.note[lang], lang),
        )
      : null,
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
          ...details.cooperation.map((area, i) =>
            h(
              'li',
              {},
              claimElement(model.dataset, `country/${code}/cooperation/${i}`, area[lang], lang),
            ),
          ),
        ),
      ),
    corridors.length > 0 &&
      section(
        t(lang, 'panel.corridors', { country: name }),
        ...corridors.map((corridor) => corridorSection(model, corridor, lang)),
      ),
  );
}
