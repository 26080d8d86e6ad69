// Which corridors' flow animates: all of a small dataset; of a large one only a few, with a note (pure).
import type { LegGeometry } from '../geo/corridor-geometry';

/** Up to this many corridors, every one animates. */
export const ANIMATE_ALL_UP_TO = 60;

/** Above {@link ANIMATE_ALL_UP_TO}, this many animate: the highlighted one first, then the first in order. */
export const ANIMATE_AT_MOST = 12;

/** What the flow layer animates, and whether the legend should say that the rest stand still. */
export interface AnimationPlan {
  /** The ids of the corridors whose flow moves, in the dataset's order with the highlighted first. */
  animated: string[];
  /** True when some corridors stand still to keep the page answering (the legend notes it). */
  thinned: boolean;
}

/**
 * The corridors to animate. Hundreds of moving trips make each frame slow and the page stop answering
 * input, so above {@link ANIMATE_ALL_UP_TO} corridors only {@link ANIMATE_AT_MOST} move: the
 * highlighted corridor, then the first ones of the dataset; the others are drawn still (MapLibre's
 * lines), and the legend says so.
 *
 * @example
 * animationPlan(['a', 'b'], null); // { animated: ['a', 'b'], thinned: false }
 */
export function animationPlan(ids: readonly string[], highlighted: string | null): AnimationPlan {
  if (ids.length <= ANIMATE_ALL_UP_TO) return { animated: [...ids], thinned: false };
  const first = highlighted !== null && ids.includes(highlighted) ? [highlighted] : [];
  const rest = ids.filter((id) => id !== highlighted).slice(0, ANIMATE_AT_MOST - first.length);
  return { animated: [...first, ...rest], thinned: true };
}

/** The ids of the corridors `legs` belong to, in order, once each. */
function corridorIds(legs: readonly LegGeometry[]): string[] {
  return [...new Set(legs.map((leg) => leg.corridorId))];
}

/**
 * The plan for the corridors of `legs` (the legs in view), with the highlighted corridor first.
 *
 * @example
 * legsAnimationPlan(model.legs, null).thinned; // false for the default data
 */
export function legsAnimationPlan(
  legs: readonly LegGeometry[],
  highlighted: string | null,
): AnimationPlan {
  return animationPlan(corridorIds(legs), highlighted);
}

const animatedCache = new WeakMap<
  readonly LegGeometry[],
  Map<string | null, readonly LegGeometry[]>
>();

/**
 * The legs whose flow moves: `legs` itself when every corridor animates, else the legs of the
 * planned corridors. Memoised by the legs array and the highlight, so the flow layer's data keeps its
 * identity from frame to frame.
 *
 * @example
 * animatedLegs(model.legs, null) === model.legs; // true for the default data
 */
export function animatedLegs(
  legs: readonly LegGeometry[],
  highlighted: string | null,
): readonly LegGeometry[] {
  const byHighlight = animatedCache.get(legs) ?? new Map<string | null, readonly LegGeometry[]>();
  animatedCache.set(legs, byHighlight);
  const cached = byHighlight.get(highlighted);
  if (cached) return cached;
  const plan = legsAnimationPlan(legs, highlighted);
  const moving = new Set(plan.animated);
  const result = plan.thinned ? legs.filter((leg) => moving.has(leg.corridorId)) : legs;
  byHighlight.set(highlighted, result);
  return result;
}
