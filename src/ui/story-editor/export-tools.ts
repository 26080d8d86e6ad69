// The story editor's way out: "Export data" (the dataset with the edited story) and "Download as one offline file".
import type { AtlasModel } from '../../data/atlas-model';
import type { Dataset } from '../../dataset';
import { downloadBlob } from '../../export/download';
import { dataFileName, offlineFileName } from '../../export/file-name';
import { OFFLINE_FILE, SINGLE_FILE_MARK, withEmbeddedDataset } from '../../export/offline-file';
import { t } from '../../i18n/messages';
import type { Store } from '../../state/store';
import { datasetWithStory } from '../../story/draft';
import { chapterContext, chaptersWithErrors } from '../../story/validate-chapter';
import { h } from '../dom';
import type { EditorSection, EditorView } from './section';

/**
 * The built site's single file (offline.html, beside index.html) with `dataset` inlined, or null
 * when this copy of the site has none (the dev server) or it cannot be read.
 */
async function offlineFile(dataset: Dataset): Promise<string | null> {
  try {
    const response = await fetch(new URL(OFFLINE_FILE, location.href), { cache: 'no-cache' });
    if (!response.ok) return null;
    const html = await response.text();
    // A dev server answers a missing file with its index.html: only the single-file build will do.
    const single = html.includes(SINGLE_FILE_MARK) && html.includes('</body>');
    return single ? withEmbeddedDataset(html, dataset) : null;
  } catch {
    return null;
  }
}

/**
 * Creates the export buttons and the note that says how an export went. Neither exports a story
 * with an error (the file would not be valid): the note names the chapters to fix instead. A
 * finished export marks the draft exported (`storyExported`), which takes "Draft" off the header.
 *
 * @example
 * const exports = createExportTools(model, store);
 */
export function createExportTools(model: AtlasModel, store: Store): EditorSection {
  const context = chapterContext(model);
  const exportData = h('button', { type: 'button', class: 'editor-export' });
  const offline = h('button', { type: 'button', class: 'editor-offline' });
  const note = h('p', { class: 'editor-export-note', role: 'status' });
  let view: EditorView | null = null;
  /** The dataset to export, or null (and the note says why) when a chapter has an error. */
  const exportable = (): Dataset | null => {
    if (!view) return null;
    const bad = chaptersWithErrors(view.story, context);
    if (bad.length === 0) return datasetWithStory(model.dataset, view.story);
    note.textContent = t(store.getState().lang, 'editor.exportBlocked', { list: bad.join(', ') });
    return null;
  };
  exportData.addEventListener('click', () => {
    const dataset = exportable();
    if (!dataset) return;
    const json = `${JSON.stringify(dataset, null, 2)}\n`;
    downloadBlob(new Blob([json], { type: 'application/json' }), dataFileName(new Date()));
    note.textContent = t(store.getState().lang, 'editor.exported');
    store.dispatch({ type: 'storyExported' });
  });
  offline.addEventListener('click', () => {
    const dataset = exportable();
    if (!dataset) return;
    const language = store.getState().lang;
    note.textContent = t(language, 'editor.offlineMaking');
    void offlineFile(dataset).then((html) => {
      if (!html) {
        note.textContent = t(language, 'editor.offlineMissing');
        return;
      }
      downloadBlob(new Blob([html], { type: 'text/html' }), offlineFileName(new Date()));
      note.textContent = t(language, 'editor.offlineSaved');
      store.dispatch({ type: 'storyExported' });
    });
  });
  const element = h(
    'div',
    { class: 'editor-exports' },
    h('div', { class: 'editor-tools' }, exportData, offline),
    note,
  );

  return {
    element,
    render(next) {
      view = next;
      exportData.textContent = t(next.lang, 'editor.exportData');
      offline.textContent = t(next.lang, 'editor.offline');
    },
    destroy() {
      element.remove();
    },
  };
}
