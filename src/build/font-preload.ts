// The poster's web fonts, asked for by the first HTML itself: the poster's text is then drawn in them at its first paint.
import type { Plugin } from 'vite';

/** The faces the poster's text uses: Vazirmatn regular and bold, Latin and Arabic script. */
const POSTER_FONT = /(^|\/)vazirmatn-(latin|arabic)-(400|700)-normal-[\w-]+\.woff2$/;

/**
 * `<link rel="preload">` tags for the poster's fonts among the bundle's `fileNames`, in a stable
 * order. Fonts are otherwise asked for only once the stylesheet is parsed and the text laid out,
 * so a first paint while they are on their way draws the poster in a fallback font, and the app's
 * text (the same words, in Vazirmatn, a little wider) becomes a later, larger contentful paint.
 *
 * @example
 * fontPreloadTags(['assets/vazirmatn-latin-400-normal-X.woff2']);
 * // ['<link rel="preload" href="./assets/vazirmatn-latin-400-normal-X.woff2" as="font" type="font/woff2" crossorigin>']
 */
export function fontPreloadTags(fileNames: Iterable<string>): string[] {
  return [...fileNames]
    .filter((name) => POSTER_FONT.test(name))
    .sort()
    .map((name) => `<link rel="preload" href="./${name}" as="font" type="font/woff2" crossorigin>`);
}

/**
 * The build's index.html gets the preload tags before its stylesheet (not the single file, whose
 * fonts are inlined).
 *
 * @example
 * defineConfig({ plugins: [fontPreload()] });
 */
export function fontPreload(): Plugin {
  return {
    name: 'corridor-atlas-font-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const tags = fontPreloadTags(Object.keys(context.bundle ?? {}));
        if (tags.length === 0) return html;
        return html.replace('</title>', () => `</title>\n    ${tags.join('\n    ')}`);
      },
    },
  };
}
