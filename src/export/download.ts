// Hands a file to the browser's downloads, through an <a download> and an object URL.

/** How long the object URL lives after the click (ms): long enough for the browser to read it. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Starts the download of `blob` as `fileName`.
 *
 * @example
 * downloadBlob(new Blob(['…'], { type: 'image/png' }), 'corridor-atlas-en-2025-01-20.png');
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
