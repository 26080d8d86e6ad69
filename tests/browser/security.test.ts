// The production build's Content-Security-Policy: present, strict, and the app works under it with no violation.
import { createHash } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, openApp } from './harness';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('the Content-Security-Policy', () => {
  it('ships in the production page with no unsafe-eval, no inline script but the hashed one, no plug-ins, no <base>', async () => {
    const html = await (await fetch(baseUrl)).text();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy).toBeDefined();
    const directives = new Map(
      (policy ?? '').split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    // 'self' and a hash for each inline script the page has (the poster's language pick), nothing else.
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
      (match) =>
        `'sha256-${createHash('sha256')
          .update(match[1] ?? '')
          .digest('base64')}'`,
    );
    expect(inline.length).toBeLessThanOrEqual(1);
    expect(directives.get('script-src')).toEqual(["'self'", ...inline]);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')?.[0]).toBe("'self'");
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(policy).not.toContain('unsafe-eval');
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('holds with no violation through a session: load, select, language, dialogs, presenter', async () => {
    const { page, log } = await openApp(browser(), baseUrl, '?lang=en');
    // A violation is reported on the console ("Refused to … because it violates …") and as an event.
    await page.evaluate(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await page.selectOption('#country-picker', 'SAU');
    await page.locator('#details:not([hidden])').waitFor();
    await page.getByRole('button', { name: 'فا' }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.getByRole('button', { name: 'منبع' }).click();
    await page.locator('dialog.source-dialog').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await page.locator('dialog.source-dialog').waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'ارائه' }).click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true');
    expect(log.errors).toEqual([]);
    await page.context().close();
  });
});
