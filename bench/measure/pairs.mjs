// Pages measured in turn (app, baseline, baseline + halos), and the profiled pass of each.
import { measureRun } from './run.mjs';
import { attribute, samplesOf } from './profile.mjs';
import { log } from '../log.mjs';
import { fmt } from '../report/format.mjs';

/**
 * `runs` runs of the app and the baseline, and with `halos` of the baseline drawing the app's halo layer
 * too (`baselineHalos`): what a bare page pays for the same two animated layers as the app.
 */
export async function runPair(server, sites, runs, options, label, halos = false) {
  const kinds = halos ? ['app', 'baseline', 'baselineHalos'] : ['app', 'baseline'];
  const byKind = Object.fromEntries(kinds.map((kind) => [kind, []]));
  let baselineQuery = null;
  const runOne = async (kind) => {
    // The baselines copy the app's map size and camera, from the first app run.
    baselineQuery ??= kind === 'app' ? null : queryFor(byKind.app, sites.data);
    const url =
      kind === 'app'
        ? `${server.base}/${sites.app}/`
        : `${server.base}/baseline/${baselineQuery}${kind === 'baselineHalos' ? '&halos=1' : ''}`;
    const result = await measureRun(server, { kind, url }, options);
    log(
      `${label} ${kind}: ${
        result.ok
          ? `first frame ${fmt.ms(result.coldReadyMs)} (warm ${fmt.ms(result.warmReadyMs)}), ` +
            `${fmt.ms2(result.idle?.scriptMsPerFrame)} JS/frame, ${fmt.n(result.idle?.frames)} frames ` +
            `(${fmt.fps2(result.idle?.fps)} fps, drawn ${fmt.drawn(result)})`
          : `FAILED ${result.error} ${result.errors.slice(0, 3).join(' | ')}`
      }${result.ok && result.error ? ` (then: ${result.error})` : ''}`,
    );
    byKind[kind].push(result);
  };
  for (let i = 0; i < runs; i++) {
    // The order turns by one page each run (app first in the first, so the baselines can copy it): drift
    // on a shared machine hits every page alike.
    const turn = i % kinds.length;
    for (const kind of [...kinds.slice(turn), ...kinds.slice(0, turn)]) await runOne(kind);
  }
  return { ...byKind, baselineQuery };
}

/** The map's size and framing padding, from the last app run that measured them. */
let lastMapFacts = null;

function queryFor(appRuns, data) {
  lastMapFacts = appRuns.find((r) => r.facts)?.facts ?? lastMapFacts;
  const params = new URLSearchParams({ data: `corridors-${data}.json` });
  const box = lastMapFacts?.box;
  if (box) params.set('size', `${Math.round(box.width)}x${Math.round(box.height)}`);
  if (lastMapFacts?.padding) params.set('padding', lastMapFacts.padding);
  return `?${params.toString().replace(/%2C/gi, ',')}`;
}

/** One profiled run of each page: where the main thread's JS time goes, by chunk and by function. */
export async function profilePair(server, appSite, baselineQuery, options, startupOnly = false) {
  const out = {};
  for (const [kind, url] of [
    ['app', `${server.base}/${appSite}/`],
    ['baseline', `${server.base}/baseline/${baselineQuery}`],
  ]) {
    const run = await measureRun(server, { kind, url, profile: true, startupOnly }, options);
    if (!run.ok) {
      out[kind] = { error: run.error };
      continue;
    }
    const samples = Object.fromEntries(
      Object.entries(run.profiles).map(([name, p]) => [name, samplesOf(p.profile, p.pageEnd)]),
    );
    const ready = run.coldReadyMs;
    // A page that stopped answering after its first frame has one profile from navigation to the end
    // of the block (stopped once the GPU restart freed the main thread).
    const startup = samples.startup ?? samples.blocked ?? [];
    // Start-up: from navigation (page clock 0) to the first complete frame. The long tasks after it are
    // looked up in the start-up profile's tail as well as in the animation profile.
    out[kind] = {
      coldReadyMs: ready,
      startupScriptMs: run.startup?.scriptMs ?? null,
      startup: attribute(
        startup.filter((x) => x.at >= 0 && x.at < ready),
        0,
      ),
    };
    if (samples.blocked) {
      out[kind].blocked = attribute(
        samples.blocked.filter((x) => x.at >= ready),
        0,
      );
    }
    if (samples.animation) {
      out[kind].animation = attribute(
        samples.animation,
        run.profiles.animation.frames,
        run.afterReadyLongTasks?.list ?? [],
      );
      out[kind].animation.longTasks = attribute(
        [...startup.filter((x) => x.at >= ready), ...samples.animation],
        0,
        run.afterReadyLongTasks?.list ?? [],
      ).longTasks;
    }
    for (const phase of ['country', 'language', 'camera']) {
      if (!samples[phase]) continue;
      out[kind][phase] = attribute(
        samples[phase],
        run.profiles[phase].frames,
        run.interaction?.[phase]?.longTasks.list ?? [],
      );
    }
  }
  return out;
}
