// Vite build of the bench's baseline page (bench/pages/baseline): MapLibre + deck.gl only. The atlas plugin
// serves the same country shapes as the app's; the chunks are split like the app's (maplibre, deckgl),
// so the bench can compare them chunk by chunk. The bench calls this with its own outDir.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VENDOR_CHUNKS } from '../../src/build/chunks.ts';
import { atlasData } from '../../src/build/vite-plugin-atlas.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./baseline'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [atlasData({ schemaPath: here('../../data/atlas.schema.json') })],
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: here('../../node_modules/.cache/corridor-atlas-bench/baseline'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The halo layer (baseline/halos.ts, loaded with `&halos=1` only) stays out of the deck.gl
          // chunk: without it, the baseline loads the JavaScript of one TripsLayer and nothing more.
          groups: VENDOR_CHUNKS.map(({ name, test }) => ({
            name,
            test: (id: string) => test.test(id) && !/[\\/]scatterplot-layer[\\/]/.test(id),
          })),
        },
      },
    },
  },
});
