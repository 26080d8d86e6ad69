// A tiny virtual SVG tree (no DOM): what buildSvgMap returns and the serialisers turn into markup or nodes.

/** An attribute value; numbers are written as they are. */
export type SvgAttrValue = string | number;

/** An SVG element: its tag, attributes and children, in document order. */
export interface SvgElementNode {
  tag: string;
  attrs: Record<string, SvgAttrValue>;
  children: SvgNode[];
}

/** A node of the tree: an element, or a text node (a plain string, always literal text). */
export type SvgNode = SvgElementNode | string;

/**
 * Makes an element node. Children that are `null`, `undefined` or `false` are left out, so optional
 * parts can be written inline.
 *
 * @example
 * svgEl('text', { x: 10, y: 20 }, 'Tehran'); // { tag: 'text', attrs: { x: 10, y: 20 }, children: ['Tehran'] }
 */
export function svgEl(
  tag: string,
  attrs: Record<string, SvgAttrValue | null | undefined | false> = {},
  ...children: (SvgNode | null | undefined | false)[]
): SvgElementNode {
  const kept: Record<string, SvgAttrValue> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    kept[name] = value;
  }
  return {
    tag,
    attrs: kept,
    children: children.filter((c): c is SvgNode => c !== null && c !== undefined && c !== false),
  };
}

/**
 * Every element of a tree, depth first, the root included; for tests and tools.
 *
 * @example
 * [...svgElements(tree)].filter((node) => node.tag === 'text');
 */
export function* svgElements(node: SvgNode): Generator<SvgElementNode> {
  if (typeof node === 'string') return;
  yield node;
  for (const child of node.children) yield* svgElements(child);
}

/**
 * The text of a node and its descendants, concatenated.
 *
 * @example
 * svgText(svgEl('text', {}, 'Iran')); // "Iran"
 */
export function svgText(node: SvgNode): string {
  return typeof node === 'string' ? node : node.children.map(svgText).join('');
}
