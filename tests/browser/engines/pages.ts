// The pages the three-engine suite opens: the production build with an error probe before the app, and a host page.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** Pages under this prefix are the same build with WebGL refused, as a locked-down browser does. */
export const NO_WEBGL = '/no-webgl/';
/**
 * Pages under this prefix are the same build in a browser without WebCodecs (no `VideoEncoder`), as
 * Safari before 16.4. WebKitGTK here runs its export under it: its web process crashes in GStreamer's
 * start-up (`gst_register_core_elements: code should not be reached`, Debian 12's GStreamer 1.22 with
 * WebKitGTK 2.50) as soon as a page calls `VideoEncoder.isConfigSupported`.
 */
export const NO_WEBCODECS = '/no-webcodecs/';
const PREFIXES = [NO_WEBGL, NO_WEBCODECS];
const PROBE = '/__engine-probe.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/**
 * Runs first in every page of the build: keeps the page's console errors, uncaught errors and
 * rejections, refused loads and CSP violations in `window.__engineErrors`, because WebKitWebDriver
 * has no way to report them. Under NO_WEBGL it also makes every WebGL context request fail; under
 * NO_WEBCODECS it removes the WebCodecs interfaces.
 * A same-origin script file, so the build's own strict policy allows it unchanged.
 */
const PROBE_SOURCE = `(() => {
  const errors = (window.__engineErrors = []);
  const text = (v) => (v instanceof Error ? v.name + ': ' + v.message : String(v));
  const error = console.error;
  console.error = function (...args) {
    errors.push(args.map(text).join(' '));
    return error.apply(this, args);
  };
  addEventListener('error', (event) => {
    if (event instanceof ErrorEvent) errors.push('uncaught: ' + event.message);
    else if (event.target && event.target !== window)
      errors.push('failed to load: ' + (event.target.src || event.target.href || event.target.tagName));
  }, true);
  addEventListener('unhandledrejection', (event) => errors.push('unhandled rejection: ' + text(event.reason)));
  document.addEventListener('securitypolicyviolation', (event) =>
    errors.push('CSP refused ' + event.blockedURI + ' (' + event.violatedDirective + ')'));
  if (location.pathname.startsWith(${JSON.stringify(NO_WEBGL)})) {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return /webgl/i.test(type) ? null : getContext.call(this, type, ...rest);
    };
  }
  if (location.pathname.startsWith(${JSON.stringify(NO_WEBCODECS)})) {
    for (const name of ['VideoEncoder', 'VideoDecoder', 'AudioEncoder', 'AudioDecoder', 'VideoFrame']) delete window[name];
  }
})();
`;

/** A static server on 127.0.0.1 and a free port. */
export interface Site {
  origin: string;
  close(): Promise<void>;
}

/** A file's type and bytes. */
interface Found {
  type: string;
  body: string | Buffer;
}

async function serve(handle: (path: string) => Promise<Found | null>): Promise<Site> {
  const server: Server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    handle(path).then(
      (found) => {
        if (!found) response.writeHead(404).end('not found');
        else
          response
            .writeHead(200, { 'content-type': found.type, 'cache-control': 'no-store' })
            .end(found.body);
      },
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function fileIn(root: string, path: string) {
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(root)) return null;
  try {
    return { type: TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) };
  } catch {
    return null;
  }
}

/**
 * Serves dist/ (the production build) with the probe as the page's first script, at `/` and under
 * NO_WEBGL and NO_WEBCODECS. The build's files are served as they are; only index.html gains the one <script>.
 *
 * @example
 * const atlas = await serveAtlas();
 * await driver.goto(`${atlas.origin}/?lang=fa`);
 */
export function serveAtlas(): Promise<Site> {
  return serve(async (path) => {
    const prefix = PREFIXES.find((start) => path.startsWith(start));
    const inBuild = prefix ? path.slice(prefix.length - 1) : path;
    return withProbe(path, await fileIn(DIST, inBuild));
  });
}

/** The probe itself at PROBE; an HTML page with the probe as its first script; anything else as it is. */
function withProbe(path: string, found: Found | null): Found | null {
  if (path === PROBE) return { type: TYPES['.js']!, body: PROBE_SOURCE };
  if (!found || !found.type.startsWith('text/html')) return found;
  const html = found.body.toString();
  const at = html.indexOf('<script');
  if (at < 0) throw new Error(`${path} has no <script>`);
  return {
    type: found.type,
    body: `${html.slice(0, at)}<script src="${PROBE}"></script>\n    ${html.slice(at)}`,
  };
}

/**
 * Serves examples/ (the briefing page that embeds the map), probe included: a host page on an origin of its own.
 *
 * @example
 * const host = await serveExamples();
 * await driver.goto(`${host.origin}/briefing.html?atlas=${encodeURIComponent(atlas.origin + '/')}`);
 */
export function serveExamples(): Promise<Site> {
  return serve(async (path) => withProbe(path, await fileIn(EXAMPLES, path)));
}
