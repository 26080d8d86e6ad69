// The one offline file with a dataset of the user's own: the single-file build with the dataset inlined as JSON (pure).
import type { Dataset } from '../dataset';

/** The id of the `<script type="application/json">` element that carries an inlined dataset. */
export const EMBEDDED_DATASET_ID = 'atlas-dataset';

/** What the single-file build puts in its <head>, so the editor knows the file it fetched is that build. */
export const SINGLE_FILE_MARK = '<meta name="corridor-atlas-build" content="single" />';

/** The offline file's name in the built site, beside index.html (`npm run build` writes it). */
export const OFFLINE_FILE = 'offline.html';

/**
 * The single-file build's HTML with `dataset` inlined, as the app reads it at start
 * ({@link EMBEDDED_DATASET_ID}) instead of its own. Every `<` of the JSON is written `\u003c`, so no
 * text in the data can close the element or open a comment. A dataset already inlined is replaced.
 *
 * @example
 * const html = withEmbeddedDataset(await (await fetch('offline.html')).text(), edited);
 */
export function withEmbeddedDataset(html: string, dataset: Dataset): string {
  const json = JSON.stringify(dataset).replace(/</g, '\\u003c');
  const element = `<script type="application/json" id="${EMBEDDED_DATASET_ID}">${json}</script>`;
  const existing = new RegExp(
    `<script type="application/json" id="${EMBEDDED_DATASET_ID}">[^<]*</script>`,
  );
  if (existing.test(html)) return html.replace(existing, () => element);
  // The last </body>: the inlined scripts come before it, and may contain the words themselves.
  const end = html.lastIndexOf('</body>');
  if (end < 0) throw new Error('The offline file has no </body>: is it the single-file build?');
  return `${html.slice(0, end)}${element}\n${html.slice(end)}`;
}

/**
 * The dataset inlined in a page by {@link withEmbeddedDataset}: `null` when there is none, the
 * parsed JSON (still to be checked) or an error when its text is not JSON.
 *
 * @example
 * const embedded = readEmbeddedDataset(document.getElementById(EMBEDDED_DATASET_ID)?.textContent);
 */
export function readEmbeddedDataset(
  text: string | null | undefined,
): null | { ok: true; value: unknown } | { ok: false; error: string } {
  if (text === null || text === undefined) return null;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
