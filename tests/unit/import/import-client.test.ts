// Unit tests of the import client: worker messages, falling back to the page, size checked before reading.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importFile } from '../../../src/data/import/import-client';
import type { ImportProgress } from '../../../src/data/import/import-text';
import { MAX_DATASET_BYTES } from '../../../src/data/import/limits';
import type { ImportResult } from '../../../src/data/import/problem';
import { readAndImport } from '../../../src/data/import/read-and-import';
import { defaultImportContext } from '../../../src/data/import/default-context';
import { corpusText, importWithApp } from './import-helpers';

/** A stand-in for the browser's Worker: records what it is sent and plays a script of events. */
class ScriptedWorker extends EventTarget {
  static script: (worker: ScriptedWorker) => void = () => {};
  static last: ScriptedWorker | undefined;
  sent: unknown[] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    super();
    ScriptedWorker.last = this;
  }
  postMessage(message: unknown): void {
    this.sent.push(message);
    setTimeout(() => ScriptedWorker.script(this), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  ScriptedWorker.last = undefined;
});

describe('importFile', () => {
  it('importFile runs on the page where there is no Worker, with the same result as importText', async () => {
    const text = corpusText('bad/unknown-country.geojson');
    const phases: string[] = [];
    const result = await importFile(text, { onProgress: (p) => phases.push(p.phase) });
    expect(result).toEqual(importWithApp(text));
    expect(phases[0]).toBe('parsing');
    expect(phases.at(-1)).toBe('checking');
  });

  it('importFile names an untitled GeoJSON dataset after the File', async () => {
    const file = new File([corpusText('good/kept-properties.geojson')], 'meetings.geojson');
    const result = await importFile(file);
    expect(result.dataset?.title.en).toBe('meetings');
  });

  it('importFile refuses a file over the limit before reading it', async () => {
    const text = vi.fn(() => Promise.reject(new Error('read')));
    const huge = { size: MAX_DATASET_BYTES + 1, text } as unknown as Blob;
    const result = await importFile(huge);
    expect(result.problems.map((p) => p.code)).toEqual(['file.too-large']);
    expect(text).not.toHaveBeenCalled();
  });

  it('importFile sends the input to a module worker and passes its progress and result on', async () => {
    vi.stubGlobal('Worker', ScriptedWorker);
    const result: ImportResult = {
      kind: 'atlas',
      dataset: null,
      problems: [],
      counts: { items: 0, kept: 0 },
    };
    ScriptedWorker.script = (worker) => {
      worker.answer({ type: 'progress', progress: { phase: 'checking', done: 1, total: 2 } });
      worker.answer({ type: 'result', result });
    };
    const progress: ImportProgress[] = [];
    const answer = await importFile('{}', {
      fileName: 'a.json',
      onProgress: (p) => progress.push(p),
    });
    const worker = ScriptedWorker.last as ScriptedWorker;
    expect(answer).toEqual(result);
    expect(progress).toEqual([{ phase: 'checking', done: 1, total: 2 }]);
    expect(worker.options).toEqual({ type: 'module' });
    expect(worker.url.pathname).toMatch(/import\.worker\.ts$/);
    expect(worker.sent).toEqual([{ input: '{}', fileName: 'a.json', maxBytes: MAX_DATASET_BYTES }]);
    expect(worker.terminated).toBe(true);
  });

  it('importFile falls back to the page when the worker fails before answering', async () => {
    vi.stubGlobal('Worker', ScriptedWorker);
    ScriptedWorker.script = (worker) =>
      worker.dispatchEvent(new Event('error', { cancelable: true }));
    const text = corpusText('good/minimal.json');
    const result = await importFile(text);
    expect(result).toEqual(importWithApp(text));
    expect(ScriptedWorker.last?.terminated).toBe(true);
  });

  it('importFile falls back to the page when no worker may be created (CSP, file://)', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('blocked', 'SecurityError');
        }
      },
    );
    const result = await importFile(corpusText('good/minimal.json'));
    expect(result.dataset?.title.en).toBe('Example');
  });

  it('importFile stops the worker when aborted', async () => {
    vi.stubGlobal('Worker', ScriptedWorker);
    ScriptedWorker.script = () => {};
    const controller = new AbortController();
    const pending = importFile('{}', { signal: controller.signal });
    controller.abort();
    const result = await pending;
    expect(result.problems.map((p) => [p.code, p.params.message])).toEqual([
      ['internal', 'aborted'],
    ]);
    expect(ScriptedWorker.last?.terminated).toBe(true);
  });
});

describe('readAndImport', () => {
  it('readAndImport reports reading, parsing and checking, in that order', async () => {
    const phases: string[] = [];
    const blob = new Blob([corpusText('good/corridors.geojson')]);
    await readAndImport(blob, {
      context: defaultImportContext(),
      onProgress: (p) => phases.push(p.phase),
    });
    expect(phases.slice(0, 3)).toEqual(['reading', 'parsing', 'checking']);
  });

  it('readAndImport turns a file that cannot be read into a problem', async () => {
    const broken = {
      size: 10,
      arrayBuffer: () => Promise.reject(new Error('gone')),
    } as unknown as Blob;
    const result = await readAndImport(broken, { context: defaultImportContext() });
    expect(result.problems.map((p) => [p.code, p.params.message])).toEqual([['internal', 'gone']]);
  });
});
