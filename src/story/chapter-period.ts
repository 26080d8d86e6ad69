// The date a story chapter stands for, at the article's precision (pure): its meeting's period, not the timeline's day.
import type { AtlasModel } from '../data/atlas-model';
import type { Chapter, JalaliPeriod } from '../dataset';
import { isoDateToJalali, seasonOfMonth } from '../i18n/jalali-period';

/**
 * The period a chapter shows instead of its exact day (a position on the timeline the article never
 * gives): the period of its meeting (the one in its country, else its last), as the article gives
 * it; with no meeting, the season its day falls in.
 *
 * @example
 * chapterPeriod(model, kazakhstanChapter); // { year: 1403, season: 'summer' }
 */
export function chapterPeriod(model: AtlasModel, chapter: Chapter): JalaliPeriod {
  const events = chapter.events.flatMap((id) => {
    const event = model.events.get(id);
    return event ? [event] : [];
  });
  const focal = events.find((event) => event.country === chapter.country) ?? events.at(-1);
  if (focal) return focal.when;
  const { jy, jm } = isoDateToJalali(chapter.date);
  return { year: jy, season: seasonOfMonth(jm) };
}
