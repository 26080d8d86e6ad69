// Which corridors' flow animates: all of a small dataset; of a large one only a few, with a note (pure).

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
 * highlighted corridor, then the first ones of the dataset; the others are drawn still. Not yet used
 * by the flow layer (issue 17).
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
