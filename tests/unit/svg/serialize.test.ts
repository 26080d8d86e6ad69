// Unit tests of SVG serialisation: XML escaping, the declaration and namespace, DOM nodes without markup.
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../../../src/theme';
import { initialState } from '../../../src/state/state';
import {
  escapeXmlAttribute,
  escapeXmlText,
  SVG_NS,
  toSvgElement,
  toSvgString,
} from '../../../src/svg/serialize';
import { buildSvgMap } from '../../../src/svg/svg-map';
import { svgEl } from '../../../src/svg/svg-tree';
import shapes from 'virtual:atlas/country-shapes';
import { loadModel } from '../../fixtures/default-model';

const HOSTILE = '<script>alert("x & \'y\'")</script>';

/** A stand-in for the few DOM calls toSvgElement makes, recording what it was asked to build. */
interface FakeNode {
  ns?: string;
  tag?: string;
  text?: string;
  attrs: Record<string, { ns: string | null; value: string }>;
  children: FakeNode[];
}
function fakeDocument() {
  const element = (ns: string, tag: string): FakeNode & Record<string, unknown> => {
    const node: FakeNode & Record<string, unknown> = { ns, tag, attrs: {}, children: [] };
    node.setAttribute = (name: string, value: string) => (node.attrs[name] = { ns: null, value });
    node.setAttributeNS = (namespace: string, name: string, value: string) =>
      (node.attrs[name] = { ns: namespace, value });
    node.append = (child: FakeNode) => node.children.push(child);
    return node;
  };
  return {
    createElementNS: element,
    createTextNode: (text: string): FakeNode => ({ text, attrs: {}, children: [] }),
  } as unknown as Document;
}

describe('escaping', () => {
  it('escapeXmlText(text) turns <, > and & into entities', () => {
    expect(escapeXmlText(HOSTILE)).toBe('&lt;script&gt;alert("x &amp; \'y\'")&lt;/script&gt;');
  });

  it('escapeXmlAttribute(value) also escapes double quotes and keeps line breaks as references', () => {
    expect(escapeXmlAttribute('a "b" & <c>\nd')).toBe('a &quot;b&quot; &amp; &lt;c&gt;&#10;d');
  });

  it('escapeXmlText(text) replaces characters XML cannot hold', () => {
    expect(escapeXmlText('a\u0000b\u001Fc\uD800d')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
  });
});

describe('toSvgString', () => {
  it('toSvgString(tree) starts with the XML declaration and puts the SVG namespace on the root', () => {
    const text = toSvgString(svgEl('svg', { width: 10, height: 10 }, svgEl('g')));
    expect(
      text.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><g/></svg>',
      ),
    ).toBe(true);
  });

  it('toSvgString(tree) writes text and attributes from data as literal text', () => {
    const text = toSvgString(svgEl('svg', {}, svgEl('text', { 'data-name': HOSTILE }, HOSTILE)));
    expect(text).not.toContain('<script');
    expect(text).toContain(
      '<text data-name="&lt;script&gt;alert(&quot;x &amp; \'y\'&quot;)&lt;/script&gt;">',
    );
    expect(text).toContain('>&lt;script&gt;alert("x &amp; \'y\'")&lt;/script&gt;</text>');
  });

  it('toSvgString(tree) refuses event-handler attributes and invalid names', () => {
    expect(() => toSvgString(svgEl('svg', { onload: 'alert(1)' }))).toThrow(/not allowed/);
    expect(() => toSvgString(svgEl('svg', { 'a b': 1 }))).toThrow(/Invalid/);
    expect(() => toSvgString(svgEl('svg><script'))).toThrow(/Invalid/);
  });

  it('a place named with markup stays text in the whole exported map', () => {
    const model = loadModel((dataset) => {
      const tehran = dataset.places.find((place) => place.id === 'tehran');
      if (tehran) tehran.name = { en: HOSTILE, fa: HOSTILE };
    });
    const text = toSvgString(
      buildSvgMap({
        model,
        shapes,
        state: initialState('en'),
        theme: DEFAULT_THEME,
        size: { width: 900, height: 600 },
      }),
    );
    expect(text).not.toContain('<script');
    expect(text).toContain('&lt;script&gt;alert("x &amp; \'y\'")&lt;/script&gt;');
  });
});

describe('toSvgElement', () => {
  it('toSvgElement(tree, document) makes SVG-namespace elements and text nodes, never markup', () => {
    const tree = svgEl(
      'svg',
      { xmlns: SVG_NS, 'xml:lang': 'fa', width: 10 },
      svgEl('text', { x: 1 }, HOSTILE),
    );
    const root = toSvgElement(tree, fakeDocument()) as unknown as FakeNode;
    expect(root.ns).toBe(SVG_NS);
    expect(root.tag).toBe('svg');
    expect(root.attrs).toEqual({
      'xml:lang': { ns: 'http://www.w3.org/XML/1998/namespace', value: 'fa' },
      width: { ns: null, value: '10' },
    });
    const text = root.children[0] as FakeNode;
    expect(text.ns).toBe(SVG_NS);
    expect(text.children).toEqual([{ text: HOSTILE, attrs: {}, children: [] }]);
  });
});
