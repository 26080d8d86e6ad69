// Where the bench reads and writes: the repository root, its build cache and bench/results.json.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * The bench's builds and synthetic datasets (never `dist/`); `BENCH_OUT` puts them elsewhere (a
 * worktree whose node_modules is another tree's, so two trees' builds do not pass for each other).
 */
export const OUT =
  process.env.BENCH_OUT ?? join(ROOT, 'node_modules', '.cache', 'corridor-atlas-bench');
/** The results file: the table, every run's figures and the machine. */
export const RESULTS = join(ROOT, 'bench', 'results.json');
