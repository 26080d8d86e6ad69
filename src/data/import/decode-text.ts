// A file's bytes as text: UTF-8 with or without a byte order mark, or UTF-16 as Excel's "Unicode text" writes it.

/**
 * Decodes a file's bytes by its byte order mark: UTF-16 little-endian (`FF FE`, Excel's "Unicode
 * text" export) or big-endian (`FE FF`), else UTF-8 (a mark `EF BB BF` is dropped). A UTF-16 file
 * without a mark is recognised by its zero bytes at every other position. Bytes that are not
 * valid in the encoding become U+FFFD. Pure: TextDecoder is in every browser, worker and Node.
 *
 * @example
 * decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00])); // "a"
 */
export function decodeText(bytes: Uint8Array): string {
  const [a, b, c] = bytes;
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (a === 0xef && b === 0xbb && c === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes.length >= 4 && bytes[1] === 0 && bytes[3] === 0 && a !== 0) {
    return new TextDecoder('utf-16le').decode(bytes);
  }
  if (bytes.length >= 4 && a === 0 && bytes[2] === 0 && b !== 0) {
    return new TextDecoder('utf-16be').decode(bytes);
  }
  return new TextDecoder('utf-8').decode(bytes);
}
