// Chromium (Debian's, software WebGL on SwiftShader) through playwright-core, behind the engine driver.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../harness';
import { ENGINE_VIEWPORT, PROBE_ERRORS, type EngineDriver } from './driver';

/**
 * Starts headless Chromium with the launch flags the other browser tests use.
 *
 * @example
 * const driver = await launchChromium();
 */
export async function launchChromium(): Promise<EngineDriver> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ viewport: ENGINE_VIEWPORT, locale: 'en-GB' });
  const page = await context.newPage();
  let native: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') native.push(message.text());
  });
  page.on('pageerror', (error) => native.push(`uncaught: ${error.message}`));
  return {
    name: 'chromium',
    version: `Chromium ${browser.version()}`,
    async goto(url) {
      native = [];
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key === ' ' ? 'Space' : key),
    screenshot: () => page.screenshot(),
    async errors() {
      return [...native, ...(await page.evaluate(PROBE_ERRORS))];
    },
    close: () => browser.close(),
  };
}
