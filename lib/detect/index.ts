// detect(doc, url): what kind of page this is — bulletin (several stories), article (one), listing (an
// index of links to stories) or other — with a 0..1 score and the signals that fired. Runs on every page
// load: one walk over the body (metadata in <head> read on the way), no cloning, no selector queries, no layout.
import type { Detection } from '../model';
import { classify } from './classify';
import { scanPage } from './scan';

export function detect(doc: Document, url?: string): Detection {
  const scan = scanPage(doc);
  return classify(scan, { types: scan.types, title: scan.title, url });
}
