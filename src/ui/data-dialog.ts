// The data dialog: open a dataset file, see the import's progress and every problem it found, revert, export.
import { problemText } from '../data/import/problem-text';
import { countProblems, type ImportProblem, type ImportResult } from '../data/import/problem';
import type { ImportProgress } from '../data/import/import-text';
import { MAX_DATASET_BYTES } from '../data/import/limits';
import { ti } from '../data/import/messages';
import { formatNumber, type Lang } from '../i18n/format';
import { t } from '../i18n/messages';
import type { DataSource } from '../state/state';
import { h } from './dom';
import './data-dialog.css';

/** Problems listed in the dialog; the validator (`npm run validate`) lists them all. */
const SHOWN_PROBLEMS = 200;

/** What an import ended with, for the report. */
export interface DataReport {
  /** The file's name or the URL. */
  name: string;
  result: ImportResult;
  /** Whether the map now shows the file's valid part (false: the previous data stays). */
  shown: boolean;
}

/** What is going on: fetching a URL, or one of the import's phases. */
export type DataProgress = { phase: 'fetching' } | ImportProgress;

export interface DataDialogActions {
  onFile(file: File): void;
  onRevert(): void;
  /** Saves the data on the map as GeoJSON (RFC 7946) for other tools. */
  onExportGeojson?(): void;
  onExport(): void;
}

export interface DataDialog {
  element: HTMLDialogElement;
  open(): void;
  /** Redraws in `lang`, for `source` (the dataset on screen). */
  update(lang: Lang, source: DataSource): void;
  /** Shows what the import is doing, or hides the bar (null). */
  progress(progress: DataProgress | null): void;
  /** Lists what the last import found. */
  report(report: DataReport | null): void;
}

function problemItem(lang: Lang, item: ImportProblem): HTMLElement {
  const text = problemText(lang, item);
  return h(
    'li',
    { class: `problem problem-${item.severity}` },
    h(
      'p',
      { class: 'problem-where' },
      h('strong', {}, ti(lang, `import.severity.${item.severity}`)),
      ' · ',
      text.where,
    ),
    h('p', { class: 'problem-what' }, text.what),
    h('p', { class: 'problem-fix' }, `→ ${text.fix}`),
  );
}

/** The sentence above the list: how many errors and warnings, and what the map shows now. */
function summary(lang: Lang, report: DataReport): string {
  const { errors, warnings } = countProblems(report.result.problems);
  const { items, kept } = report.result.counts;
  const counts =
    report.result.problems.length === 0
      ? ti(lang, 'import.summary.ok', { items })
      : report.result.dataset
        ? ti(lang, 'import.summary', { errors, warnings, kept, items })
        : ti(lang, 'import.summary.none', { errors, warnings });
  const outcome = report.shown
    ? t(lang, 'data.shown', { name: report.name })
    : t(lang, 'data.kept', { name: report.name });
  return `${outcome} ${counts}`;
}

/**
 * Creates the data dialog (a modal `<dialog>`, closed). Text from files reaches it only through
 * `textContent`: a hostile name or value shows literally and runs nothing.
 *
 * @example
 * const dialog = createDataDialog({ onFile: load, onRevert: revert, onExport: save });
 * document.body.append(dialog.element);
 * dialog.update('fa', { kind: 'default' });
 * dialog.open();
 */
export function createDataDialog(actions: DataDialogActions): DataDialog {
  const title = h('h2', { id: 'data-title' });
  const current = h('p', { class: 'data-current' });
  const hint = h('p', { class: 'data-hint' });
  const input = h('input', {
    type: 'file',
    accept:
      '.json,.geojson,.topojson,.kml,.gpx,.csv,.tsv,.tab,.txt,application/json,application/geo+json,' +
      'application/vnd.google-earth.kml+xml,application/gpx+xml,text/csv,text/tab-separated-values,text/plain',
    class: 'visually-hidden',
    tabindex: '-1',
  }) as HTMLInputElement;
  const openButton = h('button', { type: 'button', class: 'data-open' });
  const revertButton = h('button', { type: 'button', class: 'data-revert' }) as HTMLButtonElement;
  const exportButton = h('button', { type: 'button', class: 'data-export' });
  const geojsonButton = h('button', { type: 'button', class: 'data-export-geojson' });
  // The default routes as the build writes them beside index.html, for QGIS, kepler.gl, geojson.io.
  const corridorsLink = h('a', { href: 'corridors.geojson', download: '', class: 'data-file' });
  const meetingsLink = h('a', { href: 'meetings.geojson', download: '', class: 'data-file' });
  const filesLabel = h('span');
  const files = h(
    'p',
    { class: 'data-files' },
    filesLabel,
    ' ',
    corridorsLink,
    ' · ',
    meetingsLink,
  );
  const bar = h('progress', {
    class: 'data-progress',
    max: '1',
    hidden: true,
  }) as HTMLProgressElement;
  const status = h('p', { class: 'data-status', role: 'status' });
  const list = h('ol', { class: 'problems' });
  const more = h('p', { class: 'data-more', hidden: true });
  const close = h('button', { type: 'button', class: 'data-close' });
  const element = h(
    'dialog',
    { class: 'data-dialog', 'aria-labelledby': 'data-title' },
    title,
    current,
    hint,
    h(
      'div',
      { class: 'data-actions' },
      openButton,
      revertButton,
      exportButton,
      ...(actions.onExportGeojson ? [geojsonButton] : []),
      input,
    ),
    files,
    bar,
    status,
    list,
    more,
    h('div', { class: 'data-footer' }, close),
  ) as HTMLDialogElement;

  let lang: Lang = 'en';
  let lastProgress: DataProgress | null = null;
  let lastReport: DataReport | null = null;

  openButton.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) actions.onFile(file);
  });
  revertButton.addEventListener('click', () => actions.onRevert());
  exportButton.addEventListener('click', () => actions.onExport());
  geojsonButton.addEventListener('click', () => actions.onExportGeojson?.());
  close.addEventListener('click', () => element.close());

  const drawProgress = () => {
    const p = lastProgress;
    bar.hidden = p === null;
    if (p === null) return;
    if (p.phase === 'checking' && p.total > 0) bar.value = p.done / p.total;
    else bar.removeAttribute('value'); // indeterminate
    status.textContent =
      p.phase === 'checking'
        ? t(lang, 'data.progress.checking', { done: p.done, total: p.total })
        : t(lang, `data.progress.${p.phase}`);
  };
  const drawReport = () => {
    const report = lastReport;
    if (!report) {
      list.replaceChildren();
      more.hidden = true;
      if (!lastProgress) status.textContent = '';
      return;
    }
    status.textContent = summary(lang, report);
    const problems = report.result.problems;
    list.replaceChildren(...problems.slice(0, SHOWN_PROBLEMS).map((p) => problemItem(lang, p)));
    more.hidden = problems.length <= SHOWN_PROBLEMS;
    more.textContent = t(lang, 'data.more', { count: problems.length - SHOWN_PROBLEMS });
  };

  return {
    element,
    open() {
      if (!element.open) element.showModal();
    },
    update(nextLang, source) {
      lang = nextLang;
      element.lang = lang;
      element.dir = lang === 'fa' ? 'rtl' : 'ltr';
      title.textContent = t(lang, 'data.title');
      current.textContent =
        source.kind === 'default'
          ? t(lang, 'data.current.default')
          : t(lang, 'data.current.other', {
              name: source.kind === 'file' ? source.name : source.url,
            });
      hint.textContent = t(lang, 'data.hint', {
        size: formatNumber(MAX_DATASET_BYTES / 1024 / 1024, lang),
      });
      openButton.textContent = t(lang, 'data.open');
      revertButton.textContent = t(lang, 'data.revert');
      revertButton.disabled = source.kind === 'default';
      exportButton.textContent = t(lang, 'data.export');
      geojsonButton.textContent = t(lang, 'data.export.geojson');
      filesLabel.textContent = t(lang, 'data.files');
      corridorsLink.textContent = 'corridors.geojson';
      meetingsLink.textContent = 'meetings.geojson';
      close.textContent = t(lang, 'data.close');
      drawProgress();
      drawReport();
    },
    progress(progress) {
      lastProgress = progress;
      drawProgress();
      if (!progress) drawReport();
    },
    report(report) {
      lastReport = report;
      drawReport();
    },
  };
}
