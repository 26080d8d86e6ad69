// Line breaking at spaces, shared by the SVG map (estimated widths) and the PNG export (measured).

/**
 * `text` broken at spaces (greedily) into lines no wider than `maxWidth` as `widthOf` measures
 * them; a word wider than that gets a line of its own. The SVG estimates widths, the PNG export
 * measures them on its canvas.
 *
 * @example
 * wrapLines('a bb ccc', 4, (line) => line.length); // ['a bb', 'ccc']
 */
export function wrapLines(
  text: string,
  maxWidth: number,
  widthOf: (line: string) => number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && widthOf(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
