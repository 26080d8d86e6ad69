// WebKitGTK (Safari's engine) through WebKitWebDriver and webdriverio, on its own virtual display.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Key, remote } from 'webdriverio';
import { ENGINE_VIEWPORT, PROBE_ERRORS, type EngineDriver } from './driver';
import { startXvfb } from './xvfb';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A free TCP port on 127.0.0.1 for WebKitWebDriver. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || !address) throw new Error('no free port');
  return address.port;
}

/**
 * Starts WebKitWebDriver on an Xvfb display and opens a MiniBrowser session through it. WebKitWebDriver
 * speaks classic WebDriver only (no BiDi, no console log), so console errors come from the page's probe.
 *
 * @example
 * const driver = await launchWebKit();
 */
export async function launchWebKit(): Promise<EngineDriver> {
  const screen = await startXvfb();
  const port = await freePort();
  const server = spawn(
    process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
    [`--port=${port}`, '--host=127.0.0.1'],
    { env: { ...process.env, DISPLAY: screen.display }, stdio: 'ignore' },
  );
  const stop = () => {
    server.kill();
    screen.stop();
  };
  try {
    const browser = await remote({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      connectionRetryCount: 10,
      // No browserName: WebKitWebDriver refuses a session that names one.
      capabilities: {
        'webkitgtk:browserOptions': {
          binary: process.env.MINIBROWSER_PATH ?? MINIBROWSER,
          args: ['--automation'],
        },
      } as WebdriverIO.Capabilities,
    });
    await fitViewport(browser);
    const version = `WebKitGTK ${String(browser.capabilities.browserVersion)}`;
    return {
      name: 'webkit',
      version,
      goto: async (url) => {
        await browser.url(url);
      },
      // WebDriver's Execute Script awaits a returned promise, as the other drivers do.
      evaluate: (fn, arg) =>
        (browser.execute as (f: unknown, a: unknown) => Promise<never>)(fn, arg ?? null),
      click: (x, y) =>
        browser
          .action('pointer', { parameters: { pointerType: 'mouse' } })
          .move({ x: Math.round(x), y: Math.round(y), origin: 'viewport' })
          .down({ button: 0 })
          .up({ button: 0 })
          .perform(),
      press: (key) => browser.keys([key in Key ? Key[key as keyof typeof Key] : key]),
      screenshot: async () => Buffer.from(await browser.takeScreenshot(), 'base64'),
      errors: () => browser.execute(PROBE_ERRORS),
      async close() {
        await browser.deleteSession().catch(() => undefined);
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}

/** WebDriver sizes the window, not the page: grow the window until the page is the suite's viewport. */
async function fitViewport(browser: WebdriverIO.Browser): Promise<void> {
  const want = ENGINE_VIEWPORT;
  await browser.setWindowSize(want.width, want.height);
  for (let i = 0; i < 3; i++) {
    const inner = await browser.execute(() => [innerWidth, innerHeight]);
    const [w = 0, h = 0] = inner;
    if (w === want.width && h === want.height) return;
    const { width, height } = await browser.getWindowSize();
    await browser.setWindowSize(width + want.width - w, height + want.height - h);
  }
}
