// The first HTML's poster (pure, run at build time): header, map and legend in both languages as markup, and the tiny script that picks one.
import { buildModel, type AtlasModel } from '../data/atlas-model';
import { indexCountries, type CountryInfo } from '../data/countries';
import type { Dataset } from '../dataset';
import type { CountryRole } from '../dataset';
import type { Lang } from '../i18n/format';
import { markedText } from '../i18n/claim-text';
import { t } from '../i18n/messages';
import { toSvgMarkup, escapeXmlAttribute, escapeXmlText } from '../svg/serialize';
import { buildPoster, type PosterInput } from '../svg/poster';
import { corridorDash } from '../svg/svg-map';
import { svgEl as el, type SvgElementNode, type SvgNode } from '../svg/svg-tree';
import { corridorColors, cssRgb, DEFAULT_THEME, type Theme } from '../theme';
import type { CountryShapes } from '../svg/svg-map';

const ROLES: CountryRole[] = ['iran', 'partner', 'transit', 'destination'];
const LANGS: Lang[] = ['en', 'fa'];
/** Elements HTML writes without an end tag. */
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link']);

/** The map size the poster is framed for: a laptop's map area, header and timeline taken off. */
export const POSTER_SIZE = { width: 1280, height: 620 } as const;
/**
 * How far the poster is drawn beyond its box: a little sideways (screens wider than 2:1 are rare),
 * more above and below: a phone held upright frames the bounds by their width and sees about 2.6×
 * the box's height (412 × 823 px).
 */
export const POSTER_BLEED = { x: 0.1, y: 0.8 } as const;
/** The open legend's width on a wide screen (21 rem), kept clear on the inline-start side. */
const LEGEND_WIDTH = 336;

/**
 * A tree as HTML markup: text and attribute values escaped, void elements without an end tag, an
 * `<svg>` subtree written as SVG (self-closing empty elements, which the HTML parser honours there).
 *
 * @example
 * htmlMarkup(el('p', { class: 'note' }, 'a < b')); // '<p class="note">a &lt; b</p>'
 */
export function htmlMarkup(node: SvgNode): string {
  if (typeof node === 'string') return escapeXmlText(node);
  if (node.tag === 'svg') return toSvgMarkup(node);
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => {
      if (!/^[a-z][\w-]*$/i.test(name) || /^on/i.test(name)) {
        throw new Error(`Invalid HTML attribute name: ${JSON.stringify(name)}`);
      }
      return value === '' ? ` ${name}` : ` ${name}="${escapeXmlAttribute(String(value))}"`;
    })
    .join('');
  if (!/^[a-z][a-z0-9-]*$/.test(node.tag)) throw new Error(`Invalid HTML tag: ${node.tag}`);
  if (VOID.has(node.tag)) return `<${node.tag}${attrs}>`;
  return `<${node.tag}${attrs}>${node.children.map(htmlMarkup).join('')}</${node.tag}>`;
}

const dirOf = (lang: Lang) => (lang === 'fa' ? 'rtl' : 'ltr');

function header(model: AtlasModel, lang: Lang): SvgNode {
  return el(
    'header',
    { class: 'topbar', 'data-poster': lang, lang, dir: dirOf(lang) },
    el(
      'div',
      { class: 'titles' },
      el('h1', {}, model.dataset.title[lang]),
      el(
        'p',
        {},
        el('span', { class: 'subtitle' }, t(lang, 'app.subtitle')),
        ' ',
        el('span', { class: 'badge schematic' }, t(lang, 'app.schematic')),
      ),
    ),
    el(
      'div',
      { class: 'lang-switch', role: 'group', 'aria-label': t(lang, 'lang.label') },
      ...LANGS.map((other) =>
        // Links, so the switch works before (or without) the script: the app reads `?lang=`.
        el(
          'a',
          { href: `?lang=${other}`, lang: other, 'aria-current': other === lang ? 'true' : false },
          other === 'fa' ? 'فا' : 'EN',
        ),
      ),
    ),
  );
}

/** A legend swatch as a tiny SVG: presentation attributes, no style attribute (the CSP forbids those). */
function swatch(shape: SvgNode): SvgNode {
  return el(
    'svg',
    { class: 'poster-swatch', width: 24, height: 12, viewBox: '0 0 24 12', 'aria-hidden': 'true' },
    shape,
  );
}

function legend(model: AtlasModel, theme: Theme, lang: Lang): SvgNode {
  const roles = ROLES.filter((role) =>
    [...model.countries.values()].some((c) => c.roles[0] === role),
  );
  const item = (shape: SvgNode, text: string) => el('li', {}, swatch(shape), text);
  const corridors = [...model.corridors.values()].map((corridor) =>
    item(
      el('path', {
        d: 'M0 6H24',
        stroke: cssRgb(corridorColors(theme, corridor.id).base),
        'stroke-width': 4,
        'stroke-dasharray': corridorDash(theme, corridor.id, 4),
      }),
      markedText(model.dataset, `corridor/${corridor.id}/name`, corridor.name[lang], lang),
    ),
  );
  return el(
    'div',
    { class: 'legend-area', 'data-poster': lang, lang, dir: dirOf(lang) },
    el(
      'details',
      { class: 'legend', open: '' },
      el('summary', {}, t(lang, 'legend.heading')),
      el(
        'div',
        { class: 'legend-body' },
        el('h2', {}, t(lang, 'legend.countries')),
        el(
          'ul',
          { class: 'legend-list' },
          ...roles.map((role) =>
            item(
              el('rect', { x: 4, y: 1, width: 16, height: 10, fill: theme.roles[role] }),
              t(lang, `role.${role}`),
            ),
          ),
        ),
        el('h2', {}, t(lang, 'legend.corridors')),
        el('ul', { class: 'legend-list' }, ...corridors),
        el(
          'ul',
          { class: 'legend-list' },
          item(
            el('circle', { cx: 12, cy: 6, r: 5, fill: cssRgb(theme.meeting.fill) }),
            t(lang, 'legend.meeting'),
          ),
          item(
            el('path', {
              d: 'M2 10Q12 0 22 10',
              fill: 'none',
              stroke: cssRgb(theme.trip.target),
              'stroke-width': 2,
            }),
            t(lang, 'legend.trip'),
          ),
        ),
        el('p', { class: 'disclaimer' }, t(lang, 'disclaimer')),
      ),
    ),
    el('p', { class: 'attribution' }, t(lang, 'attribution')),
  );
}

/** The padding the page's open legend leaves at the poster's size, on the language's inline start. */
function legendPadding(lang: Lang) {
  const start = 40 + LEGEND_WIDTH;
  return lang === 'fa'
    ? { top: 40, bottom: 40, left: 40, right: start }
    : { top: 40, bottom: 40, left: start, right: 40 };
}

/** What the poster's markup is made from. */
export type PosterPageInput = Omit<PosterInput, 'lang' | 'size' | 'padding' | 'bleed'> & {
  bleed?: { x: number; y: number };
};

/**
 * The poster's markup for `#app`: for each language a header, a map (the build-time SVG of the
 * default view) and a legend, marked `data-poster="en|fa"`, the page's stylesheet showing the one
 * of the page's language. The app replaces it all when it mounts. Returns the markup and the byte
 * size of each language's map.
 *
 * @example
 * const { html } = posterMarkup({ model, shapes, theme: DEFAULT_THEME });
 */
export function posterMarkup(input: PosterPageInput): {
  html: string;
  mapBytes: Record<Lang, number>;
} {
  const maps = LANGS.map((lang) => {
    const tree: SvgElementNode = buildPoster({
      ...input,
      lang,
      size: POSTER_SIZE,
      padding: legendPadding(lang),
      bleed: input.bleed ?? POSTER_BLEED,
    });
    tree.attrs['data-poster'] = lang;
    tree.attrs['aria-hidden'] = 'true';
    return tree;
  });
  const nodes = [
    ...LANGS.map((lang) => header(input.model, lang)),
    el(
      'main',
      { class: 'map-region poster', 'data-poster-page': '' },
      el(
        'div',
        { class: 'map-stage' },
        // The legends (drawn above the map) come first: a first paint made while the map's markup
        // is still being parsed already has the attribution, the largest text the app will draw.
        ...LANGS.map((lang) => legend(input.model, input.theme, lang)),
        el('div', { class: 'map poster-map' }, ...maps),
      ),
      el('div', { class: 'poster-timeline', 'aria-hidden': 'true' }),
    ),
  ];
  const bytes = (tree: SvgElementNode | undefined) =>
    tree ? Buffer.byteLength(toSvgMarkup(tree), 'utf8') : 0;
  return {
    html: nodes.map(htmlMarkup).join(''),
    mapBytes: { en: bytes(maps[0]), fa: bytes(maps[1]) },
  };
}

/**
 * The inline script that runs before the first paint: the page's language from `?lang=` or the
 * browser's languages (as the app chooses it), so the poster shows that language, and the embed
 * class for `?embed=1`. It must stay tiny; the build's CSP allows it by its hash.
 *
 * @example
 * `<script>${POSTER_SCRIPT}</script>`
 */
export const POSTER_SCRIPT =
  "(()=>{const d=document.documentElement,q=new URLSearchParams(location.search);let l=q.get('lang');" +
  "if(l!=='fa'&&l!=='en'){l='en';for(const t of navigator.languages||[]){const b=t.toLowerCase().split('-')[0];" +
  "if(b==='fa'||b==='en'){l=b;break}}}d.lang=l;d.dir=l==='fa'?'rtl':'ltr';" +
  "if(q.get('embed')==='1')d.classList.add('embed')})()";

/**
 * The poster of a dataset as the build has it (the JSON, the country list and shapes the plugin
 * prepares), in the default theme. The dataset is checked when the app starts; this only draws it.
 *
 * @example
 * const { html, mapBytes } = posterOf(dataset, registry, shapes);
 */
export function posterOf(
  dataset: Dataset,
  countries: readonly CountryInfo[],
  shapes: CountryShapes,
): { html: string; mapBytes: Record<Lang, number> } {
  const model = buildModel(dataset, indexCountries(countries));
  return posterMarkup({ model, shapes, theme: DEFAULT_THEME });
}
