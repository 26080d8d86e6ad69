// How the builds split vendor code: MapLibre and deck.gl in chunks of their own (the app's and the bench baseline's alike).

/**
 * Rolldown code-splitting groups: MapLibre and deck.gl (with luma.gl, math.gl, loaders.gl, probe.gl)
 * change rarely, so their chunks stay cached across releases, and the bench compares them by name.
 *
 * @example
 * build: { rolldownOptions: { output: { codeSplitting: { groups: VENDOR_CHUNKS } } } }
 */
export const VENDOR_CHUNKS = [
  // Vite's preload helper, which deck.gl's own lazy imports also use: left to itself it lands in the
  // deck.gl chunk, and the entry then imports all of deck.gl before it can run a line.
  { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 10 },
  { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
  {
    name: 'deckgl',
    test: /node_modules[\\/](@deck\.gl|@luma\.gl|@math\.gl|@loaders\.gl|@probe\.gl)/,
  },
];
