// Unit tests of the bench's Lighthouse figures: what is read from a report, and the medians over runs.
import { describe, expect, it } from 'vitest';
import { summariseLighthouse } from '../../../bench/stats.mjs';
import { figuresOf } from '../../../bench/measure/lighthouse.mjs';

/** The parts of a Lighthouse report (lhr) the bench reads. */
function report(values: Record<string, number>, score: number) {
  return {
    audits: Object.fromEntries(
      Object.entries(values).map(([id, numericValue]) => [id, { numericValue }]),
    ),
    categories: { performance: { score } },
    runWarnings: ['The page loaded too slowly'],
  };
}

describe('figuresOf', () => {
  it('figuresOf(lhr) reads FCP, LCP, TBT, CLS, speed index and the performance score', () => {
    const lhr = report(
      {
        'first-contentful-paint': 900,
        'largest-contentful-paint': 2100,
        'total-blocking-time': 250,
        'cumulative-layout-shift': 0.02,
        'speed-index': 1500,
      },
      0.85,
    );
    expect(figuresOf(lhr)).toEqual({
      fcpMs: 900,
      lcpMs: 2100,
      tbtMs: 250,
      cls: 0.02,
      speedIndexMs: 1500,
      score: 0.85,
      lcpElement: null,
      warnings: ['The page loaded too slowly'],
      error: null,
    });
  });

  it('figuresOf(lhr) gives null for an audit without a value and names a runtime error', () => {
    const figures = figuresOf({
      audits: { 'largest-contentful-paint': { numericValue: null } },
      categories: { performance: { score: null } },
      runtimeError: { message: 'NO_FCP' },
    });
    expect(figures.lcpMs).toBeNull();
    expect(figures.score).toBeNull();
    expect(figures.error).toBe('NO_FCP');
  });

  it('figuresOf(lhr) names the element of the largest contentful paint', () => {
    const lhr = {
      audits: {
        'largest-contentful-paint-element': {
          details: { items: [{ items: [{ node: { snippet: '<h1 class="title">' } }] }] },
        },
      },
    };
    expect(figuresOf(lhr).lcpElement).toBe('<h1 class="title">');
  });
});

describe('summariseLighthouse', () => {
  it('summariseLighthouse(runs) takes the median of each figure over the runs without an error', () => {
    const summary = summariseLighthouse([
      { fcpMs: 900, lcpMs: 3000, tbtMs: 100, cls: 0, score: 0.9, lcpElement: '<h1>' },
      { fcpMs: 1100, lcpMs: 2000, tbtMs: 500, cls: 0.1, score: 0.6, lcpElement: '<h1>' },
      { fcpMs: 1000, lcpMs: 2500, tbtMs: 300, cls: 0.05, score: 0.8, lcpElement: '<svg>' },
      { error: 'PROTOCOL_TIMEOUT' },
    ]);
    expect(summary).toMatchObject({
      runs: 4,
      failed: 1,
      errors: ['PROTOCOL_TIMEOUT'],
      fcpMs: 1000,
      lcpMs: 2500,
      tbtMs: 300,
      cls: 0.05,
      score: 0.8,
      lcpElements: ['<h1>', '<svg>'],
    });
  });

  it('summariseLighthouse(runs) gives null figures when every run failed', () => {
    const summary = summariseLighthouse([{ error: 'x' }, { error: 'x' }]);
    expect(summary.failed).toBe(2);
    expect(summary.errors).toEqual(['x']);
    expect(summary.fcpMs).toBeNull();
    expect(summary.score).toBeNull();
  });
});
