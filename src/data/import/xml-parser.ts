// The XML parser of the import: the page's DOMParser where there is one, @xmldom/xmldom in a worker and in Node.
import { DOMParser as XmlDomParser } from '@xmldom/xmldom';
import type { XmlParser } from './xml-features';

/** xmldom's parse, with its errors (not only the fatal ones) turned into a refusal. */
function parseWithXmldom(text: string): Document | { error: string } {
  let error: string | undefined;
  const parser = new XmlDomParser({
    onError: (level, message) => {
      if (level !== 'warning') error ??= message;
    },
  });
  try {
    const doc = parser.parseFromString(text, 'text/xml');
    return error === undefined ? (doc as unknown as Document) : { error };
  } catch (thrown) {
    return { error: error ?? String((thrown as Error).message) };
  }
}

/** The page's own parser: a document with a `parsererror` element is a refusal. */
function parseWithPage(text: string): Document | { error: string } {
  const doc = new DOMParser().parseFromString(text, 'text/xml');
  const failure = doc.getElementsByTagName('parsererror')[0];
  return failure ? { error: failure.textContent?.trim() || 'not XML' } : doc;
}

/**
 * The XML parser for this environment: the page's `DOMParser`, else xmldom (Web Workers and Node
 * have no `DOMParser`).
 *
 * @example
 * const result = importText(text, { ...context, parseXml: xmlParser() });
 */
export function xmlParser(): XmlParser {
  return typeof DOMParser === 'undefined' ? parseWithXmldom : parseWithPage;
}
