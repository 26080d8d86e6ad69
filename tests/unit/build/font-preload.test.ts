// The poster's font preloads: which bundle files, and the tags.
import { describe, expect, it } from 'vitest';
import { fontPreloadTags } from '../../../src/build/font-preload';

describe('fontPreloadTags', () => {
  it('preloads regular and bold Vazirmatn in Latin and Arabic script, nothing else', () => {
    const tags = fontPreloadTags([
      'assets/vazirmatn-latin-700-normal-9Blb.woff2',
      'assets/vazirmatn-arabic-400-normal-DMZF.woff2',
      'assets/vazirmatn-latin-ext-400-normal-BdGh.woff2',
      'assets/vazirmatn-latin-400-normal-BT_D.woff2',
      'assets/vazirmatn-latin-400-normal-BT_D.woff',
      'assets/vazirmatn-arabic-700-normal-Dge_.woff2',
      'assets/index-DqJJ.css',
    ]);
    expect(tags).toEqual([
      '<link rel="preload" href="./assets/vazirmatn-arabic-400-normal-DMZF.woff2" as="font" type="font/woff2" crossorigin>',
      '<link rel="preload" href="./assets/vazirmatn-arabic-700-normal-Dge_.woff2" as="font" type="font/woff2" crossorigin>',
      '<link rel="preload" href="./assets/vazirmatn-latin-400-normal-BT_D.woff2" as="font" type="font/woff2" crossorigin>',
      '<link rel="preload" href="./assets/vazirmatn-latin-700-normal-9Blb.woff2" as="font" type="font/woff2" crossorigin>',
    ]);
  });

  it('gives nothing for a bundle without those fonts', () => {
    expect(fontPreloadTags(['assets/index.js'])).toEqual([]);
  });
});
