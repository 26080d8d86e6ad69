// What the tooltip says about the thing under the pointer (pure).
import type { AtlasModel } from '../data/atlas-model';
import { formatKm, type Lang } from '../i18n/format';
import { t } from '../i18n/messages';
import type { HoverTarget } from '../state/state';
import { markedText } from './claim-text';
import { countryName } from './country-details';

/**
 * The tooltip's lines for a hover target, or an empty list when there is nothing to say.
 *
 * @example
 * tooltipLines(model, { kind: 'meeting', placeId: 'tehran' }, 'en'); // ["Tehran", "4 meetings: …"]
 */
export function tooltipLines(model: AtlasModel, target: HoverTarget, lang: Lang): string[] {
  switch (target.kind) {
    case 'country': {
      const lines = [countryName(model, target.code, lang)];
      const roles = model.countries.get(target.code)?.roles ?? [];
      if (roles.length > 0) {
        lines.push(
          roles.map((role) => t(lang, `role.${role}`)).join(' · '),
          t(lang, 'tooltip.click'),
        );
      }
      return lines;
    }
    case 'corridor': {
      const corridor = model.corridors.get(target.corridorId);
      const leg = model.geometry.get(target.corridorId)?.legs.find((l) => l.legId === target.legId);
      if (!corridor || !leg) return [];
      const key = `corridor/${corridor.id}`;
      return [
        markedText(model.dataset, `${key}/name`, corridor.name[lang], lang),
        // The leg's route is drawn by us: its "(schematic)" comes from the route's claim.
        markedText(
          model.dataset,
          `${key}/route`,
          t(lang, 'tooltip.leg', {
            leg: markedText(model.dataset, `${key}/legs/${leg.legId}/name`, leg.name[lang], lang),
            km: formatKm(leg.lengthKm, lang),
          }),
          lang,
        ),
      ];
    }
    case 'meeting': {
      const site = model.sites.find((s) => s.place.id === target.placeId);
      if (!site) return [];
      return [
        markedText(model.dataset, `place/${site.place.id}`, site.place.name[lang], lang),
        t(lang, site.events.length === 1 ? 'tooltip.meeting' : 'tooltip.meetings', {
          count: site.events.length,
          titles: site.events.map((e) => e.title[lang]).join(lang === 'fa' ? '، ' : '; '),
        }),
      ];
    }
    case 'trip': {
      const event = model.events.get(target.eventId);
      return event ? [t(lang, 'tooltip.trip', { title: event.title[lang] })] : [];
    }
  }
}
