// The few things the three-engine suite asks of a browser, whatever drives it (Playwright, WebDriver BiDi, WebDriver).

/** The engines the core suite runs in. */
export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** Keys the suite presses: named keys as in `KeyboardEvent.key`, or one printable character. */
export type KeyName = 'ArrowRight' | 'ArrowLeft' | 'Home' | 'End' | 'Escape' | 'Enter' | string;

/**
 * One browser window of one engine, at the suite's viewport. Every method works the same in each engine;
 * what differs (how to start it, how it reports console errors) stays in its adapter.
 *
 * @example
 * const driver = await launchEngine('webkit');
 * await driver.goto('http://127.0.0.1:4173/?lang=fa');
 * await driver.evaluate(() => document.documentElement.dir); // 'rtl'
 * await driver.close();
 */
export interface EngineDriver {
  readonly name: EngineName;
  /** What the engine says it is (user agent and version), for the test log. */
  readonly version: string;
  /** Opens `url` in the window, replacing the page, and forgets the errors of the page before. */
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page and returns its (JSON-serialisable, awaited) result. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** A real mouse click at viewport coordinates (CSS pixels): pointer and mouse events, as a user's. */
  click(x: number, y: number): Promise<void>;
  /** Presses and releases one key in the focused page. */
  press(key: KeyName): Promise<void>;
  /** A PNG of the viewport. */
  screenshot(): Promise<Buffer>;
  /** Console errors, uncaught errors, refused loads and CSP violations of the current page, as text. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

/** The viewport every engine gets (CSS pixels), the same as the Chromium-only tests use. */
export const ENGINE_VIEWPORT = { width: 1280, height: 800 };

/**
 * Starts `name`'s browser with WebGL (Firefox and WebKit on a virtual display of their own).
 *
 * @example
 * const driver = await launchEngine('firefox');
 */
export async function launchEngine(name: EngineName): Promise<EngineDriver> {
  switch (name) {
    case 'chromium':
      return (await import('./chromium')).launchChromium();
    case 'firefox':
      return (await import('./firefox')).launchFirefox();
    case 'webkit':
      return (await import('./webkit')).launchWebKit();
  }
}

/**
 * The engines to run: all three, or those named in `ENGINES` (comma-separated), e.g. `ENGINES=webkit`.
 *
 * @example
 * selectedEngines('firefox,webkit'); // ['firefox', 'webkit']
 */
export function selectedEngines(list = process.env.ENGINES): EngineName[] {
  if (!list) return [...ENGINE_NAMES];
  const names = list.split(',').map((name) => name.trim().toLowerCase());
  const unknown = names.filter((name) => !(ENGINE_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new Error(`ENGINES: unknown ${unknown.join(', ')} (known: ${ENGINE_NAMES.join(', ')})`);
  }
  return names as EngineName[];
}

/** Reads the page's own error log, kept by the probe script the suite's server puts before the app. */
export const PROBE_ERRORS = (): string[] =>
  ((window as unknown as { __engineErrors?: string[] }).__engineErrors ?? []).slice();
