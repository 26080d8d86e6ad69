// The speaker view: a second window with the current and next step, the notes and a clock.
import type { AtlasModel } from '../data/atlas-model';
import type { Chapter } from '../dataset';
import { formatNumber, type Lang } from '../i18n/format';
import { t } from '../i18n/messages';
import type { State } from '../state/state';
import type { Store } from '../state/store';
import { goToStep, presentedStory } from '../story/story';
import { connectStepSync } from '../embed/step-sync';
import { followUrl } from '../embed/url-bridge';
import { claimOf } from '../data/default-provenance';
import { claimElement } from './claim-mark';
import { h, langAttributes } from './dom';
import { bindPresenterKeys } from './presenter';
import { createSourceDialog } from './source-dialog';

const pad = (n: number) => String(n).padStart(2, '0');

/** `m:ss` or `h:mm:ss` for a number of seconds, in the language's digits. */
export function formatElapsed(seconds: number, lang: Lang): string {
  const s = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(s / 3600);
  const text =
    hours > 0
      ? `${hours}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`
      : `${Math.floor(s / 60)}:${pad(s % 60)}`;
  return lang === 'fa' ? text.replace(/\d/g, (d) => formatNumber(Number(d), 'fa')) : text;
}

const sameSources = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

function chapterBlock(
  model: AtlasModel,
  chapter: Chapter | undefined,
  lang: Lang,
  withNotes: boolean,
): Node[] {
  if (!chapter) return [h('p', { class: 'chapter-title' }, t(lang, 'speaker.end'))];
  const key = `chapter/${chapter.id}`;
  // Each claim with its mark and "Show in the article"; the title's button only where it rests on
  // other sentences than the text (most titles and texts cite the same ones: one button is enough).
  const titleLinks = !sameSources(
    claimOf(model.dataset, `${key}/title`).source,
    claimOf(model.dataset, `${key}/text`).source,
  );
  return [
    h(
      'p',
      { class: 'chapter-title' },
      claimElement(model.dataset, `${key}/title`, chapter.title[lang], lang, { link: titleLinks }),
    ),
    h(
      'p',
      { class: 'chapter-text' },
      claimElement(model.dataset, `${key}/text`, chapter.text[lang], lang),
    ),
    ...(withNotes
      ? [
          h('h3', {}, t(lang, 'speaker.notes')),
          h('p', { class: 'notes', ...langAttributes(lang) }, chapter.notes[lang]),
        ]
      : []),
  ];
}

/**
 * Mounts the speaker view into `root`. It needs no map (no WebGL): it shows the step, its notes and
 * the next step (each claim with its inference mark and "Show in the article", which opens this
 * window's own Source dialog at the sentence), a clock and a timer, and its keys and buttons drive the presentation, which the
 * step sync carries to the map window (and back); the address bar follows the step. Returns the
 * function that unmounts it.
 *
 * @example
 * const unmount = mountSpeakerView(root, model, store);
 */
export function mountSpeakerView(root: HTMLElement, model: AtlasModel, store: Store): () => void {
  const counter = h('span', { class: 'step-counter' });
  // Times read left to right in Persian too: isolate them from the RTL sentence around them.
  const clockValue = h('bdi', { dir: 'ltr' });
  const elapsedValue = h('bdi', { dir: 'ltr' });
  const clockLabel = h('span', {});
  const elapsedLabel = h('span', {});
  const clock = h('span', { class: 'clock' }, clockLabel, ' ', clockValue);
  const elapsed = h('span', { class: 'elapsed' }, elapsedLabel, ' ', elapsedValue);
  const reset = h('button', { type: 'button', class: 'reset' });
  const previousButton = h('button', { type: 'button', class: 'step-previous' });
  const nextButton = h('button', { type: 'button', class: 'step-next' });
  const current = h('section', { class: 'speaker-current' });
  const next = h('section', { class: 'speaker-next' });
  const heading = h('h1', {});
  // The speaker window's own Source dialog: "Show in the article" opens it here, with no map window
  // needed (offline, or with the map window on the projector).
  const source = createSourceDialog(model);
  root.classList.add('speaker-root');
  root.replaceChildren(
    h(
      'main',
      { class: 'speaker' },
      h('header', {}, heading, counter, clock, elapsed, reset),
      h('div', { class: 'speaker-grid' }, current, next),
      h('nav', {}, previousButton, nextButton),
    ),
    source.element,
  );

  let started = Date.now();
  const go = (step: number) => goToStep(store, model, step);
  const step = () => store.getState().presentation?.step ?? 1;
  previousButton.addEventListener('click', () => go(step() - 1));
  nextButton.addEventListener('click', () => go(step() + 1));
  reset.addEventListener('click', () => {
    started = Date.now();
    tick();
  });
  const unbind = bindPresenterKeys(model, store, {
    // The speaker window is the one with notes already: S does nothing here.
    openSpeaker: () => undefined,
    onTyped: () => undefined,
  });

  const tick = () => {
    const lang = store.getState().lang;
    const now = new Date();
    clockLabel.textContent = t(lang, 'speaker.clock');
    clockValue.textContent = now.toLocaleTimeString(lang === 'fa' ? 'fa-IR' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
    });
    elapsedLabel.textContent = t(lang, 'speaker.elapsed');
    elapsedValue.textContent = formatElapsed((Date.now() - started) / 1000, lang);
  };
  const timer = window.setInterval(tick, 1000);

  const render = (state: State) => {
    const lang = state.lang;
    source.update(state, null);
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'fa' ? 'rtl' : 'ltr';
    document.title = `${t(lang, 'speaker.title')} · ${model.dataset.title[lang]}`;
    heading.textContent = t(lang, 'speaker.title');
    reset.textContent = t(lang, 'speaker.reset');
    previousButton.textContent = `‹ ${t(lang, 'presenter.previous')}`;
    nextButton.textContent = `${t(lang, 'presenter.next')} ›`;
    const story = presentedStory(model, state);
    if (story.length === 0) {
      current.replaceChildren(h('p', {}, t(lang, 'speaker.noStory')));
      return;
    }
    const n = state.presentation?.step ?? 1;
    counter.textContent = t(lang, 'presenter.step', { step: n, count: story.length });
    current.replaceChildren(
      h('h2', {}, t(lang, 'speaker.current')),
      ...chapterBlock(model, story[n - 1], lang, true),
    );
    next.replaceChildren(
      h('h2', {}, t(lang, 'speaker.next')),
      ...chapterBlock(model, story[n], lang, false),
    );
    previousButton.disabled = n <= 1;
    nextButton.disabled = n >= story.length;
    tick();
  };
  render(store.getState());
  const unsubscribe = store.subscribe((state) => render(state));
  const disconnect = connectStepSync(store, () => model);
  const stopUrl = followUrl(store);
  return () => {
    window.clearInterval(timer);
    unsubscribe();
    unbind();
    disconnect();
    stopUrl();
    source.destroy();
    root.replaceChildren();
    root.classList.remove('speaker-root');
  };
}
