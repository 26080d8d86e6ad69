// Build, dev-server and test configuration.
// `vite build` makes the site in dist/; `vite build --mode single` makes dist-single/corridor-atlas.html,
// one self-contained file (scripts, styles, fonts, data and the MapLibre worker inlined) that opens from file://.
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin, type ViteUserConfig } from 'vitest/config';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { atlasData } from './src/build/vite-plugin-atlas.ts';
import { fontPreload } from './src/build/font-preload.ts';
import { sitePolicy } from './src/build/site-policy.ts';
import { VENDOR_CHUNKS } from './src/build/chunks.ts';
import { OFFLINE_FILE, SINGLE_FILE_MARK } from './src/export/offline-file.ts';

/** The entry chunk's file name (Vite's default `assets/[name]-[hash].js` for index.html's script). */
const ENTRY_CHUNK = /(^|\/)index-[\w-]+\.js$/;

/** The single file's name in dist-single/. */
const SINGLE_FILE_NAME = 'corridor-atlas.html';

/**
 * For the single file only: the favicon (from public/, which that build does not copy) becomes a data: URL,
 * and the WOFF fallbacks that @fontsource lists after each WOFF2 are dropped. Every browser that runs the
 * app reads WOFF2, so the WOFF copies would only add about 170 KB of base64 to the file.
 */
function singleFileExtras(): Plugin {
  return {
    name: 'corridor-atlas-single-file',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const svg = readFileSync('public/favicon.svg');
        const dataUrl = `data:image/svg+xml;base64,${svg.toString('base64')}`;
        return html
          .replace('href="./favicon.svg"', `href="${dataUrl}"`)
          .replace('<head>', () => `<head>\n    ${SINGLE_FILE_MARK}`);
      },
    },
    // The site serves the file too, as offline.html beside index.html: the story editor fetches it
    // to make an offline file with the edited story (src/export/offline-file.ts).
    closeBundle() {
      if (existsSync('dist/index.html')) {
        copyFileSync(`dist-single/${SINGLE_FILE_NAME}`, `dist/${OFFLINE_FILE}`);
      }
    },
    generateBundle: {
      // After Vite has emitted the CSS, before vite-plugin-singlefile inlines it.
      order: 'post',
      handler(_options, bundle) {
        // The data import's worker: the single file imports on the page instead (no file beside it).
        for (const name of Object.keys(bundle)) {
          if (/(^|\/)import\.worker-[\w-]+\.js$/.test(name)) delete bundle[name];
          // The default routes as GeoJSON are for the hosted site's Data dialog, not the one file.
          if (name.endsWith('.geojson')) delete bundle[name];
        }
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.css')) {
            file.source = String(file.source).replace(
              /,\s*url\(\s*"?data:font\/woff;base64,[A-Za-z0-9+/=]+"?\s*\)\s*format\(\s*["']woff["']\s*\)/g,
              '',
            );
          }
        }
      },
    },
  };
}

export default defineConfig(({ command, mode }) => {
  const single = mode === 'single';
  const config: ViteUserConfig = {
    base: './',
    plugins: [
      atlasData({ schemaPath: 'data/atlas.schema.json' }),
      // The production build ships a strict Content-Security-Policy (see src/build/site-policy.ts).
      sitePolicy({ settingsPath: 'data/site.json', csp: command === 'build' && !single }),
      ...(single ? [] : [fontPreload()]),
    ],
    // Workers (the data import) are bundled apart: they need the atlas plugin's virtual modules too.
    worker: {
      format: 'es',
      plugins: () => [atlasData({ schemaPath: 'data/atlas.schema.json', datasetPath: false })],
    },
    server: { host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1', port: 4173 },
    build: {
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 1600,
      modulePreload: {
        // The entry chunk is running by the time anything is imported on demand: preloading it again
        // only makes Firefox fire an error event on the added <link rel="modulepreload">.
        resolveDependencies: (_file, deps) => deps.filter((dep) => !ENTRY_CHUNK.test(dep)),
      },
      rolldownOptions: {
        output: {
          // MapLibre and deck.gl change rarely: their own chunks stay cached across releases.
          codeSplitting: { groups: VENDOR_CHUNKS },
        },
      },
    },
    test: {
      env: { TZ: 'UTC' },
      projects: [
        {
          extends: true,
          test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            include: ['tests/browser/**/*.test.ts'],
            environment: 'node',
            globalSetup: ['tests/browser/global-setup.ts'],
            fileParallelism: false,
            testTimeout: 90_000,
            hookTimeout: 180_000,
          },
        },
      ],
    },
  };
  if (!single) return config;

  return {
    ...config,
    // Nothing is copied beside the file: the favicon is inlined by singleFileExtras, and embed.js is
    // for pages that embed the hosted site, not for a file opened on its own.
    publicDir: false,
    plugins: [
      ...(config.plugins ?? []),
      singleFileExtras(),
      // Inlines every script and style into the HTML and turns off code splitting, so the dynamic
      // imports (country shapes, app, article) are in the one script too.
      viteSingleFile({ outputFileName: SINGLE_FILE_NAME }),
    ],
    build: {
      target: 'es2022',
      sourcemap: false,
      outDir: 'dist-single',
      emptyOutDir: true,
      // Every asset becomes a data: URL: the fonts, and the MapLibre worker imported with `?url`. On a
      // file:// page (an opaque origin) MapLibre fetches the worker's code and starts it from a data: URL;
      // fetching a file: URL is refused there, fetching a data: URL is not.
      assetsInlineLimit: () => true,
      cssCodeSplit: false,
      assetsDir: '',
      chunkSizeWarningLimit: Number.POSITIVE_INFINITY,
      modulePreload: { polyfill: false },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  };
});
