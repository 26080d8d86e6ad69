// Unit tests of the animation rule: every corridor moves in a small dataset, a few in a large one.
import { describe, expect, it } from 'vitest';
import {
  ANIMATE_ALL_UP_TO,
  ANIMATE_AT_MOST,
  animatedLegs,
  animationPlan,
  legsAnimationPlan,
} from '../../../src/layers/animation-plan';
import type { LegGeometry } from '../../../src/geo/corridor-geometry';
import { loadModel } from '../../fixtures/default-model';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);

describe('animationPlan(ids, highlighted)', () => {
  it(`animates every corridor up to ${ANIMATE_ALL_UP_TO}`, () => {
    expect(animationPlan(ids(ANIMATE_ALL_UP_TO), null)).toEqual({
      animated: ids(ANIMATE_ALL_UP_TO),
      thinned: false,
    });
  });

  it(`animates the first ${ANIMATE_AT_MOST} of ${ANIMATE_ALL_UP_TO + 1} and says so`, () => {
    expect(animationPlan(ids(ANIMATE_ALL_UP_TO + 1), null)).toEqual({
      animated: ids(ANIMATE_AT_MOST),
      thinned: true,
    });
  });

  it('puts the highlighted corridor first, once, and ignores an unknown one', () => {
    const plan = animationPlan(ids(500), 'c400');
    expect(plan.animated[0]).toBe('c400');
    expect(plan.animated).toHaveLength(ANIMATE_AT_MOST);
    expect(new Set(plan.animated).size).toBe(ANIMATE_AT_MOST);
    expect(animationPlan(ids(500), 'nope').animated).toEqual(ids(ANIMATE_AT_MOST));
  });
});

/** `n` corridors of two legs each. */
const legsOf = (n: number): LegGeometry[] =>
  ids(n).flatMap((corridorId) =>
    ['a', 'b'].map((leg) => ({
      corridorId,
      legId: `${corridorId}-${leg}`,
      name: { en: corridorId, fa: corridorId },
      path: [
        [0, 0],
        [1, 1],
      ],
      timestamps: [0, 157],
      lengthKm: 157,
    })),
  );

describe('animatedLegs(legs, highlighted)', () => {
  it('is the legs themselves (same array) while every corridor moves', () => {
    const legs = legsOf(ANIMATE_ALL_UP_TO);
    expect(animatedLegs(legs, null)).toBe(legs);
    expect(legsAnimationPlan(legs, null).thinned).toBe(false);
  });

  it('keeps every leg of the planned corridors only, the highlighted one among them, and the same array each frame', () => {
    const legs = legsOf(500);
    const moving = animatedLegs(legs, 'c321');
    expect(new Set(moving.map((leg) => leg.corridorId)).size).toBe(ANIMATE_AT_MOST);
    expect(moving).toHaveLength(ANIMATE_AT_MOST * 2);
    expect(moving.filter((leg) => leg.corridorId === 'c321')).toHaveLength(2);
    expect(animatedLegs(legs, 'c321')).toBe(moving);
    expect(animatedLegs(legs, null)).not.toBe(moving);
    expect(legsAnimationPlan(legs, 'c321').thinned).toBe(true);
  });

  it('the default data animates every leg in the flow layer', () => {
    const model = loadModel();
    expect(animatedLegs(model.legs, null)).toBe(model.legs);
    expect(legsAnimationPlan(model.legs, null).thinned).toBe(false);
  });
});
