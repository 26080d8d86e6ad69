// Size limits of imported files, checked before anything is parsed.
import { problem, type Problem } from './problem';

/** The largest file an import reads: 20 MiB. Larger files are refused before they are read. */
export const MAX_DATASET_BYTES = 20 * 1024 * 1024;

/**
 * The UTF-8 length of a text in bytes, without encoding it (a lone surrogate counts 3, as
 * TextEncoder writes U+FFFD for it).
 *
 * @example
 * utf8ByteLength('تهران'); // 10
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * A `file.too-large` problem when `bytes` is over the limit, else null.
 *
 * @example
 * sizeProblem(file.size); // null, or the problem to show
 */
export function sizeProblem(bytes: number, limit = MAX_DATASET_BYTES): Problem | null {
  return bytes > limit ? problem('error', 'file.too-large', { path: '' }, { bytes, limit }) : null;
}

/**
 * Checks a text against the limit: cheaply when its length alone decides (every UTF-16 unit is at
 * least one byte and at most three), else by counting its UTF-8 bytes.
 *
 * @example
 * textSizeProblem(text); // null when the text may be read
 */
export function textSizeProblem(text: string, limit = MAX_DATASET_BYTES): Problem | null {
  if (text.length * 3 <= limit) return null;
  if (text.length > limit) return sizeProblem(text.length, limit);
  return sizeProblem(utf8ByteLength(text), limit);
}
