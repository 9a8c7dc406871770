// Turns a read input into a Document: HTML is parsed, plain text becomes <p> paragraphs of an empty page.
import { textToDocument } from '../../lib/extract';
import { parseHtml } from './parse-html';
import type { PageInput } from './read-input';

const EMPTY_PAGE = '<!DOCTYPE html><html><head></head><body></body></html>';

export function loadDocument(input: PageInput): Document {
  if (input.kind === 'html') return parseHtml(input.text, input.url);
  return textToDocument(input.text, parseHtml(EMPTY_PAGE, input.url));
}
