// Firefox ESR through puppeteer-core over WebDriver BiDi, on its own virtual display, behind the engine driver.
import puppeteer from 'puppeteer-core';
import { ENGINE_VIEWPORT, PROBE_ERRORS, type EngineDriver } from './driver';
import { startXvfb } from './xvfb';

/**
 * Starts Debian's Firefox ESR with a window (headless Firefox has no WebGL here) on an Xvfb display,
 * with WebGL allowed on the software renderer (llvmpipe).
 *
 * @example
 * const driver = await launchFirefox();
 */
export async function launchFirefox(): Promise<EngineDriver> {
  const screen = await startXvfb();
  try {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: false,
      env: { ...process.env, DISPLAY: screen.display },
      defaultViewport: ENGINE_VIEWPORT,
      extraPrefsFirefox: {
        'webgl.force-enabled': true,
        'webgl.disable-fail-if-major-performance-caveat': true,
        // Downloads would open a dialog; the suite reads exported files inside the page instead.
        'browser.download.useDownloadDir': true,
      },
    });
    const [page = await browser.newPage()] = await browser.pages();
    await page.setViewport(ENGINE_VIEWPORT);
    let native: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') native.push(message.text());
    });
    page.on('pageerror', (error) => native.push(`uncaught: ${(error as Error).message}`));
    return {
      name: 'firefox',
      version: await browser.version(),
      async goto(url) {
        native = [];
        await page.goto(url);
      },
      evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
      click: (x, y) => page.mouse.click(x, y),
      press: (key) => page.keyboard.press((key === ' ' ? 'Space' : key) as never),
      screenshot: async () => Buffer.from(await page.screenshot({ type: 'png' })),
      async errors() {
        return [...native, ...(await page.evaluate(PROBE_ERRORS))];
      },
      async close() {
        await browser.close();
        screen.stop();
      },
    };
  } catch (error) {
    screen.stop();
    throw error;
  }
}
