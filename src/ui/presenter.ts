// Presenter mode on the map: the chapter card, step counter and progress, black screen, and the keys.
import type { AtlasModel } from '../data/atlas-model';
import type { Bilingual } from '../dataset';
import { fibreLatencyMs } from '../geo/latency';
import { formatKm, formatMs } from '../i18n/format';
import { t } from '../i18n/messages';
import { focusedLegs } from '../state/selectors';
import type { State } from '../state/state';
import type { Store } from '../state/store';
import { presenterCommand, targetStep } from '../story/presenter-keys';
import { goToStep, presentedStory } from '../story/story';
import { claimElement } from './claim-mark';
import { h } from './dom';
import type { Part } from './part';

/**
 * Elements where keys belong to the control, not to the presentation: text fields, and an open
 * dialog (the Source dialog: Escape closes it, the arrows scroll the article, nothing steps).
 */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName) ||
    target.closest('dialog[open]') !== null);

/**
 * For each corridor a step draws, the farthest its drawn legs reach from its origin, in km: the
 * figure grows as a corridor is built up, step by step.
 *
 * @example
 * drawnReach(model, state); // [{ name: { en: 'South-west corridor…', … }, km: 3232 }]
 */
export function drawnReach(model: AtlasModel, state: State): { name: Bilingual; km: number }[] {
  if (state.focus.legs === null) return [];
  const reach = new Map<string, number>();
  for (const leg of focusedLegs(model, state.focus)) {
    const end = leg.timestamps[leg.timestamps.length - 1] ?? 0;
    reach.set(leg.corridorId, Math.max(reach.get(leg.corridorId) ?? 0, end));
  }
  return [...reach].flatMap(([id, km]) => {
    const corridor = model.corridors.get(id);
    return corridor ? [{ name: corridor.name, km }] : [];
  });
}

/**
 * Makes the document's keys drive the presentation while one is on (see presenterCommand): steps,
 * a typed step number then Enter, full screen, black screen, the speaker window, leaving. Keys typed
 * into a form control stay with it. Returns the function that unbinds.
 *
 * @example
 * bindPresenterKeys(model, store, { openSpeaker, onTyped: (typed) => show(typed) });
 */
export function bindPresenterKeys(
  model: AtlasModel,
  store: Store,
  actions: { openSpeaker(): void; onTyped(typed: string): void },
): () => void {
  let typed = '';
  const onKey = (event: KeyboardEvent) => {
    const state = store.getState();
    if (!state.presentation || event.defaultPrevented || isTyping(event.target)) return;
    const command = presenterCommand(event);
    if (!command) return;
    event.preventDefault();
    if (command.kind === 'digit') {
      typed = (typed + command.digit).slice(-3);
    } else if (command.kind === 'fullscreen') {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
    } else if (command.kind === 'blackout') {
      store.dispatch({ type: 'setBlackout', black: !state.presentation.black });
    } else if (command.kind === 'speaker') {
      actions.openSpeaker();
    } else if (command.kind === 'exit') {
      if (document.fullscreenElement) void document.exitFullscreen();
      store.dispatch({ type: 'endPresentation' });
    } else {
      const steps = presentedStory(model, state).length;
      const step = targetStep(command, state.presentation.step, steps, typed);
      if (step !== null) goToStep(store, model, step);
    }
    if (command.kind !== 'digit') typed = '';
    actions.onTyped(typed);
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}

/**
 * Opens (or brings forward) the speaker window on this page's state, with `speaker=1`.
 *
 * @example
 * openSpeakerWindow();
 */
export function openSpeakerWindow(): void {
  const url = new URL(location.href);
  url.searchParams.set('speaker', '1');
  window.open(url.href, 'corridor-atlas-speaker', 'popup,width=1000,height=720');
}

/**
 * Creates presenter mode: a card with the chapter's title and text, the step counter and a progress
 * bar, previous/next/leave buttons, and the black screen (`blackout`, to place over the whole page).
 * While presenting, the document's keys drive it (see presenterCommand); S opens the speaker window.
 *
 * @example
 * const presenter = createPresenter(model, store);
 * stage.append(presenter.element);
 * document.body.append(presenter.blackout);
 */
export function createPresenter(model: AtlasModel, store: Store): Part & { blackout: HTMLElement } {
  const title = h('h2', { class: 'chapter-title' });
  const text = h('p', { class: 'chapter-text' });
  const counter = h('span', { class: 'step-counter', 'aria-live': 'polite' });
  const jump = h('span', { class: 'step-jump', hidden: true });
  const bar = h('span', { class: 'progress-bar' });
  const progress = h('div', { class: 'progress', role: 'presentation' }, bar);
  const previousButton = h('button', { type: 'button', class: 'step-previous' }, '‹');
  const nextButton = h('button', { type: 'button', class: 'step-next' }, '›');
  const speakerButton = h('button', { type: 'button', class: 'speaker-button' });
  const exitButton = h('button', { type: 'button', class: 'exit-button' }, '×');
  const keysHint = h('p', { class: 'keys-hint' });
  const dayNote = h('p', { class: 'day-note' });
  const lengths = h('ul', { class: 'chapter-lengths' });
  const element = h(
    'section',
    { class: 'presenter', hidden: true, 'aria-labelledby': 'chapter-title' },
    h(
      'div',
      { class: 'presenter-bar' },
      previousButton,
      counter,
      nextButton,
      jump,
      speakerButton,
      exitButton,
    ),
    progress,
    title,
    text,
    lengths,
    dayNote,
    keysHint,
  );
  title.id = 'chapter-title';
  const blackout = h('div', { class: 'blackout', hidden: true, 'aria-hidden': 'true' });

  const go = (step: number) => goToStep(store, model, step);
  const current = () => store.getState().presentation?.step ?? 1;
  previousButton.addEventListener('click', () => go(current() - 1));
  nextButton.addEventListener('click', () => go(current() + 1));
  exitButton.addEventListener('click', () => store.dispatch({ type: 'endPresentation' }));
  speakerButton.addEventListener('click', openSpeakerWindow);
  blackout.addEventListener('click', () => store.dispatch({ type: 'setBlackout', black: false }));
  const unbindKeys = bindPresenterKeys(model, store, {
    openSpeaker: openSpeakerWindow,
    onTyped: (typed) => {
      jump.hidden = typed === '';
      jump.textContent = typed
        ? t(store.getState().lang, 'presenter.jump', { typed: Number(typed) })
        : '';
    },
  });

  return {
    element,
    blackout,
    update(state) {
      const presentation = state.presentation;
      element.hidden = presentation === null;
      blackout.hidden = !presentation?.black;
      document.documentElement.classList.toggle('presenting', presentation !== null);
      if (!presentation) return;
      const story = presentedStory(model, state);
      const chapter = story[presentation.step - 1];
      const lang = state.lang;
      const key = `chapter/${chapter?.id ?? ''}`;
      title.replaceChildren(
        chapter
          ? claimElement(model.dataset, `${key}/title`, chapter.title[lang], lang, { link: false })
          : '',
      );
      text.replaceChildren(
        chapter ? claimElement(model.dataset, `${key}/text`, chapter.text[lang], lang) : '',
      );
      dayNote.textContent = t(lang, 'presenter.dayNote');
      counter.textContent = t(lang, 'presenter.step', {
        step: presentation.step,
        count: story.length,
      });
      bar.style.inlineSize = `${(100 * presentation.step) / Math.max(1, story.length)}%`;
      previousButton.disabled = presentation.step <= 1;
      nextButton.disabled = presentation.step >= story.length;
      previousButton.setAttribute('aria-label', t(lang, 'presenter.previous'));
      nextButton.setAttribute('aria-label', t(lang, 'presenter.next'));
      exitButton.setAttribute('aria-label', t(lang, 'presenter.exit'));
      exitButton.title = t(lang, 'presenter.exit');
      speakerButton.textContent = t(lang, 'presenter.speaker');
      keysHint.textContent = t(lang, 'presenter.keys');
      lengths.replaceChildren(
        ...drawnReach(model, state).map(({ name, km }) =>
          h(
            'li',
            {},
            h('span', {}, name[lang]),
            h(
              'span',
              { class: 'measure' },
              t(lang, 'panel.routeMeasure', {
                km: formatKm(km, lang),
                ms: formatMs(fibreLatencyMs(km), lang),
              }),
            ),
          ),
        ),
      );
    },
    destroy() {
      unbindKeys();
      document.documentElement.classList.remove('presenting');
      element.remove();
      blackout.remove();
    },
  };
}
