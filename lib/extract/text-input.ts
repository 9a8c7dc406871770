// Plain-text input (a .txt file): blank-line separated paragraphs become <p> elements of a document, so
// text goes through the same extraction path as HTML. Lines inside a paragraph are soft wraps: joined with
// no space between Han characters, with one space otherwise.
import { isHan } from './fields/text';

function unwrap(paragraph: string): string {
  return paragraph
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .reduce((text, line) => {
      if (!text) return line;
      return isHan(text.slice(-1)) || isHan(line.charAt(0)) ? text + line : `${text} ${line}`;
    }, '');
}

/** Splits text into paragraphs at blank lines. */
export function textParagraphs(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n/)
    .map(unwrap)
    .filter(Boolean);
}

/** Fills `doc`'s body with the text's paragraphs (replacing what was there) and returns the document. */
export function textToDocument(text: string, doc: Document): Document {
  const body = doc.body ?? doc.documentElement.appendChild(doc.createElement('body'));
  while (body.firstChild) body.removeChild(body.firstChild);
  for (const paragraph of textParagraphs(text)) {
    const p = doc.createElement('p');
    p.textContent = paragraph;
    body.appendChild(p);
  }
  return doc;
}
