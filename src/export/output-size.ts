// Output sizes of exported images and videos: screen, 2×, print (A4 at 300 dpi) and video frames.

/** A size in pixels. */
export interface Size {
  width: number;
  height: number;
}

/** The PNG sizes the export offers. */
export type PngPreset = 'screen' | '2x' | 'print';

/** The video frame sizes the export offers: 1280×720, or the map's own size. */
export type VideoPreset = '720p' | 'view';

/** Long side of a print-size PNG: 3508 px is the long side of A4 (297 mm) at 300 dpi. */
export const PRINT_LONG_SIDE_PX = 3508;

/**
 * Largest side MapLibre draws by default (its `maxCanvasSize`, 4096 × 4096): bigger requests are
 * scaled down to this, so the map and the deck.gl layers keep the same pixel ratio.
 */
export const MAX_SIDE_PX = 4096;

/** The 720p video frame. */
export const VIDEO_720P: Size = { width: 1280, height: 720 };

/** A PNG's size and the pixel ratio (output pixels per CSS pixel) the map is drawn at. */
export interface PngSize extends Size {
  pixelRatio: number;
  /** True when the asked size was reduced to stay within {@link MAX_SIDE_PX}. */
  reduced: boolean;
}

/**
 * The size of a PNG of a map whose box is `view` CSS pixels: `screen` is one image pixel per CSS
 * pixel, `2x` two, `print` puts the long side at {@link PRINT_LONG_SIDE_PX} (A4 at 300 dpi) with the
 * view's proportions. Never more than {@link MAX_SIDE_PX} on a side.
 *
 * @example
 * pngSize({ width: 1280, height: 640 }, 'print'); // { width: 3508, height: 1754, pixelRatio: 2.740625, reduced: false }
 */
export function pngSize(view: Size, preset: PngPreset): PngSize {
  const longSide = Math.max(view.width, view.height, 1);
  const asked = preset === 'screen' ? 1 : preset === '2x' ? 2 : PRINT_LONG_SIDE_PX / longSide;
  const pixelRatio = Math.min(asked, MAX_SIDE_PX / longSide);
  return {
    width: Math.max(1, Math.round(view.width * pixelRatio)),
    height: Math.max(1, Math.round(view.height * pixelRatio)),
    pixelRatio,
    reduced: pixelRatio < asked,
  };
}

/** A video frame's size and how the map is drawn into it. */
export interface VideoFrameSize extends Size {
  /** Output pixels per CSS pixel the map is drawn at. */
  pixelRatio: number;
  /** Where the map's top-left corner goes in the frame (≤ 0: the map is cropped, centred). */
  offsetX: number;
  offsetY: number;
}

/** Rounds down to an even number, at least 2: VP8/VP9 with 4:2:0 chroma want even sides. */
const even = (n: number) => Math.max(2, Math.floor(n / 2) * 2);

/**
 * The frame size of a video of a map whose box is `view` CSS pixels. `720p` covers a 1280×720
 * frame with the map (scaled to fill it, the overflow cropped evenly on both sides); `view` is the
 * map's own size, rounded down to even numbers.
 *
 * @example
 * videoFrameSize({ width: 1280, height: 600 }, '720p');
 * // { width: 1280, height: 720, pixelRatio: 1.2, offsetX: -128, offsetY: 0 }
 */
export function videoFrameSize(view: Size, preset: VideoPreset): VideoFrameSize {
  const width = Math.max(1, view.width);
  const height = Math.max(1, view.height);
  if (preset === 'view') {
    const frame = {
      width: even(Math.min(width, MAX_SIDE_PX)),
      height: even(Math.min(height, MAX_SIDE_PX)),
    };
    const pixelRatio = Math.min(1, MAX_SIDE_PX / Math.max(width, height));
    return { ...frame, pixelRatio, offsetX: 0, offsetY: 0 };
  }
  const pixelRatio = Math.max(VIDEO_720P.width / width, VIDEO_720P.height / height);
  return {
    ...VIDEO_720P,
    pixelRatio,
    offsetX: Math.round((VIDEO_720P.width - width * pixelRatio) / 2),
    offsetY: Math.round((VIDEO_720P.height - height * pixelRatio) / 2),
  };
}
