// Parses HTML into a DOM Document under Node. linkedom is used because it is several times faster than
// happy-dom or jsdom on large pages and its parser does not recurse, so deeply nested markup cannot overflow
// the stack. The URL is not stored on the document (linkedom has no settable URL); callers pass it on.
import { DOMParser } from 'linkedom';

export function parseHtml(html: string, _url?: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  // Text without any tag (an empty file, plain text) leaves linkedom with no documentElement, and then its
  // body/head/title getters throw: such input is wrapped too.
  if (doc.documentElement && (doc.body?.firstChild || !html.trim())) return doc;
  // linkedom, unlike browsers, builds no <body> for markup lacking <html>/<body> tags (fragments, old pages
  // with several <html> sections): the content then hangs outside the body. Wrap it, as a browser would.
  return new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head></head><body>${html}</body></html>`,
    'text/html',
  ) as unknown as Document;
}
