// The profile section of the report: the top functions by self time in each profiled phase.
import { fmt, table } from './format.mjs';

/**
 * What the main thread's JavaScript time goes to, from the profile pass: the top functions by self time
 * (through the builds' hidden source maps, and MapLibre's own, to original names and files) during the
 * steady animation window (per frame) and during the camera move, app and baseline.
 */
export function profileSection(results) {
  const p = results.profile;
  if (!p?.app) return [];
  const out = [];
  const phases = [
    ['animation', 'steady animation, default view: self time per frame', 'msPerFrame'],
    ['camera', 'camera move (drag and two wheel steps): self time in the phase', 'ms'],
    ['startup', 'start-up, navigation to first complete frame: self time', 'ms'],
  ];
  for (const [phase, title, key] of phases) {
    const a = p.app[phase];
    const b = p.baseline?.[phase];
    if (!a) continue;
    const cell = (x) =>
      x ? `${x.name} ${key === 'ms' ? fmt.ms(x.ms) : fmt.ms2(x.msPerFrame)}` : '';
    const n = Math.max(a.functions.length, b?.functions.length ?? 0, 0);
    const rows = [];
    for (let i = 0; i < Math.min(n, 10); i++)
      rows.push([cell(a.functions[i]), cell(b?.functions[i])]);
    out.push(
      `Profile (one more run of each page, profiler on; not counted in the figures), ${title}, ` +
        `by chunk: app ${a.chunks
          .slice(0, 5)
          .map((c) => cell(c))
          .join(', ')}; baseline ${(b?.chunks ?? [])
          .slice(0, 5)
          .map((c) => cell(c))
          .join(', ')}.`,
    );
    out.push('');
    out.push(table(['app: top functions', 'baseline: top functions'], rows));
    out.push('');
    if (a.ownTotal?.length) {
      out.push(
        `Total time (with callees) in the project's own code: app ${a.ownTotal
          .slice(0, 6)
          .map((x) => cell(x))
          .join(', ')}; baseline ${(b?.ownTotal ?? [])
          .slice(0, 4)
          .map((x) => cell(x))
          .join(', ')}.`,
      );
      out.push('');
    }
  }
  if (p.app.error || p.baseline?.error) {
    out.push(
      `Profile pass failed: app ${p.app.error ?? 'ok'}, baseline ${p.baseline?.error ?? 'ok'}.`,
    );
    out.push('');
  }
  return out;
}
