// The static server of the built pages on 127.0.0.1, logging every request with its arrival time.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { now } from '../measure/clock.mjs';
import { OUT } from '../paths.mjs';

// Hashed assets are cacheable for a year (as a static host would serve them), everything else is
// revalidated: the warm load then gets what a returning visitor gets.

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** What a static host compresses (fonts are compressed already). */
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/**
 * Starts the server on a free port: `{ server, requests, base }`, `requests` growing with every request
 * (`at`, `path`, the `file` served, `status`); `/blank.html` is an empty page to start tabs on. With
 * `gzip`, text files go out gzip-compressed to a client that accepts it, as a static host sends them
 * (Lighthouse's network simulation counts the bytes transferred); the bench's own runs serve them
 * plain, and count raw and gzip bytes from the files.
 *
 * @example const { base, server } = await startServer(); // base: 'http://127.0.0.1:41234'
 * @example const { base } = await startServer({ gzip: true });
 */
export function startServer({ gzip = false } = {}) {
  /** Compressed bodies by file and version (etag), made once. */
  const compressed = new Map();
  /** @type {{ at: number, path: string, file: string | null, status: number }[]} */
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const entry = { at: now(), path, file: null, status: 404 };
    requests.push(entry);
    if (path === '/blank.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      res.end('<!doctype html><link rel="icon" href="data:,"><title>blank</title>');
      entry.status = 200;
      return;
    }
    let file = join(OUT, path);
    if (!file.startsWith(OUT + sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const stat = statSync(file);
    const etag = `"${stat.size}-${stat.mtimeMs}"`;
    const immutable = /[\\/]assets[\\/]/.test(file);
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag,
    };
    entry.file = file;
    if (req.headers['if-none-match'] === etag) {
      entry.status = 304;
      res.writeHead(304, headers).end();
      return;
    }
    entry.status = 200;
    const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip && accepts && COMPRESSIBLE.test(headers['content-type'])) {
      const key = `${file} ${etag}`;
      if (!compressed.has(key)) compressed.set(key, gzipSync(readFileSync(file), { level: 9 }));
      const body = compressed.get(key);
      res.writeHead(200, {
        ...headers,
        'content-encoding': 'gzip',
        vary: 'accept-encoding',
        'content-length': body.length,
      });
      res.end(body);
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': stat.size });
    res.end(readFileSync(file));
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ server, requests, base: `http://127.0.0.1:${port}` });
    });
  });
}
