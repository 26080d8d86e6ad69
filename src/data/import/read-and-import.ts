// Reads a file (after checking its size) and imports it: the one job that runs in the worker or, failing that, on the page.
import { decodeText } from './decode-text';
import { importText, type ImportProgress } from './import-text';
import type { ImportContext } from './lenient-dataset';
import { MAX_DATASET_BYTES, sizeProblem } from './limits';
import { failed, internalProblem, type ImportResult } from './problem';

/** What {@link readAndImport} needs besides the input. */
export interface ReadOptions {
  context: ImportContext;
  fileName?: string;
  maxBytes?: number;
  onProgress?: (progress: ImportProgress) => void;
}

/**
 * Imports a file or a text. A file's bytes are decoded by {@link decodeText} (UTF-8, or UTF-16
 * from Excel). A file over the size limit is refused before it is read
 * (`file.too-large`); a file that cannot be read gives an `internal` problem. Never rejects.
 *
 * @example
 * const result = await readAndImport(file, { context: defaultImportContext(), fileName: file.name });
 */
export async function readAndImport(
  input: Blob | string,
  options: ReadOptions,
): Promise<ImportResult> {
  const maxBytes = options.maxBytes ?? MAX_DATASET_BYTES;
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    const tooLarge = sizeProblem(input.size, maxBytes);
    if (tooLarge) return failed(null, [tooLarge]);
    options.onProgress?.({ phase: 'reading' });
    try {
      text = decodeText(new Uint8Array(await input.arrayBuffer()));
    } catch (error) {
      return failed(null, [internalProblem(error)]);
    }
  }
  return importText(text, {
    ...options.context,
    maxBytes,
    ...(options.fileName === undefined ? {} : { fileName: options.fileName }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
}
