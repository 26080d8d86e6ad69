import { describe, expect, it } from 'vitest';
import {
  EMBEDDED_DATASET_ID,
  readEmbeddedDataset,
  withEmbeddedDataset,
} from '../../../src/export/offline-file';
import type { Dataset } from '../../../src/dataset';
import { loadDataset } from '../../fixtures/default-model';

const PAGE =
  '<!doctype html><html><head><script type="module">const a = "</body>";</script></head><body><div id="app"></div></body></html>';

/** The JSON text of the inlined element in `html`. */
function inlined(html: string): string {
  const match = new RegExp(`id="${EMBEDDED_DATASET_ID}">([^<]*)</script>`).exec(html);
  if (!match?.[1]) throw new Error('no inlined dataset');
  return match[1];
}

describe('withEmbeddedDataset', () => {
  it('withEmbeddedDataset(html, dataset) inlines the dataset before the last </body>, and it reads back equal', () => {
    const dataset = loadDataset();
    const html = withEmbeddedDataset(PAGE, dataset);
    expect(html.indexOf(EMBEDDED_DATASET_ID)).toBeGreaterThan(html.indexOf('<div id="app">'));
    expect(html.endsWith('</body></html>')).toBe(true);
    expect(readEmbeddedDataset(inlined(html))).toEqual({ ok: true, value: dataset });
  });

  it('writes every < of the data as \\u003c, so a hostile title cannot close the element', () => {
    const dataset = loadDataset();
    const story = dataset.story ?? [];
    const hostile: Dataset = {
      ...dataset,
      story: [{ ...story[0]!, title: { en: '</script><script>alert(1)</script><!--', fa: 'x' } }],
    };
    const html = withEmbeddedDataset(PAGE, hostile);
    expect(inlined(html)).not.toContain('<');
    const read = readEmbeddedDataset(inlined(html));
    expect(read?.ok && (read.value as Dataset).story?.[0]?.title.en).toBe(
      '</script><script>alert(1)</script><!--',
    );
  });

  it('replaces a dataset already inlined instead of adding a second', () => {
    const dataset = loadDataset();
    const twice = withEmbeddedDataset(withEmbeddedDataset(PAGE, dataset), {
      ...dataset,
      story: [],
    });
    expect(twice.split(EMBEDDED_DATASET_ID).length - 1).toBe(1);
    expect((JSON.parse(inlined(twice)) as Dataset).story).toEqual([]);
  });

  it('refuses a page with no </body>', () => {
    expect(() => withEmbeddedDataset('<p>not the app</p>', loadDataset())).toThrow(/<\/body>/);
  });
});

describe('readEmbeddedDataset', () => {
  it('readEmbeddedDataset(text) is null without an element and an error for text that is not JSON', () => {
    expect(readEmbeddedDataset(null)).toBeNull();
    expect(readEmbeddedDataset(undefined)).toBeNull();
    expect(readEmbeddedDataset('{"a":')).toMatchObject({ ok: false });
  });
});
