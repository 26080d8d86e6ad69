// The story draft in the browser: saved to localStorage on every change, restored on load, and another tab's write detected.
import type { AtlasModel } from '../data/atlas-model';
import type { Dataset } from '../dataset';
import type { Store } from '../state/store';
import { draftKey, draftRecord, parseDraftRecord, type DraftRecord } from '../story/draft';

/**
 * Where the draft stands: saved; overtaken by another tab's save (`theirs`: the record that first
 * overtook it, or null when the other tab discarded the draft), so this tab saves nothing until the
 * user chooses; or not savable here.
 */
export type DraftStatus =
  | { kind: 'saved' }
  | { kind: 'conflict'; theirs: DraftRecord | null }
  | { kind: 'failed'; reason: string };

/** The draft kept for one dataset, following the store. */
export interface DraftSync {
  status(): DraftStatus;
  /** Told of every change of status. Returns the function that stops telling. */
  onStatus(listener: (status: DraftStatus) => void): () => void;
  /** After a conflict: shows the other tab's draft here (this tab's edits since are dropped). */
  loadTheirs(): void;
  /** After a conflict: saves this tab's draft over the other's. */
  keepMine(): void;
  destroy(): void;
}

/** The browser's localStorage, or null where the page may not use it (a sandbox, a privacy setting). */
function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The draft stored for `dataset`, or null when there is none (or it cannot be read).
 *
 * @example
 * const draft = readStoredDraft(model.dataset);
 * if (draft) store.dispatch({ type: 'setStory', chapters: draft.chapters, exported: draft.exported });
 */
export function readStoredDraft(
  dataset: Dataset,
  storage: Storage | null = browserStorage(),
): DraftRecord | null {
  try {
    return parseDraftRecord(storage?.getItem(draftKey(dataset)) ?? null);
  } catch {
    return null;
  }
}

/**
 * Keeps `model`'s story draft in `storage`: restores it into the store (when the store has none),
 * saves it on every change of `state.story` (removes it when the story is the dataset's again), and
 * listens for another tab's save of the same draft (the `storage` event, and the revision found on
 * the next save), which turns saving off with a `conflict` status instead of overwriting.
 *
 * @example
 * const draft = connectStoryDraft(store, model);
 * draft.onStatus((status) => status.kind === 'conflict' && warn());
 */
export function connectStoryDraft(
  store: Store,
  model: AtlasModel,
  storage: Storage | null = browserStorage(),
): DraftSync {
  const key = draftKey(model.dataset);
  let status: DraftStatus = storage
    ? { kind: 'saved' }
    : { kind: 'failed', reason: 'localStorage is not available' };
  const listeners = new Set<(status: DraftStatus) => void>();
  const setStatus = (next: DraftStatus) => {
    status = next;
    for (const listener of listeners) listener(next);
  };
  const stored = () => parseDraftRecord(storage?.getItem(key) ?? null);
  let revision: number | null = null;
  let applying = false;
  const apply = (record: DraftRecord | null) => {
    applying = true;
    try {
      store.dispatch({
        type: 'setStory',
        chapters: record?.chapters ?? null,
        exported: record?.exported ?? false,
      });
    } finally {
      applying = false;
    }
    revision = record?.revision ?? null;
  };

  const initial = storage ? stored() : null;
  revision = initial?.revision ?? null;
  if (initial && store.getState().story === null) apply(initial);

  const save = (force: boolean) => {
    if (!storage || (status.kind === 'conflict' && !force)) return;
    try {
      const found = stored();
      if (!force && (found?.revision ?? null) !== revision) {
        setStatus({ kind: 'conflict', theirs: found });
        return;
      }
      const story = store.getState().story;
      if (story === null) {
        storage.removeItem(key);
        revision = null;
      } else {
        const record = draftRecord(
          story.chapters,
          story.exported,
          found?.revision ?? null,
          new Date(),
        );
        storage.setItem(key, JSON.stringify(record));
        revision = record.revision;
      }
      if (status.kind !== 'saved') setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };
  const unsubscribe = store.subscribe((state, previous, action) => {
    // A new dataset clears the story: that is not the user discarding this dataset's draft.
    if (applying || action.type === 'datasetLoaded' || state.story === previous.story) return;
    save(false);
  });
  const onStorage = (event: StorageEvent) => {
    if (event.key !== key || event.storageArea !== storage) return;
    const theirs = parseDraftRecord(event.newValue);
    // Already asking: each further save of the other tab is no news (loadTheirs reads the latest).
    if (status.kind === 'conflict' || (theirs?.revision ?? null) === revision) return;
    setStatus({ kind: 'conflict', theirs });
  };
  window.addEventListener('storage', onStorage);

  return {
    status: () => status,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    loadTheirs() {
      apply(storage ? stored() : null);
      setStatus({ kind: 'saved' });
    },
    keepMine() {
      save(true);
    },
    destroy() {
      unsubscribe();
      listeners.clear();
      window.removeEventListener('storage', onStorage);
    },
  };
}
