// Paints a decoration layout (title, legend, notice, attribution) on a 2D canvas, in the page's font.
import type { DecorationLayout, DrawOp, Font, Measure } from './decorations';

/** A 2D drawing context, on a canvas element or an offscreen canvas. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** The page's font stack: Vazirmatn, loaded by the page, joins Persian letters correctly. */
export const EXPORT_FONT_FAMILY = 'Vazirmatn, system-ui, sans-serif';

const cssFont = (font: Font, family: string) => `${font.weight} ${font.size}px ${family}`;

/**
 * Waits until the fonts the decorations use are loaded, so the first export is not drawn in a
 * fallback font.
 *
 * @example
 * await loadExportFonts();
 */
export async function loadExportFonts(family = EXPORT_FONT_FAMILY): Promise<void> {
  await Promise.all([
    document.fonts.load(`400 16px ${family}`, 'Aa آب'),
    document.fonts.load(`700 16px ${family}`, 'Aa آب'),
  ]);
}

/**
 * A {@link Measure} backed by a canvas's `measureText`.
 *
 * @example
 * const measure = canvasMeasure(canvas.getContext('2d')!);
 * measure('ایران', { size: 24, weight: 700 }); // about 60
 */
export function canvasMeasure(ctx: Context2D, family = EXPORT_FONT_FAMILY): Measure {
  return (text, font) => {
    ctx.font = cssFont(font, family);
    return ctx.measureText(text).width;
  };
}

function drawSwatch(ctx: Context2D, op: Extract<DrawOp, { kind: 'swatch' }>) {
  const { x, y, width, height, color } = op;
  ctx.fillStyle = color;
  ctx.strokeStyle = color;
  switch (op.shape) {
    case 'fill':
      ctx.beginPath();
      ctx.roundRect(x, y, width, height, height * 0.2);
      ctx.fill();
      ctx.strokeStyle = 'rgba(0, 0, 0, 0.35)';
      ctx.lineWidth = Math.max(1, height / 12);
      ctx.stroke();
      return;
    case 'line':
      ctx.fillRect(x, y + height * 0.35, width, height * 0.3);
      return;
    case 'point': {
      const r = height / 2;
      ctx.beginPath();
      ctx.arc(x + width / 2, y + r, r * 0.8, 0, Math.PI * 2);
      ctx.fill();
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = Math.max(1, height / 8);
      ctx.stroke();
      return;
    }
    case 'arc':
      ctx.beginPath();
      ctx.moveTo(x, y + height);
      ctx.quadraticCurveTo(x + width / 2, y - height * 0.4, x + width, y + height);
      ctx.lineWidth = Math.max(1, height / 6);
      ctx.stroke();
      return;
  }
}

/**
 * Draws `layout` on `ctx`. Text is set with the canvas's own bidirectional layout (`direction`), so
 * Persian is joined and read right to left, with Latin words inside it in their order.
 *
 * @example
 * drawDecorations(ctx, layoutDecorations(content, size, 2, canvasMeasure(ctx)));
 */
export function drawDecorations(
  ctx: Context2D,
  layout: DecorationLayout,
  family = EXPORT_FONT_FAMILY,
): void {
  ctx.save();
  ctx.direction = layout.direction;
  ctx.textBaseline = 'middle';
  for (const op of layout.ops) {
    if (op.kind === 'rect') {
      ctx.fillStyle = op.fill;
      ctx.beginPath();
      ctx.roundRect(op.x, op.y, op.width, op.height, op.radius);
      ctx.fill();
    } else if (op.kind === 'text') {
      ctx.font = cssFont(op.font, family);
      ctx.fillStyle = op.color;
      ctx.textAlign = op.align;
      ctx.fillText(op.text, op.x, op.y + op.lineHeight / 2);
    } else {
      drawSwatch(ctx, op);
    }
  }
  ctx.restore();
}
