// The bench's progress lines: always (`log`), and every phase of every run with --verbose (`debug`).

/**
 * A progress line, stamped with the time of day.
 *
 * @example log('build app…'); // [bench 08:01:02] build app…
 */
export const log = (...parts) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);
const verbose = process.argv.includes('--verbose');
/** A progress line shown only with --verbose. */
export const debug = (...parts) => {
  if (verbose) log(...parts);
};
