// The import worker: reads, parses and checks a dataset off the main thread, posting progress and the result.
import { defaultImportContext } from './default-context';
import { readAndImport } from './read-and-import';
import type { ImportRequest, ImportResponse } from './worker-protocol';

/** The worker's global scope, as much of it as this file uses (the project's types are the page's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { input, fileName, maxBytes } = event.data;
  void readAndImport(input, {
    context: defaultImportContext(),
    ...(fileName === undefined ? {} : { fileName }),
    ...(maxBytes === undefined ? {} : { maxBytes }),
    onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
  }).then((result) => scope.postMessage({ type: 'result', result }));
};
