// The postMessage bridge: obeys the host page's commands and tells it what happens in the map.
import type { AtlasModel } from '../data/atlas-model';
import type { Store } from '../state/store';
import { presentedStory } from '../story/story';
import { chapterClaims, countryClaims } from './event-provenance';
import {
  commandActions,
  envelope,
  parseCommand,
  preferredHeight,
  type CommandContext,
  type MapEvent,
} from './messages';

/** Commands waiting at most; more are dropped with one error, so a flood cannot freeze the page. */
const QUEUE_LIMIT = 100;
/** Commands handled per animation frame. */
const PER_FRAME = 10;

export interface BridgeOptions {
  store: Store;
  /** The dataset on screen now (another may be loaded while the bridge is connected). */
  model: () => AtlasModel;
  /** Whether a code names a country the map knows (`selectCountry` commands are checked with it). */
  isCountry: (code: string) => boolean;
  /** The `origin` URL parameter: the only origin obeyed and told events. Null: commands ignored. */
  origin: string | null;
  /** Resolves when the map has drawn: then `ready` is sent. */
  ready: Promise<void>;
  /** The host window (the iframe's parent). */
  host: Window;
}

/**
 * Connects the map to its host page. Commands are obeyed only when they come from `host` and
 * `event.origin` equals `origin` exactly (no prefix or substring match); malformed ones get an
 * `error` event. Events go to `origin`; `ready` and `height` also go out without one (to "*"),
 * since they reveal nothing. Returns the function that disconnects.
 *
 * @example
 * connectBridge({ store, model: () => model, isCountry, origin: 'https://briefing.example', ready, host: parent });
 */
export function connectBridge(options: BridgeOptions): () => void {
  const { store, model, origin, host } = options;
  const context: CommandContext = {
    isCountry: options.isCountry,
    get steps() {
      return presentedStory(model(), store.getState()).length;
    },
    get timeRange() {
      return model().timeline;
    },
  };
  const post = (event: MapEvent) => {
    if (origin) host.postMessage(envelope(event), origin);
    else if (event.type === 'ready' || event.type === 'height')
      host.postMessage(envelope(event), '*');
  };

  const queue: unknown[] = [];
  let overflowed = false;
  let frame = 0;
  const drain = () => {
    frame = 0;
    for (const data of queue.splice(0, PER_FRAME)) {
      const parsed = parseCommand(data, context);
      if (parsed.kind === 'error') post({ type: 'error', message: parsed.message });
      if (parsed.kind === 'command') {
        for (const action of commandActions(parsed.command, model())) store.dispatch(action);
      }
    }
    if (queue.length > 0) frame = requestAnimationFrame(drain);
    else overflowed = false;
  };
  const onMessage = (event: MessageEvent<unknown>) => {
    if (event.source !== host || origin === null || event.origin !== origin) return;
    if (queue.length >= QUEUE_LIMIT) {
      if (!overflowed) {
        overflowed = true;
        post({
          type: 'error',
          message: `too many messages: more than ${QUEUE_LIMIT} waiting, the rest were dropped`,
        });
      }
      return;
    }
    queue.push(event.data);
    if (!frame) frame = requestAnimationFrame(drain);
  };
  window.addEventListener('message', onMessage);

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.selectedCountry !== previous.selectedCountry) {
      const country = state.selectedCountry;
      post({ type: 'countrySelected', country });
      const claims = countryClaims(model(), country);
      post({ type: 'provenance', of: 'countrySelected', country, claims });
    }
    const step = state.presentation?.step;
    if (step !== undefined && step !== previous.presentation?.step) {
      post({ type: 'stepChanged', step });
      const chapter = presentedStory(model(), state)[step - 1];
      const claims = chapterClaims(model(), chapter);
      post({
        type: 'provenance',
        of: 'stepChanged',
        step,
        ...(chapter ? { chapter: chapter.id } : {}),
        claims,
      });
    }
  });

  let width = 0;
  const sendHeight = () => {
    const now = document.documentElement.clientWidth;
    if (now === width) return;
    width = now;
    post({ type: 'height', px: preferredHeight(now) });
  };
  const resize = new ResizeObserver(() => sendHeight());
  let connected = true;
  // The height goes out at once, so the host can size the frame while the map is still drawing.
  sendHeight();
  resize.observe(document.documentElement);
  void options.ready.then(() => {
    if (connected) post({ type: 'ready' });
  });

  return () => {
    connected = false;
    cancelAnimationFrame(frame);
    window.removeEventListener('message', onMessage);
    unsubscribe();
    resize.disconnect();
  };
}
