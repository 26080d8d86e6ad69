// Keeps presenter windows in step both ways (the map and the speaker view), over a BroadcastChannel.
import type { AtlasModel } from '../data/atlas-model';
import type { Store } from '../state/store';
import { goToStep } from '../story/story';

/** What the windows tell each other: the step and whether the screen is black. */
export interface StepMessage {
  source: 'corridor-atlas';
  type: 'presentation';
  step: number;
  black: boolean;
}

/**
 * True for a message another window of this app sent (anything else on the channel is ignored).
 *
 * @example
 * isStepMessage({ source: 'corridor-atlas', type: 'presentation', step: 3, black: false }); // true
 */
export function isStepMessage(data: unknown): data is StepMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return (
    m.source === 'corridor-atlas' &&
    m.type === 'presentation' &&
    Number.isInteger(m.step) &&
    typeof m.black === 'boolean'
  );
}

/**
 * Connects this window to the others showing the same page: a step taken here is sent; a step sent
 * from there is taken here, without being sent back. `model` gives the dataset on screen now.
 * Returns the function that disconnects.
 *
 * @example
 * const disconnect = connectStepSync(store, () => model);
 */
export function connectStepSync(
  store: Store,
  model: () => AtlasModel,
  name = `corridor-atlas:${location.pathname}`,
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(name);
  const key = (step: number, black: boolean) => `${step}:${black}`;
  const presentation = store.getState().presentation;
  let synced = presentation ? key(presentation.step, presentation.black) : '';

  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (!isStepMessage(event.data)) return;
    const { step, black } = event.data;
    synced = key(step, black);
    const current = store.getState().presentation;
    if (current?.step !== step) goToStep(store, model(), step);
    store.dispatch({ type: 'setBlackout', black });
  };
  const unsubscribe = store.subscribe((state) => {
    const p = state.presentation;
    if (!p || key(p.step, p.black) === synced) return;
    synced = key(p.step, p.black);
    const message: StepMessage = {
      source: 'corridor-atlas',
      type: 'presentation',
      step: p.step,
      black: p.black,
    };
    channel.postMessage(message);
  });
  return () => {
    unsubscribe();
    channel.close();
  };
}
