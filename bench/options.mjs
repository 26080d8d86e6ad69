// The command line: the bench's options (see run.mjs's header, printed by --help) and the WebGL backends.

/** Launch flags of tests/browser/harness.ts (see ../shared/docs/browser-testing.md), less the GPU ones. */
export const BASE_ARGS = ['--no-sandbox', '--disable-quic', '--disable-dev-shm-usage'];
/**
 * WebGL backends (--angle=…). Software by default, as on the machines this project is built on. In
 * headless Linux, ANGLE's plain `gl` backend wants an X display and silently falls back to SwiftShader:
 * `gl-egl` is the one that reaches the driver. The bench checks the renderer it got (see `main`).
 */
export const ANGLE_ARGS = {
  swiftshader: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  gl: ['--use-angle=gl-egl', '--ignore-gpu-blocklist'],
  vulkan: ['--use-angle=vulkan', '--enable-features=Vulkan', '--ignore-gpu-blocklist'],
};

/** A bad command line: said in one line, with no stack. */
export class OptionError extends Error {}

/**
 * The options of a command line (`process.argv.slice(2)`), with the windows and limits they imply.
 * Throws an `OptionError` for an unknown option or a bad value.
 *
 * @example parseOptions(['--quick', '--scale=none']).runs; // 1
 * @param {string[]} argv
 */
export function parseOptions(argv) {
  const flag = (name) => argv.includes(`--${name}`);
  const value = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const number = (name, fallback, integer = false) => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
      throw new OptionError(`--${name} must be a positive ${integer ? 'whole ' : ''}number`);
    }
    return n;
  };
  const known = [
    'angle',
    'verbose',
    'quick',
    'runs',
    'scale-runs',
    'scale-window',
    'soak',
    'scale',
    'no-build',
    'profile',
    'no-profile',
    'lighthouse',
    'no-lighthouse',
    'lighthouse-runs',
    'no-import',
    'import-only',
    'help',
  ];
  for (const arg of argv) {
    const name = arg.replace(/^--/, '').split('=')[0];
    if (!arg.startsWith('--') || !known.includes(name))
      throw new OptionError(`unknown option ${arg}`);
  }
  const quick = flag('quick');
  const angle = value('angle') ?? 'swiftshader';
  if (!Object.hasOwn(ANGLE_ARGS, angle)) {
    throw new OptionError(`--angle must be one of ${Object.keys(ANGLE_ARGS).join(', ')}`);
  }
  const scaleText = value('scale') ?? '10,1000,10000';
  return {
    help: flag('help'),
    angle,
    quick,
    runs: number('runs', quick ? 1 : 3, true),
    scaleRuns: number('scale-runs', 1, true),
    soakSeconds: number('soak', quick ? 15 : 90),
    scale:
      scaleText === 'none'
        ? []
        : [
            ...new Set(
              scaleText.split(',').map((s) => {
                const n = Number(s);
                if (!Number.isInteger(n) || n < 2)
                  throw new OptionError(`--scale: bad count "${s}"`);
                return n;
              }),
            ),
          ].sort((a, b) => a - b),
    build: !flag('no-build'),
    // The profile passes (one more run of each page) name what the time goes to; --quick skips them
    // unless --profile asks.
    profile: flag('profile') || (!flag('no-profile') && !quick),
    // Lighthouse's mobile figures (served with gzip): a full run takes them, --quick only when asked.
    lighthouse: flag('lighthouse') || (!flag('no-lighthouse') && !quick),
    lighthouseRuns: number('lighthouse-runs', 3, true),
    // The import case (a generated 1 MB, 500-line GeoJSON in the Data dialog): in every run unless
    // --no-import; --import-only runs it alone (printed, results.json left as it is).
    importCase: !flag('no-import'),
    importOnly: flag('import-only'),
    /** Seconds after the first complete frame before the steady window (its long tasks count). */
    settleSeconds: quick ? 2 : 4,
    /** Seconds of the steady animation window in the default view (at least `minFrames` frames). */
    windowSeconds: quick ? 3 : 8,
    minFrames: quick ? 2 : 5,
    /** Longest a window waits for `minFrames`. */
    maxWindowSeconds: quick ? 20 : 45,
    /**
     * Longest the bench waits for the GPU to finish the frames a page submitted (for the frames drawn
     * per second). A GPU that is further behind is restarted before the warm load (see `runSteps`).
     */
    gpuWaitMs: quick ? 10_000 : 30_000,
    /** Seconds each interaction is watched for (fly to a country, relabel, camera move). */
    interactionSeconds: quick ? 1.5 : 3,
    /** Frames each interaction waits for, at most `interactionMaxSeconds`. */
    interactionMinFrames: 1,
    interactionMaxSeconds: 45,
    interact: true,
    /**
     * Scale runs. Under software WebGL a frame at 1,000 corridors takes the GPU seconds, at 10,000
     * minutes: the windows wait for fewer frames, up to --scale-window; the interactions are watched
     * for their main-thread work and long tasks without waiting for frames; --quick skips them.
     */
    scaleOptions: {
      minFrames: 2,
      windowSeconds: quick ? 3 : 8,
      maxWindowSeconds: number('scale-window', quick ? 10 : 60),
      gpuWaitMs: quick ? 5_000 : 20_000,
      interactionSeconds: 4,
      interactionMinFrames: 0,
      interact: !quick,
    },
    /**
     * A page that gives no answer for this long has its main thread blocked (say, by a synchronous
     * WebGL call behind minutes of software rendering): that counts as a long task of at least this
     * long; after the first frame the run goes on to the warm load, in an interaction it ends there.
     */
    stuckMs: quick ? 30_000 : 90_000,
    /** A run that takes longer than this is stopped and reported as failed. */
    runTimeoutMs: quick ? 240_000 : 600_000,
    readyTimeoutMs: 180_000,
  };
}
