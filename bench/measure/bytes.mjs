// Bytes before the first frame: the files a page was served up to its ready moment, raw and gzip -9.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { OUT } from '../paths.mjs';

/** Bytes of the requests served from `since` to the page's ready moment, per file, from the built files. */
export function bytesBefore(requests, since, until) {
  const files = new Map();
  for (const r of requests) {
    if (r.at < since || r.at > until || !r.file || r.status !== 200) continue;
    if (files.has(r.file)) continue;
    const content = readFileSync(r.file);
    files.set(r.file, {
      chunk: chunkName(relative(OUT, r.file)),
      raw: content.length,
      gzip: gzipSync(content, { level: 9 }).length,
    });
  }
  const list = [...files.values()];
  const sum = (filter, key) => list.filter(filter).reduce((s, f) => s + f[key], 0);
  const isJs = (f) => /\.(m?js)$/.test(f.chunk);
  return {
    files: list,
    jsRaw: sum(isJs, 'raw'),
    jsGzip: sum(isJs, 'gzip'),
    totalRaw: sum(() => true, 'raw'),
    totalGzip: sum(() => true, 'gzip'),
  };
}

/** `app-1000/assets/maplibre-C7k-ljor.js` → `maplibre.js`; `baseline/index.html` → `index.html`. */
export function chunkName(path) {
  const file = path.split(/[\\/]/).slice(1).join('/');
  return file.replace(/^assets\//, '').replace(/-[A-Za-z0-9_-]{8}(\.\w+)$/, '$1');
}
