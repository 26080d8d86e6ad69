// Renders exports in the browser: a PNG of the view, and a WebM of the corridor animation frame by frame.
import { clockAt } from '../layers/flow';
import { layoutDecorations, type DecorationContent } from './decorations';
import { canvasMeasure, drawDecorations, loadExportFonts } from './draw-decorations';
import { frameSchedule } from './frame-schedule';
import type { MapCapture } from './map-capture';
import {
  pngSize,
  videoFrameSize,
  type PngPreset,
  type PngSize,
  type VideoFrameSize,
  type VideoPreset,
} from './output-size';

/** The video codecs tried, best first: both play in every browser that plays WebM. */
export type WebmCodec = 'vp9' | 'vp8';
const CODECS: WebmCodec[] = ['vp9', 'vp8'];

/** Thrown when this browser cannot encode VP9 or VP8 (no WebCodecs, or no encoder for the size). */
export class VideoUnsupportedError extends Error {
  constructor() {
    super('This browser cannot encode VP9 or VP8 video (WebCodecs VideoEncoder).');
    this.name = 'VideoUnsupportedError';
  }
}

/**
 * An offscreen 2D canvas: `convertToBlob` encodes at once, where an element's `toBlob` waits for the
 * page to be idle (seconds while the map animates).
 */
function newCanvas(width: number, height: number) {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas context.');
  return { canvas, ctx };
}

/**
 * Renders the current view as a PNG: the map and the deck.gl layers as they are on screen (the
 * animation held at the moment of export), with the title, legend, notice and attribution of
 * `content`, at the size of `preset`.
 *
 * @example
 * const { blob, size } = await renderPng(view.capture, '2x', decorationContent(model, theme, 'fa'));
 */
export async function renderPng(
  capture: MapCapture,
  preset: PngPreset,
  content: DecorationContent,
): Promise<{ blob: Blob; size: PngSize }> {
  await loadExportFonts();
  const size = pngSize(capture.viewSize(), preset);
  const { canvas, ctx } = newCanvas(size.width, size.height);
  const session = await capture.begin(size.pixelRatio);
  try {
    session.drawMap(ctx, 0, 0, size.width, size.height);
    await session.drawOverlay(ctx, 0, 0, size.width, size.height);
  } finally {
    session.end();
  }
  drawDecorations(ctx, layoutDecorations(content, size, size.pixelRatio, canvasMeasure(ctx)));
  return { blob: await canvas.convertToBlob({ type: 'image/png' }), size };
}

/**
 * The first of VP9 and VP8 that this browser can encode at `size` and `fps`, or null.
 *
 * @example
 * (await webmCodec({ width: 1280, height: 720 }, 30)) ?? 'none'; // 'vp9' in Chromium
 */
export async function webmCodec(
  size: { width: number; height: number },
  fps: number,
): Promise<WebmCodec | null> {
  if (typeof VideoEncoder === 'undefined') return null;
  const { getFirstEncodableVideoCodec } = await import('mediabunny');
  const codec = await getFirstEncodableVideoCodec(CODECS, { ...size, frameRate: fps });
  return codec === 'vp9' || codec === 'vp8' ? codec : null;
}

/** What {@link renderWebm} needs. */
export interface VideoOptions {
  capture: MapCapture;
  content: DecorationContent;
  preset: VideoPreset;
  durationS: number;
  fps: number;
  /** Aborting stops the rendering, drops what was encoded and restores the view. */
  signal?: AbortSignal;
  /** Told after each frame. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Renders the corridor animation as a WebM video: frame i draws the layers at `clockAt(i / fps)`
 * (a fixed clock, not the screen's), over the map drawn once, with the decorations; frames are
 * encoded with WebCodecs through mediabunny (VP9, else VP8). Rejects with
 * {@link VideoUnsupportedError} when neither can be encoded, with an `AbortError` when aborted.
 *
 * @example
 * const { blob } = await renderWebm({ capture, content, preset: '720p', durationS: 6, fps: 30 });
 */
export async function renderWebm(
  options: VideoOptions,
): Promise<{ blob: Blob; size: VideoFrameSize; frames: number; codec: WebmCodec }> {
  const { capture, content, durationS, fps, signal } = options;
  const view = capture.viewSize();
  const size = videoFrameSize(view, options.preset);
  const codec = await webmCodec(size, fps);
  if (!codec) throw new VideoUnsupportedError();
  const { Output, WebMOutputFormat, BufferTarget, CanvasSource, QUALITY_HIGH } =
    await import('mediabunny');
  await loadExportFonts();
  signal?.throwIfAborted();

  const frame = newCanvas(size.width, size.height);
  const base = newCanvas(size.width, size.height);
  const decorations = newCanvas(size.width, size.height);
  drawDecorations(
    decorations.ctx,
    layoutDecorations(content, size, size.pixelRatio, canvasMeasure(decorations.ctx)),
  );
  const box = {
    x: size.offsetX,
    y: size.offsetY,
    width: Math.round(view.width * size.pixelRatio),
    height: Math.round(view.height * size.pixelRatio),
  };

  const target = new BufferTarget();
  const output = new Output({ format: new WebMOutputFormat(), target });
  const source = new CanvasSource(frame.canvas, {
    codec,
    quality: QUALITY_HIGH,
    keyFrameInterval: 2,
  });
  output.addVideoTrack(source, { frameRate: fps });
  await output.start();

  const schedule = frameSchedule(durationS, fps);
  const session = await capture.begin(size.pixelRatio);
  try {
    // The camera does not move: the map is drawn once; only the layers change from frame to frame.
    base.ctx.fillStyle = '#ffffff';
    base.ctx.fillRect(0, 0, size.width, size.height);
    session.drawMap(base.ctx, box.x, box.y, box.width, box.height);
    for (const step of schedule) {
      signal?.throwIfAborted();
      frame.ctx.drawImage(base.canvas, 0, 0);
      await session.drawOverlay(
        frame.ctx,
        box.x,
        box.y,
        box.width,
        box.height,
        clockAt(step.clockSeconds),
      );
      frame.ctx.drawImage(decorations.canvas, 0, 0);
      await source.add(step.timestamp, step.duration);
      options.onProgress?.(step.index + 1, schedule.length);
    }
  } catch (error) {
    session.end();
    await output.cancel();
    throw error;
  }
  session.end();
  source.close();
  await output.finalize();
  if (!target.buffer) throw new Error('The video is empty.');
  return {
    blob: new Blob([target.buffer], { type: 'video/webm' }),
    size,
    frames: schedule.length,
    codec,
  };
}
