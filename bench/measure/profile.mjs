// CPU-profile attribution: main-thread JS time by chunk and by function, through source maps.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { chunkName } from './bytes.mjs';
import { OUT, ROOT } from '../paths.mjs';

/** source-map-js (a dependency of Vite's), when present: the bench then names original functions. */
const sourceMaps = await import('source-map-js').catch(() => null);
const consumers = new Map();

function consumerFor(file) {
  if (!consumers.has(file)) {
    const mapFile = `${file.split('?')[0]}.map`;
    let consumer = null;
    if (sourceMaps && existsSync(mapFile)) {
      try {
        consumer = new sourceMaps.SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')));
      } catch {
        consumer = null;
      }
    }
    consumers.set(file, consumer);
  }
  return consumers.get(file);
}

/**
 * The original place of a position in a built file (1-based line, 0-based column), through the build's
 * source map and then the package's own (MapLibre ships minified code with a map): `name (path:line)`.
 */
function originalName(file, line, column, fallback) {
  let position = { source: file, line, column, name: null };
  for (let depth = 0; depth < 3; depth++) {
    const consumer = consumerFor(position.source);
    if (!consumer) break;
    const found = consumer.originalPositionFor({ line: position.line, column: position.column });
    if (!found.source || found.line === null) break;
    position = {
      source: resolve(dirname(position.source), found.source),
      line: found.line,
      column: found.column ?? 0,
      name: found.name ?? position.name,
    };
  }
  if (position.source === file) return null;
  const path = position.source.includes(`node_modules${sep}`)
    ? position.source.slice(position.source.lastIndexOf(`node_modules${sep}`) + 13)
    : relative(ROOT, position.source);
  // Without a name in the maps, a minifier's short name says nothing: the place alone does.
  const name = position.name ?? (/^[\w$]{1,3}$/.test(fallback) ? 'function' : fallback);
  return `${name} (${path.split('?')[0]}:${position.line})`;
}

/**
 * The samples of a CPU profile on the page's clock: when (ms), how long (self time, ms), in which chunk
 * and function. `pageEnd` is the page clock when the profile ended.
 */
export function samplesOf(profile, pageEnd) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const deltas = profile.timeDeltas ?? [];
  const start = pageEnd - (profile.endTime - profile.startTime) / 1000;
  /** Chunk and function of a profile node, looked up once per node. */
  const names = new Map();
  const nameOf = (node) => {
    if (!names.has(node.id)) {
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      const file = url ? fileOfUrl(url) : null;
      const chunk = file ? chunkName(relative(OUT, file)) || url : functionName;
      const name = functionName || '(anonymous)';
      const fn = file
        ? (originalName(file, lineNumber + 1, columnNumber, name) ??
          `${name} ${chunk}:${lineNumber + 1}`)
        : name;
      names.set(node.id, { chunk, fn });
    }
    return names.get(node.id);
  };
  const parents = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node);
  /** The project's own functions on a node's stack (src/, bench/), each once: for total time. */
  const stacks = new Map();
  const ownStack = (node) => {
    if (!stacks.has(node.id)) {
      const parent = parents.get(node.id);
      const above = parent ? ownStack(parent) : [];
      const { fn } = nameOf(node);
      stacks.set(
        node.id,
        / \((src|bench)\//.test(fn) && !above.includes(fn) ? [...above, fn] : above,
      );
    }
    return stacks.get(node.id);
  };
  const out = [];
  let clock = 0;
  profile.samples?.forEach((id, i) => {
    clock += (deltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') return;
    out.push({
      at: start + clock,
      ms: (deltas[i + 1] ?? 0) / 1000,
      ...nameOf(node),
      own: ownStack(node),
    });
  });
  return out;
}

/** The `n` largest totals of `key` over `samples`, with ms per frame when `frames` is given. */
function topBy(samples, key, n, frames = 0) {
  const totals = new Map();
  for (const x of samples) totals.set(x[key], (totals.get(x[key]) ?? 0) + x.ms);
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => ({
      name,
      ms: Math.round(ms * 10) / 10,
      ...(frames ? { msPerFrame: Math.round((ms / frames) * 100) / 100 } : {}),
    }));
}

/**
 * Self time by chunk and function; total time (self and callees) of the project's own functions; and
 * what ran in each long task (`tasks`, page clock).
 */
export function attribute(samples, frames, tasks = []) {
  const own = samples.flatMap((x) => x.own.map((fn) => ({ ms: x.ms, fn })));
  return {
    chunks: topBy(samples, 'chunk', 12, frames),
    functions: topBy(samples, 'fn', 12, frames),
    ownTotal: topBy(own, 'fn', 8, frames),
    longTasks: tasks.map((task) => ({
      ...task,
      functions: topBy(
        samples.filter((x) => x.at >= task.startMs && x.at < task.startMs + task.durationMs),
        'fn',
        4,
      ),
    })),
  };
}

function fileOfUrl(url) {
  try {
    return join(OUT, new URL(url).pathname);
  } catch {
    return url;
  }
}
