// Vite plugin: the site's settings (data/site.json) as a virtual module, and the production build's Content-Security-Policy.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** What data/site.json holds. */
export interface SiteSettings {
  /** Origins besides the site's own that `?data=` may load from, e.g. `"https://data.example.org"`. */
  dataOrigins: string[];
}

/** The virtual module that exports the settings (default export, `SiteSettings`). */
export const SITE_MODULE = 'virtual:atlas/site';

/**
 * Reads and checks the site settings: every data origin must be an `https:` origin with nothing after
 * the host (no path), so the CSP and the runtime check agree on what it means.
 *
 * @example
 * parseSiteSettings({ dataOrigins: ['https://data.example.org'] }); // { dataOrigins: [...] }
 */
export function parseSiteSettings(input: unknown): SiteSettings {
  const origins = (input as { dataOrigins?: unknown } | null)?.dataOrigins ?? [];
  if (!Array.isArray(origins)) throw new Error('data/site.json: dataOrigins must be an array');
  return {
    dataOrigins: origins.map((origin: unknown) => {
      if (typeof origin !== 'string') throw new Error('data/site.json: an origin is not a string');
      let url: URL;
      try {
        url = new URL(origin);
      } catch {
        throw new Error(`data/site.json: ${JSON.stringify(origin)} is not a URL`);
      }
      if (url.protocol !== 'https:' || url.origin !== origin) {
        throw new Error(
          `data/site.json: ${JSON.stringify(origin)} must be an https: origin such as https://data.example.org (no path, no trailing slash)`,
        );
      }
      return origin;
    }),
  };
}

/**
 * The policy the production build ships in a `<meta http-equiv="Content-Security-Policy">`: scripts,
 * workers and connections only from the site itself (plus the listed data origins for connections),
 * no `eval`, no inline scripts but those listed by hash (`scriptHashes`, e.g. the poster's language
 * pick), no plug-ins, no `<base>`. Styles may be set from scripts (MapLibre
 * positions its markers with element styles); images may be `data:` (MapLibre's control icons) or
 * `blob:` (exports).
 *
 * @example
 * contentSecurityPolicy({ dataOrigins: [] });
 * // "default-src 'self'; script-src 'self'; … object-src 'none'; base-uri 'none'; …"
 */
export function contentSecurityPolicy(
  settings: SiteSettings,
  scriptHashes: readonly string[] = [],
): string {
  const connect = ["'self'", ...settings.dataOrigins].join(' ');
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    "worker-src 'self'",
    `connect-src ${connect}`,
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
  ].join('; ');
}

/**
 * The hashes (`'sha256-…'`) of the page's inline scripts, those without `src`, for the CSP.
 *
 * @example
 * inlineScriptHashes('<script>go()</script>'); // ["'sha256-…'"]
 */
export function inlineScriptHashes(html: string): string[] {
  const scripts = html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi);
  return [...scripts].map(
    ([, text = '']) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`,
  );
}

/**
 * The plugin. `csp: false` leaves the policy out (the dev server, whose hot reload injects inline
 * styles and scripts, and the single file, whose scripts are inline by design).
 *
 * @example
 * defineConfig({ plugins: [sitePolicy({ settingsPath: 'data/site.json', csp: true })] });
 */
export function sitePolicy(options: { settingsPath: string; csp: boolean }): Plugin {
  const settingsFile = resolve(options.settingsPath);
  const read = () => parseSiteSettings(JSON.parse(readFileSync(settingsFile, 'utf8')));
  return {
    name: 'corridor-atlas-site',
    resolveId(id) {
      return id === SITE_MODULE ? `\0${SITE_MODULE}` : undefined;
    },
    load(id) {
      if (id !== `\0${SITE_MODULE}`) return undefined;
      this.addWatchFile(settingsFile);
      return `export default ${JSON.stringify(read())};`;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!options.csp) return html;
        // Right after the charset declaration, before anything the policy governs.
        const charset = /<meta charset="utf-8"\s*\/?>/i;
        if (!charset.test(html)) {
          throw new Error('index.html: no <meta charset="utf-8"> to put the CSP after');
        }
        const policy = contentSecurityPolicy(read(), inlineScriptHashes(html));
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
      },
    },
  };
}
