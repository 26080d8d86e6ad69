// Types of stats.mjs, for the TypeScript unit tests that import it (tests/unit/bench/stats.test.ts).

export function median(values: readonly unknown[]): number | null;
export function ratio(a: number | null, b: number | null): number | null;
export function leastSquaresSlope(xs: readonly number[], ys: readonly number[]): number;

/** Medians over the runs that measured one interaction phase. */
export interface InteractionSummary {
  scriptMsPerFrame: number | null;
  scriptMs: number | null;
  frames: number | null;
  fps: number | null;
  longTaskCount: number | null;
  longTaskMaxMs: number;
  stuck: boolean;
}

/** One page's figures over its runs (medians unless said otherwise). */
export interface Summary {
  runs: number;
  failed: number;
  errors: string[];
  coldReadyMs: number | null;
  warmReadyMs: number | null;
  firstFrameDrawnMs: number | null;
  warmGpuRestarts: number;
  startupScriptMs: number | null;
  jsGzip: number | null;
  scriptMsPerFrame: number | null;
  scriptMsPerSecond: number | null;
  drawnFps: number | null;
  drawnFpsAtMost: number | null;
  afterReadyLongTaskMaxMs: number | null;
  afterReadyLongTasks: { startMs: number | null; durationMs: number; atLeast?: boolean }[];
  blockedAfterReady: number;
  blockedWhy: string | null;
  interaction: Partial<Record<'country' | 'language' | 'camera', InteractionSummary>>;
  notFound: string[];
  [figure: string]: unknown;
}

export function summarise(runs: readonly Record<string, unknown>[]): Summary;

/** One Lighthouse run's figures (bench/measure/lighthouse.mjs, figuresOf). */
export interface LighthouseRun {
  fcpMs?: number | null;
  lcpMs?: number | null;
  tbtMs?: number | null;
  cls?: number | null;
  speedIndexMs?: number | null;
  score?: number | null;
  lcpElement?: string | null;
  warnings?: string[];
  error?: string | null;
}

/** Medians of one page's Lighthouse runs. */
export interface LighthouseSummary {
  runs: number;
  failed: number;
  errors: string[];
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  speedIndexMs: number | null;
  score: number | null;
  lcpElements: string[];
  warnings: string[];
}

export function summariseLighthouse(runs: readonly LighthouseRun[]): LighthouseSummary;
