// Wires bringing one's own data: a file (picker or drop) or ?data=URL → import off the main thread →
// the map shows the valid part, the data dialog lists every problem; revert and export. Loaded on first use.
import type { AtlasModel } from './data/atlas-model';
import { buildModel } from './data/atlas-model';
import type { CountryRegistry } from './data/countries';
import { fetchDataset } from './data/fetch-dataset';
import { parseDataUrl } from './data/import/data-url';
import { importFile } from './data/import/import-client';
import { failed, internalProblem, type ImportResult } from './data/import/problem';
import { datasetToGeoJSON } from './data/export-geojson';
import { downloadBlob } from './export/download';
import { dataFileName } from './export/file-name';
import type { DataSource } from './state/state';
import type { Store } from './state/store';
import { createDataDialog, type DataProgress, type DataReport } from './ui/data-dialog';

/** A dataset read from somewhere: its model when anything of it can be shown, and the report. */
export interface LoadedDataset {
  model: AtlasModel | null;
  report: DataReport;
}

/** The result with one more problem: what went wrong after the checks (building or drawing it). */
function withFailure(result: ImportResult, error: unknown): ImportResult {
  return { ...result, dataset: null, problems: [...result.problems, internalProblem(error)] };
}

/** The model of an import's valid part, or null (with a problem added) when none can be built. */
function modelOf(
  result: ImportResult,
  registry: CountryRegistry,
): [AtlasModel | null, ImportResult] {
  if (!result.dataset) return [null, result];
  try {
    return [buildModel(result.dataset, registry), result];
  } catch (error) {
    return [null, withFailure(result, error)];
  }
}

/**
 * Loads the dataset a `?data=` value names: checks the URL (same origin or one the site lists),
 * fetches it and imports it. Never rejects: every failure is a problem in the report.
 *
 * @example
 * const { model, report } = await loadUrlDataset('./data/mine.json', { registry, allowedOrigins: [] });
 */
export async function loadUrlDataset(
  raw: string,
  options: {
    registry: CountryRegistry;
    allowedOrigins: readonly string[];
    onProgress?: (progress: DataProgress) => void;
  },
): Promise<LoadedDataset> {
  const checked = parseDataUrl(raw, location.href, options.allowedOrigins);
  const report = (result: ImportResult, model: AtlasModel | null): LoadedDataset => ({
    model,
    report: { name: raw, result, shown: model !== null },
  });
  if (!checked.ok) return report(failed(null, [checked.problem]), null);
  options.onProgress?.({ phase: 'fetching' });
  const fetched = await fetchDataset(checked.value);
  if (!fetched.ok) return report(failed(null, [fetched.problem]), null);
  const name = decodeURIComponent(checked.value.pathname.split('/').at(-1) || checked.value.host);
  const imported = await importFile(fetched.value, {
    fileName: name,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const [model, result] = modelOf(imported, options.registry);
  return report(result, model);
}

export interface DataSessionOptions {
  registry: CountryRegistry;
  store: Store;
  /** The dataset shipped with the app, for "Revert to default data". */
  defaultModel: AtlasModel;
  /** The dataset on screen now. */
  currentModel(): AtlasModel;
  /** Puts another dataset on screen (the app is mounted again on it); resolves when it is drawn. */
  replace(model: AtlasModel, source: DataSource): Promise<void>;
}

export interface DataSession {
  /** Opens the data dialog. */
  open(): void;
  /** Imports a file (from the picker or dropped on the map) and shows it, or says why not. */
  loadFile(file: File): Promise<void>;
  /** Shows the report of an import done before the session existed (a `?data=` at start-up). */
  show(report: DataReport): void;
  /** Removes the dialog and stops following the state. */
  destroy(): void;
}

/**
 * Creates the data session: the data dialog (appended to the page, outside the app, so it stays
 * when the app is mounted again on a new dataset) and the loading, reverting and exporting behind it.
 * A wholly bad file changes nothing on screen; a partly bad one shows its valid part.
 *
 * @example
 * const session = createDataSession({ registry, store, defaultModel, currentModel, replace });
 * session.open();
 */
export function createDataSession(options: DataSessionOptions): DataSession {
  const { registry, store } = options;
  let busy = false;
  const dialog = createDataDialog({
    onFile: (file) => void loadFile(file),
    onRevert: () => {
      if (busy) return;
      dialog.report(null);
      void options.replace(options.defaultModel, { kind: 'default' });
    },
    onExport: () => {
      const json = `${JSON.stringify(options.currentModel().dataset, null, 2)}\n`;
      downloadBlob(new Blob([json], { type: 'application/json' }), dataFileName(new Date()));
    },
    onExportGeojson: () => {
      const geojson = `${JSON.stringify(datasetToGeoJSON(options.currentModel().dataset), null, 1)}\n`;
      const name = dataFileName(new Date()).replace(/\.json$/, '.geojson');
      downloadBlob(new Blob([geojson], { type: 'application/geo+json' }), name);
    },
  });
  document.body.append(dialog.element);
  const redraw = () => {
    const state = store.getState();
    dialog.update(state.lang, state.dataSource);
  };
  redraw();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.lang !== previous.lang || state.dataSource !== previous.dataSource) redraw();
  });

  async function loadFile(file: File) {
    if (busy) return;
    busy = true;
    dialog.open();
    dialog.report(null);
    dialog.progress({ phase: 'reading' });
    try {
      const imported = await importFile(file, {
        fileName: file.name,
        onProgress: (progress) => dialog.progress(progress),
      });
      let [model, result] = modelOf(imported, registry);
      if (model) {
        try {
          await options.replace(model, { kind: 'file', name: file.name });
        } catch (error) {
          [model, result] = [null, withFailure(result, error)];
        }
      }
      dialog.report({ name: file.name, result, shown: model !== null });
      dialog.open();
    } finally {
      busy = false;
      dialog.progress(null);
    }
  }

  return {
    open: () => dialog.open(),
    loadFile,
    show(report) {
      dialog.report(report);
      dialog.open();
    },
    destroy() {
      unsubscribe();
      dialog.element.remove();
    },
  };
}
