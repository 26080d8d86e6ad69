// The timeline: a bar across the dataset's years with each meeting at its precision, play/pause and speed.
import { parseIsoDate } from '../i18n/iso-date';
import { axisBottom } from 'd3-axis';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { create, type Selection } from 'd3-selection';
import { utcDay } from 'd3-time';
import type { AtlasModel } from '../data/atlas-model';
import type { AtlasEvent, JalaliPeriod } from '../dataset';
import { formatGregorianInterval, formatJalaliDate, formatPeriod, type Lang } from '../i18n/format';
import {
  isoDateToJalali,
  periodInterval,
  periodPrecision,
  type IsoInterval,
} from '../i18n/jalali-period';
import { chapterPeriod } from '../story/chapter-period';
import { presentedStory } from '../story/story';
import {
  advance,
  dayOfDomain,
  domainDays,
  eventSpans,
  eventStatusAt,
  isoDay,
  packRows,
  SPEEDS,
  type EventSpan,
  type EventStatus,
} from '../timeline/time-scale';
import { axisTicks, jalaliYearsText, yearText } from '../timeline/axis-ticks';
import { t } from '../i18n/messages';
import { eventWhen, eventWhere } from './country-details';
import { h, langAttributes } from './dom';
import type { Part } from './part';
import type { Store } from '../state/store';
import './timeline.css';

/** What the timeline shows; the app passes the matching fields of its state. */
export interface TimelineView {
  lang: Lang;
  /** The date (`YYYY-MM-DD`), or null for the whole timeline. */
  time: string | null;
  playing: boolean;
  /** Days per second of playback. */
  speed: number;
  /**
   * A period to show instead of the day (a story chapter's, at the article's precision): the
   * cursor stays at `time`, the date text gives the period in both calendars.
   */
  period?: JalaliPeriod | null;
}

/** What the timeline reports. It starts no timers: the app advances the time while playing. */
export interface TimelineCallbacks {
  /** The user picked a day (pointer or keyboard), already within the timeline's domain. */
  onTime(date: string): void;
  /** The user pressed play (true) or pause (false). */
  onPlay(playing: boolean): void;
  /** The user picked a speed; without this callback the speed control is not shown. */
  onSpeed?(daysPerSecond: number): void;
}

// SVG geometry in px. The event rows fill the band; the axis and its labels sit below it.
const HEIGHT = 96;
const BAND_TOP = 6;
const BAND_BOTTOM = 72;
const MAX_ROW = 16;
const ROW_GAP = 3;
const MARGIN_INLINE = 8;
const LABEL_OFFSET = 4;
// Used until the element is laid out and the ResizeObserver reports its real width.
const FALLBACK_WIDTH = 640;
const HALF_DAY_MS = 43_200_000;

interface PlacedEvent extends EventSpan {
  row: number;
  event: AtlasEvent;
}

const text = t;

/**
 * The whole timeline in words when no day is set: "All of 1403" for one Jalali year; over several,
 * "All of 1398–1400" with the Gregorian years they cover beside it ("2019–2022").
 */
function wholeDomain(
  domain: Readonly<IsoInterval>,
  lang: Lang,
): { jalali: string; gregorian: string | null } {
  const jalali = text(lang, 'timeline.all', { years: jalaliYearsText(domain, lang) });
  const from = domain.start.slice(0, 4);
  const to = domain.end.slice(0, 4);
  if (isoDateToJalali(domain.start).jy === isoDateToJalali(domain.end).jy) {
    return { jalali, gregorian: null };
  }
  return { jalali, gregorian: yearText(`${from}–${to}`, lang) };
}

/** The date as both calendars write it, or the whole timeline when there is no date; a period as the article gives it. */
function dateParts(
  time: string | null,
  lang: Lang,
  domain: Readonly<IsoInterval>,
  period?: JalaliPeriod | null,
): { jalali: string; gregorian: string | null } {
  if (period) {
    const { start, end } = periodInterval(period);
    const jalali = formatPeriod(period, lang);
    return {
      jalali:
        periodPrecision(period) === 'year' && !period.part
          ? `${jalali}: ${text(lang, 'panel.dateNotGiven', { year: yearText(period.year, lang) })}`
          : jalali,
      gregorian: formatGregorianInterval(start, end, lang),
    };
  }
  if (time === null) return wholeDomain(domain, lang);
  return {
    jalali: formatJalaliDate(time, lang),
    gregorian: formatGregorianInterval(time, time, lang),
  };
}

/**
 * Creates the timeline: a play/pause button, a speed picker, the current date in both calendars,
 * and an SVG track over the dataset's timeline (`model.timeline`: the whole Jalali years of its
 * meetings, 1403 for the default) in which each meeting is a bar over the days its date allows, in
 * rows so that bars do not overlap. The track is a slider: click or drag to pick a day, or use the arrow
 * keys (mirrored in Persian, where time runs right to left), Page Up/Down (30 days), Home and End.
 * It only reports input through `callbacks`; the app feeds the result back through `update`. A
 * dataset with no meetings gets a one-line note in its place instead of a year it does not cover.
 *
 * @example
 * const timeline = createTimeline(model, {
 *   onTime: (time) => store.dispatch({ type: 'setTime', time }),
 *   onPlay: (playing) => store.dispatch({ type: 'setPlaying', playing }),
 * });
 * container.append(timeline.element);
 * timeline.update({ lang: 'fa', time: '2025-01-20', playing: false, speed: 14 });
 */
export function createTimeline(
  model: AtlasModel,
  callbacks: TimelineCallbacks,
): {
  element: HTMLElement;
  update(view: TimelineView): void;
  destroy(): void;
} {
  if (model.timeline === null) return createNoTimeline();
  const domain: Readonly<IsoInterval> = model.timeline;
  const events = new Map(model.dataset.events.map((event) => [event.id, event]));
  const placed: PlacedEvent[] = packRows(
    eventSpans(model.dataset.events).filter(
      (span) => span.end >= domain.start && span.start <= domain.end,
    ),
  ).flatMap((span) => {
    const event = events.get(span.id);
    return event ? [{ ...span, event }] : [];
  });
  const rowCount = Math.max(1, ...placed.map((p) => p.row + 1));
  const domainStart = parseIsoDate(domain.start);
  const domainStop = utcDay.offset(parseIsoDate(domain.end), 1);

  const playIcon = h('span', { class: 'timeline-play-icon', 'aria-hidden': 'true' });
  const playText = h('span', {});
  const playButton = h(
    'button',
    { type: 'button', class: 'timeline-play', 'aria-pressed': 'false' },
    playIcon,
    playText,
  );
  const speedText = h('span', { class: 'timeline-speed-label' });
  const speedSelect = h('select', { name: 'timeline-speed' });
  const speedLabel = h(
    'label',
    { class: 'timeline-speed', hidden: callbacks.onSpeed === undefined },
    speedText,
    speedSelect,
  );
  const jalaliText = h('span', { class: 'timeline-date-jalali' });
  const separator = h('span', { class: 'timeline-date-separator' }, ' · ');
  const gregorianText = h('span', { class: 'timeline-date-gregorian' });
  const dateText = h('time', { class: 'timeline-date' }, jalaliText, separator, gregorianText);

  const svg = create('svg')
    .attr('class', 'timeline-track')
    .attr('role', 'slider')
    .attr('tabindex', 0)
    .attr('aria-orientation', 'horizontal')
    .attr('aria-valuemin', 0)
    .attr('aria-valuemax', domainDays(domain) - 1)
    .attr('height', HEIGHT);
  const axisGroup = svg.append('g').attr('class', 'timeline-axis');
  const eventGroup = svg.append('g').attr('class', 'timeline-events');
  const cursor = svg.append('g').attr('class', 'timeline-cursor').attr('display', 'none');
  cursor
    .append('line')
    .attr('y1', 0)
    .attr('y2', BAND_BOTTOM + 4);
  cursor.append('path').attr('d', 'M-6,0H6L0,7Z');
  const svgElement = svg.node() as SVGSVGElement;

  const section = h(
    'section',
    { class: 'timeline' },
    h(
      'div',
      { class: 'timeline-body' },
      h('div', { class: 'timeline-controls' }, playButton, speedLabel, dateText),
      svgElement,
    ),
  );

  let view: TimelineView | null = null;
  let width = 0;
  let scale: ScaleTime<number, number> = scaleUtc().domain([domainStart, domainStop]);
  let rects: Selection<SVGRectElement, PlacedEvent, SVGGElement, unknown> | null = null;
  let dragPointer: number | null = null;
  let lastSent: string | null = null;

  /** Everything that depends on the width or the language: scale, axis and the event bars. */
  function draw(current: TimelineView): void {
    width = svgElement.clientWidth || FALLBACK_WIDTH;
    const rtl = current.lang === 'fa';
    const left = MARGIN_INLINE;
    const right = Math.max(left + 1, width - MARGIN_INLINE);
    scale = scaleUtc()
      .domain([domainStart, domainStop])
      .range(rtl ? [right, left] : [left, right]);
    svg.attr('width', width).attr('viewBox', `0 0 ${width} ${HEIGHT}`);

    const ticks = axisTicks(domain, current.lang, right - left);
    axisGroup.attr('transform', `translate(0,${BAND_BOTTOM})`).call(
      axisBottom(scale)
        .tickValues(ticks.map((tick) => parseIsoDate(tick.date)))
        .tickFormat((_, i) => ticks[i]?.label ?? '')
        .tickSizeInner(-(BAND_BOTTOM - BAND_TOP))
        .tickSizeOuter(0)
        .tickPadding(LABEL_OFFSET + 2),
    );
    // Each name starts at its month's first day and runs into the month, whichever way time runs.
    axisGroup
      .selectAll('.tick text')
      .attr('text-anchor', rtl ? 'end' : 'start')
      .attr('x', rtl ? -LABEL_OFFSET : LABEL_OFFSET);

    const rowHeight = Math.min(MAX_ROW, (BAND_BOTTOM - BAND_TOP) / rowCount);
    const barEnd = (end: string) => utcDay.offset(parseIsoDate(end), 1);
    rects = eventGroup
      .selectAll<SVGRectElement, PlacedEvent>('rect')
      .data(placed, (d) => d.id)
      .join((enter) => enter.append('rect').call((rect) => rect.append('title')))
      .attr('data-event', (d) => d.id)
      .attr('x', (d) => Math.min(scale(parseIsoDate(d.start)), scale(barEnd(d.end))))
      .attr('width', (d) =>
        Math.max(2, Math.abs(scale(barEnd(d.end)) - scale(parseIsoDate(d.start)))),
      )
      .attr('y', (d) => BAND_TOP + d.row * rowHeight)
      .attr('height', Math.max(2, rowHeight - ROW_GAP))
      .attr('rx', 2);
    rects
      .select('title')
      .text(
        (d) =>
          `${d.event.title[current.lang]} · ${eventWhen(d.event, current.lang)} · ` +
          eventWhere(model, d.event, current.lang),
      );
  }

  /** What changes with the date: bar statuses, the cursor, the date text and the slider value. */
  function refresh(current: TimelineView): void {
    const { time, lang } = current;
    rects?.attr('class', (d) => {
      const status: EventStatus | 'all' = time === null ? 'all' : eventStatusAt(d, time);
      return `event ${status} precision-${d.precision}`;
    });
    if (time === null) {
      cursor.attr('display', 'none');
    } else {
      const x = scale(new Date(parseIsoDate(time).getTime() + HALF_DAY_MS));
      cursor.attr('display', null).attr('transform', `translate(${x},0)`);
    }
    const { jalali, gregorian } = dateParts(time, lang, domain, current.period);
    jalaliText.textContent = jalali;
    gregorianText.textContent = gregorian ?? '';
    separator.hidden = gregorian === null;
    gregorianText.hidden = gregorian === null;
    if (time === null) dateText.removeAttribute('datetime');
    else dateText.setAttribute('datetime', time);
    svg
      .attr('aria-valuenow', time === null ? 0 : dayOfDomain(time, domain))
      .attr('aria-valuetext', gregorian === null ? jalali : `${jalali} · ${gregorian}`);
  }

  function setLanguage(lang: Lang, speed: number): void {
    const { lang: langAttribute, dir } = langAttributes(lang);
    section.setAttribute('lang', langAttribute);
    section.setAttribute('dir', dir);
    section.setAttribute(
      'aria-label',
      text(lang, 'timeline.label', { years: jalaliYearsText(domain, lang) }),
    );
    speedText.textContent = text(lang, 'timeline.speed');
    speedSelect.title = text(lang, 'timeline.speed');
    svg.attr('aria-label', text(lang, 'timeline.slider'));
    setSpeedOptions(lang, speed);
  }

  function setSpeedOptions(lang: Lang, speed: number): void {
    const speeds: number[] = [...SPEEDS];
    if (!speeds.includes(speed)) speeds.push(speed);
    speeds.sort((a, b) => a - b);
    speedSelect.replaceChildren(
      ...speeds.map((days) =>
        h('option', { value: days }, text(lang, 'timeline.speedOption', { days })),
      ),
    );
  }

  function pick(date: string): void {
    if (date === view?.time || date === lastSent) return;
    lastSent = date;
    callbacks.onTime(date);
  }

  function pickAtPointer(event: PointerEvent): void {
    const x = event.clientX - svgElement.getBoundingClientRect().left;
    pick(advance(isoDay(scale.invert(x)), 0, domain));
  }

  playButton.addEventListener('click', () => callbacks.onPlay(!(view?.playing ?? false)));
  speedSelect.addEventListener('change', () => callbacks.onSpeed?.(Number(speedSelect.value)));

  svgElement.addEventListener('pointerdown', (event) => {
    if (event.button !== 0 || dragPointer !== null) return;
    dragPointer = event.pointerId;
    svgElement.setPointerCapture(event.pointerId);
    pickAtPointer(event);
  });
  svgElement.addEventListener('pointermove', (event) => {
    if (event.pointerId === dragPointer) pickAtPointer(event);
  });
  const endDrag = (event: PointerEvent) => {
    if (event.pointerId !== dragPointer) return;
    dragPointer = null;
    if (svgElement.hasPointerCapture(event.pointerId)) {
      svgElement.releasePointerCapture(event.pointerId);
    }
  };
  svgElement.addEventListener('pointerup', endDrag);
  svgElement.addEventListener('pointercancel', endDrag);

  svgElement.addEventListener('keydown', (event) => {
    if (!view || event.altKey || event.ctrlKey || event.metaKey) return;
    // Persian time runs right to left, so the arrow pointing that way moves forward.
    const forward = view.lang === 'fa' ? 'ArrowLeft' : 'ArrowRight';
    const back = view.lang === 'fa' ? 'ArrowRight' : 'ArrowLeft';
    const steps: Record<string, number> = {
      [forward]: 1,
      [back]: -1,
      ArrowUp: 1,
      ArrowDown: -1,
      PageUp: 30,
      PageDown: -30,
    };
    let target: string;
    if (event.key === 'Home') {
      target = domain.start;
    } else if (event.key === 'End') {
      target = domain.end;
    } else {
      const step = steps[event.key];
      if (step === undefined) return;
      // From the whole timeline, stepping forward starts at the first day and back at the last.
      if (view.time === null) target = step > 0 ? domain.start : domain.end;
      else target = advance(view.time, step, domain);
    }
    event.preventDefault();
    // A page-level key handler (the presenter's) must not act on the same key.
    event.stopPropagation();
    pick(target);
  });

  const observer =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          if (view && svgElement.clientWidth !== width) {
            draw(view);
            refresh(view);
          }
        });
  observer?.observe(svgElement);

  return {
    element: section,
    update(next) {
      const previous = view;
      view = next;
      lastSent = null;
      if (!previous || previous.lang !== next.lang) {
        setLanguage(next.lang, next.speed);
        draw(next);
      } else if (previous.speed !== next.speed && !SPEEDS.some((s) => s === next.speed)) {
        setSpeedOptions(next.lang, next.speed);
      }
      if (!previous || previous.lang !== next.lang || previous.playing !== next.playing) {
        playButton.setAttribute('aria-pressed', String(next.playing));
        playText.textContent = text(next.lang, next.playing ? 'timeline.pause' : 'timeline.play');
      }
      if (speedSelect.value !== String(next.speed)) speedSelect.value = String(next.speed);
      refresh(next);
    },
    destroy() {
      observer?.disconnect();
    },
  };
}

/** In place of the timeline for a dataset with no meetings: one line saying why there is none. */
function createNoTimeline(): {
  element: HTMLElement;
  update(view: TimelineView): void;
  destroy(): void;
} {
  const note = h('p', { class: 'timeline-none' });
  const section = h('section', { class: 'timeline timeline-empty' }, note);
  let lang: Lang | null = null;
  return {
    element: section,
    update(view) {
      if (view.lang === lang) return;
      lang = view.lang;
      const { lang: langAttribute, dir } = langAttributes(view.lang);
      section.setAttribute('lang', langAttribute);
      section.setAttribute('dir', dir);
      section.setAttribute('aria-label', text(view.lang, 'timeline.noneLabel'));
      note.textContent = text(view.lang, 'timeline.none');
    },
    destroy() {},
  };
}

/**
 * The timeline as a part of the app: its input becomes actions on `store`, and it redraws from the
 * state's language, date, playing and speed.
 *
 * @example
 * const timeline = createTimelinePart(model, store);
 * region.append(timeline.element);
 */
export function createTimelinePart(model: AtlasModel, store: Store): Part {
  const timeline = createTimeline(model, {
    onTime: (time) => store.dispatch({ type: 'setTime', time }),
    onPlay: (playing) => store.dispatch({ type: 'setPlaying', playing }),
    onSpeed: (speed) => store.dispatch({ type: 'setSpeed', speed }),
  });
  return {
    element: timeline.element,
    update: (state) => {
      const { lang, time, playing, speed } = state;
      // On a story step, the chapter's day is a position only: show its period, as the article does.
      const step = state.presentation?.step;
      const chapter = step === undefined ? undefined : presentedStory(model, state)[step - 1];
      const period = chapter && chapter.date === time ? chapterPeriod(model, chapter) : null;
      timeline.update({ lang, time, playing, speed, period });
    },
    destroy() {
      timeline.destroy();
      timeline.element.remove();
    },
  };
}
