// Parses HTML into a DOM Document under Node. linkedom is used because it is several times faster than
// happy-dom or jsdom on large pages and its parser does not recurse, so deeply nested markup cannot overflow
// the stack. The URL is not stored on the document (linkedom has no settable URL); callers pass it on.
import { DOMParser } from 'linkedom';

export function parseHtml(html: string, _url?: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return doc;
}
