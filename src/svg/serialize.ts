// Turns an SVG tree into a standalone SVG file (escaped XML) or into DOM nodes (createElementNS, text nodes).
import type { SvgAttrValue, SvgElementNode, SvgNode } from './svg-tree';

/** The SVG namespace. */
export const SVG_NS = 'http://www.w3.org/2000/svg';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
// Characters XML 1.0 forbids (C0 controls other than tab, LF, CR; U+FFFE/U+FFFF; lone surrogates).
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function checkName(name: string, what: 'tag' | 'attribute'): void {
  if (!NAME.test(name)) throw new Error(`Invalid SVG ${what} name: ${JSON.stringify(name)}`);
  // Scripts have no business in a map: refuse event handlers outright.
  if (what === 'attribute' && /^on/i.test(name)) {
    throw new Error(`Event handler attributes are not allowed: ${name}`);
  }
}

const clean = (text: string) => text.replace(INVALID_XML, '\uFFFD');

/**
 * Text escaped for XML character data: `&`, `<` and `>` become entities, characters XML cannot
 * hold become U+FFFD. What the data says stays literal text, never markup.
 *
 * @example
 * escapeXmlText('<script>alert("&")</script>'); // "&lt;script&gt;alert(\"&amp;\")&lt;/script&gt;"
 */
export function escapeXmlText(text: string): string {
  return clean(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Text escaped for a double-quoted XML attribute: also `"`, and tab, line feed and carriage return
 * as character references, so attribute-value normalisation keeps them.
 *
 * @example
 * escapeXmlAttribute('a "b" & c'); // "a &quot;b&quot; &amp; c"
 */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function writeNode(node: SvgNode, out: string[]): void {
  if (typeof node === 'string') {
    out.push(escapeXmlText(node));
    return;
  }
  checkName(node.tag, 'tag');
  out.push('<', node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    checkName(name, 'attribute');
    out.push(' ', name, '="', escapeXmlAttribute(String(value)), '"');
  }
  if (node.children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const child of node.children) writeNode(child, out);
  out.push('</', node.tag, '>');
}

/**
 * A standalone SVG document: the XML declaration, then the tree with the SVG namespace on its root.
 * Every text and attribute value is escaped, so text from data stays literal.
 *
 * @example
 * const blob = new Blob([toSvgString(buildSvgMap(input))], { type: 'image/svg+xml' });
 */
export function toSvgString(tree: SvgElementNode): string {
  const attrs: Record<string, SvgAttrValue> = { xmlns: SVG_NS, ...tree.attrs };
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  writeNode({ ...tree, attrs }, out);
  out.push('\n');
  return out.join('');
}

/**
 * The tree as markup to put inside an HTML page (no XML declaration, no namespace: the HTML parser
 * gives `<svg>` its own), escaped as {@link toSvgString} escapes it.
 *
 * @example
 * const html = `<div class="poster">${toSvgMarkup(buildPoster(input))}</div>`;
 */
export function toSvgMarkup(tree: SvgElementNode): string {
  const out: string[] = [];
  writeNode(tree, out);
  return out.join('');
}

/**
 * The tree as DOM nodes of `document`: elements made with `createElementNS` in the SVG namespace,
 * text as text nodes (never parsed as markup), `xml:lang` in the XML namespace.
 *
 * @example
 * container.append(toSvgElement(buildSvgMap(input), document));
 */
export function toSvgElement(tree: SvgElementNode, document: Document): SVGElement {
  checkName(tree.tag, 'tag');
  const element = document.createElementNS(SVG_NS, tree.tag) as SVGElement;
  for (const [name, value] of Object.entries(tree.attrs)) {
    checkName(name, 'attribute');
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    if (name.startsWith('xml:')) element.setAttributeNS(XML_NS, name, clean(String(value)));
    else element.setAttribute(name, clean(String(value)));
  }
  for (const child of tree.children) {
    element.append(
      typeof child === 'string'
        ? document.createTextNode(clean(child))
        : toSvgElement(child, document),
    );
  }
  return element;
}
