// Unit tests of the animation rule: every corridor moves in a small dataset, a few in a large one.
import { describe, expect, it } from 'vitest';
import {
  ANIMATE_ALL_UP_TO,
  ANIMATE_AT_MOST,
  animationPlan,
} from '../../../src/layers/animation-plan';

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
