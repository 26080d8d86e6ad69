// Unit tests of export sizes: PNG presets (screen, 2×, A4 print) and video frames.
import { describe, expect, it } from 'vitest';
import {
  MAX_SIDE_PX,
  PRINT_LONG_SIDE_PX,
  pngSize,
  videoFrameSize,
} from '../../../src/export/output-size';

describe('pngSize', () => {
  it('pngSize(view, "screen") is one image pixel per CSS pixel', () => {
    expect(pngSize({ width: 1280, height: 609 }, 'screen')).toEqual({
      width: 1280,
      height: 609,
      pixelRatio: 1,
      reduced: false,
    });
  });

  it('pngSize(view, "2x") doubles both sides', () => {
    const size = pngSize({ width: 1280, height: 609 }, '2x');
    expect([size.width, size.height, size.pixelRatio]).toEqual([2560, 1218, 2]);
  });

  it('pngSize(view, "print") puts the long side at 3508 px (A4 at 300 dpi), keeping proportions', () => {
    const landscape = pngSize({ width: 1280, height: 640 }, 'print');
    expect([landscape.width, landscape.height]).toEqual([PRINT_LONG_SIDE_PX, 1754]);
    const portrait = pngSize({ width: 400, height: 800 }, 'print');
    expect([portrait.width, portrait.height]).toEqual([1754, PRINT_LONG_SIDE_PX]);
  });

  it('pngSize never asks for more than MAX_SIDE_PX on a side, and says so', () => {
    const size = pngSize({ width: 2560, height: 1400 }, '2x');
    expect(size.width).toBe(MAX_SIDE_PX);
    expect(size.height).toBe(2240);
    expect(size.reduced).toBe(true);
  });
});

describe('videoFrameSize', () => {
  it('videoFrameSize(view, "720p") covers 1280×720 and centres the crop', () => {
    expect(videoFrameSize({ width: 1280, height: 600 }, '720p')).toEqual({
      width: 1280,
      height: 720,
      pixelRatio: 1.2,
      offsetX: -128,
      offsetY: 0,
    });
  });

  it('videoFrameSize(view, "view") is the map size rounded down to even numbers', () => {
    expect(videoFrameSize({ width: 1281, height: 609 }, 'view')).toEqual({
      width: 1280,
      height: 608,
      pixelRatio: 1,
      offsetX: 0,
      offsetY: 0,
    });
  });
});
