// Checks the address of a dataset to load (`?data=URL`): same origin or an allowed one, never script or local schemes.
import { problem, type Problem } from './problem';

/** The outcome of {@link parseDataUrl}: the URL to fetch, or why it is refused. */
export type DataUrlResult = { ok: true; value: URL } | { ok: false; problem: Problem };

const REFUSED_SCHEMES = new Set(['javascript:', 'data:', 'blob:', 'file:', 'vbscript:', 'about:']);

const refuse = (code: Problem['code'], params: Problem['params']): DataUrlResult => ({
  ok: false,
  problem: problem('error', code, { path: '' }, params),
});

/** The origin of an allowed-origin entry, or null when it is not an http(s) URL. */
function originOf(entry: string): string | null {
  try {
    const url = new URL(entry);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * Checks a dataset address from the `data` URL parameter. A relative address resolves against the
 * page. Refused: anything that is not http: or https: (`javascript:`, `data:`, `blob:`, `file:`…),
 * addresses with a user name or password, and any origin other than the page's own or one of
 * `allowedOrigins` (exact origins such as `"https://data.example.org"`; other entries are ignored).
 * A page opened from a file (origin "null") therefore loads only from allowed origins.
 *
 * @example
 * parseDataUrl('data/other.json', 'https://atlas.example/?data=data/other.json', []);
 * // { ok: true, value: URL("https://atlas.example/data/other.json") }
 * parseDataUrl('javascript:alert(1)', location.href, []); // { ok: false, problem: url.scheme }
 */
export function parseDataUrl(
  raw: string,
  pageUrl: string | URL,
  allowedOrigins: readonly string[],
): DataUrlResult {
  const text = raw.trim();
  if (text === '') return refuse('url.invalid', { url: raw });
  let url: URL;
  try {
    url = new URL(text, pageUrl);
  } catch {
    return refuse('url.invalid', { url: raw.slice(0, 200) });
  }
  if (
    REFUSED_SCHEMES.has(url.protocol) ||
    (url.protocol !== 'https:' && url.protocol !== 'http:')
  ) {
    return refuse('url.scheme', { scheme: url.protocol });
  }
  if (url.username !== '' || url.password !== '') return refuse('url.credentials', {});
  const page = new URL(pageUrl);
  const allowed = new Set(allowedOrigins.map(originOf).filter((o): o is string => o !== null));
  if (url.origin !== page.origin && !allowed.has(url.origin)) {
    return refuse('url.origin', { origin: url.origin });
  }
  return { ok: true, value: url };
}

/**
 * A link that may be shown as a link: an absolute `https:` URL without credentials, as a string;
 * null for anything else (which, if shown at all, is shown as plain text).
 *
 * @example
 * safeHttpsUrl('https://irna.ir/x'); // "https://irna.ir/x"
 * safeHttpsUrl('javascript:alert(1)'); // null
 */
export function safeHttpsUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'https:' && url.username === '' && url.password === ''
      ? url.href
      : null;
  } catch {
    return null;
  }
}
