// Builds of the served pages (app, app on synthetic datasets, baseline), reused when unchanged.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { log } from '../log.mjs';
import { OUT, ROOT } from '../paths.mjs';

// The app as users get it (vite.config.ts), the app on synthetic datasets (same config, the dataset
// import aliased), and the baseline page (bench/pages/vite.config.ts) with its corridor files.

/** The seed of the synthetic datasets: the same datasets on every machine. */
const SEED = 1403;

/** Every file under `dir` (recursively), relative paths, sorted. */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out.sort();
}

/** A hash of everything a build reads, so unchanged builds are reused. */
function inputHash(extra) {
  const hash = createHash('sha256').update(extra);
  const inputs = [
    'src',
    'data',
    'public',
    'index.html',
    'vite.config.ts',
    'package-lock.json',
    'bench/pages/baseline',
    'bench/pages/vite.config.ts',
    'bench/pages/prepare.ts',
  ];
  for (const input of inputs) {
    const path = join(ROOT, input);
    const files = existsSync(path) && statSync(path).isDirectory() ? filesUnder(path) : [path];
    for (const file of files) {
      if (!existsSync(file)) continue;
      hash.update(relative(ROOT, file)).update(readFileSync(file));
    }
  }
  return hash.digest('hex');
}

/** Loads bench/pages/prepare.ts (TypeScript, app code, virtual modules) through Vite's module runner. */
async function loadPrepare(vite) {
  const options = { logLevel: 'error', root: ROOT };
  const { module: plugin } = await vite.runnerImport(
    join(ROOT, 'src/build/vite-plugin-atlas.ts'),
    options,
  );
  const { module } = await vite.runnerImport(join(ROOT, 'bench/pages/prepare.ts'), {
    ...options,
    plugins: [plugin.atlasData({ schemaPath: join(ROOT, 'data/atlas.schema.json') })],
  });
  return module;
}

/**
 * Builds every site the bench serves, under OUT: `app` (the default dataset), `app-N` (N corridors)
 * and `baseline` (one build; its corridors come from data/corridors-*.json).
 */
export async function buildSites(options) {
  const vite = await import('vite');
  const prepare = await loadPrepare(vite);
  const base = JSON.parse(readFileSync(join(ROOT, 'data/atlas.json'), 'utf8'));
  /** @type {Record<string, object>} */
  const facts = {};
  const variants = [{ key: 'default', dataset: base, file: null }];
  mkdirSync(join(OUT, 'datasets'), { recursive: true });
  for (const n of options.scale) {
    const dataset = prepare.syntheticDataset(base, n, SEED);
    const file = join(OUT, 'datasets', `atlas-${n}.json`);
    writeFileSync(file, JSON.stringify(dataset));
    variants.push({ key: String(n), dataset, file });
  }
  const baselineData = {};
  for (const variant of variants) {
    // The app's own runtime check (schema, references, codes) and its geometry, in Node.
    const { data, facts: f } = prepare.prepareDataset(variant.dataset);
    facts[variant.key] = f;
    baselineData[variant.key] = data;
  }

  const build = async (name, config) => {
    const outDir = join(OUT, name);
    const hash = inputHash(JSON.stringify({ name, file: config.file ?? null, format: 2 }));
    const stamp = join(outDir, '.bench-input-hash');
    if (!options.build && existsSync(stamp)) return;
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
      log(`build ${name}: unchanged, reused`);
      return;
    }
    log(`build ${name}…`);
    // Hidden source maps: the same files as a production build (no sourceMappingURL comment, never
    // fetched by the page), so the profiles can name the original functions behind minified ones.
    await vite.build({
      ...config.vite,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, sourcemap: 'hidden' },
    });
    writeFileSync(stamp, hash);
  };

  await build('app', { vite: { root: ROOT, configFile: join(ROOT, 'vite.config.ts') } });
  for (const variant of variants.slice(1)) {
    await build(`app-${variant.key}`, {
      file: variant.file,
      vite: {
        root: ROOT,
        configFile: join(ROOT, 'vite.config.ts'),
        // The app imports its dataset as '../data/atlas.json' (src/main.ts): give it the synthetic one.
        resolve: { alias: [{ find: /^\.\.\/data\/atlas\.json$/, replacement: variant.file }] },
      },
    });
  }
  await build('baseline', { vite: { configFile: join(ROOT, 'bench/pages/vite.config.ts') } });
  mkdirSync(join(OUT, 'baseline', 'data'), { recursive: true });
  for (const [key, data] of Object.entries(baselineData)) {
    writeFileSync(join(OUT, 'baseline', 'data', `corridors-${key}.json`), JSON.stringify(data));
  }
  return facts;
}
