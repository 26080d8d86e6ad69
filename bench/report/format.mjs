// How figures are written in the report: ms, KB, MB, frames per second, ratios, and markdown tables.

/** Bytes in a MiB (the report's "MB"). */
export const MB = 1024 * 1024;

/**
 * Formatters for the report's cells; each writes "–" for a missing figure (null or undefined).
 *
 * @example fmt.ms(1234.5); // '1,235 ms'
 * @example fmt.ratio(null); // '–'
 */
export const fmt = {
  ms: (x) => (x === null || x === undefined ? '–' : `${Math.round(x).toLocaleString('en')} ms`),
  ms2: (x) => (x === null || x === undefined ? '–' : `${x.toFixed(2)} ms`),
  fps: (x) => (x === null || x === undefined ? '–' : x.toFixed(1)),
  drawn: (x) =>
    x.drawnFps !== null && x.drawnFps !== undefined
      ? fmt.fps2(x.drawnFps)
      : x.drawnFpsAtMost !== null && x.drawnFpsAtMost !== undefined
        ? `≤ ${fmt.fps2(x.drawnFpsAtMost)}`
        : '–',
  /** The longest long task after the first frame; "≥ …, blocked" when the page stopped answering. */
  longest: (x) =>
    x.blockedAfterReady
      ? `≥ ${fmt.ms(x.afterReadyLongTaskMaxMs)} (main thread blocked)`
      : fmt.ms(x.afterReadyLongTaskMaxMs),
  /** How far the GPU was behind the page after the steady window. */
  lag: (x) =>
    x.gpuLagMs !== null && x.gpuLagMs !== undefined
      ? fmt.ms(x.gpuLagMs)
      : x.gpuLagAtLeastMs !== null && x.gpuLagAtLeastMs !== undefined
        ? `> ${fmt.ms(x.gpuLagAtLeastMs)}`
        : '–',
  /** Warm first frame, marked when it followed a GPU-process restart. */
  warm: (x) =>
    x.warmReadyMs === null || x.warmReadyMs === undefined
      ? '–'
      : `${fmt.ms(x.warmReadyMs)}${x.warmGpuRestarts ? '†' : ''}`,
  fps2: (x) => (x === null || x === undefined ? '–' : x < 1 ? x.toFixed(2) : x.toFixed(1)),
  kb: (x) =>
    x === null || x === undefined
      ? '–'
      : `${(x / 1024).toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KB`,
  mb: (x) => (x === null || x === undefined ? '–' : `${(x / MB).toFixed(2)} MB`),
  ratio: (x) => (x === null || x === undefined ? '–' : `${x.toFixed(2)}×`),
  n: (x) => (x === null || x === undefined ? '–' : String(Math.round(x))),
};

/**
 * A markdown table.
 *
 * @example table(['a', 'b'], [['1', '2']]); // '| a | b |\n| --- | --- |\n| 1 | 2 |'
 */
export function table(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
