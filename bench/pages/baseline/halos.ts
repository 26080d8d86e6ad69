// The app's halo layer (src/layers/meeting-layers.ts) for the baseline's `&halos=1`, prop for prop. A module
// of its own, loaded only then: the plain baseline's JavaScript stays MapLibre and one TripsLayer.
import { ScatterplotLayer } from '@deck.gl/layers';
import type { Clock } from '../../../src/layers/flow';
import type { Rgba, Theme } from '../../../src/theme';
import type { BaselineSite } from '../prepare';

const HIDDEN: Rgba = [0, 0, 0, 0];

/**
 * The meeting places' pulsing halos as the app draws them. The colour accessor is a function, as in the
 * app (deck.gl fills a per-site colour attribute the same way); with no timeline here, no update trigger.
 *
 * @example
 * overlay.setProps({ layers: [flow, haloLayer(data.sites, clockAt(t), DEFAULT_THEME)] });
 */
export function haloLayer(sites: readonly BaselineSite[], clock: Clock, theme: Theme) {
  return new ScatterplotLayer<BaselineSite>({
    id: 'meeting-pulse',
    data: sites,
    getPosition: (site) => site.position,
    getRadius: (site) => site.radius,
    radiusUnits: 'pixels',
    radiusScale: 1 + 2 * clock.pulse,
    opacity: 0.6 * (1 - clock.pulse),
    stroked: true,
    filled: false,
    getLineColor: (site) => (site.active ? theme.meeting.pulse : HIDDEN),
    getLineWidth: 2,
    lineWidthUnits: 'pixels',
  });
}
