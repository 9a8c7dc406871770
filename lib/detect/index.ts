// detect(doc, url): what kind of page this is — bulletin (several stories), article (one), listing (an
// index of links to stories) or other — with a 0..1 score and the signals that fired. Runs on every page
// load: one walk over the body (metadata in <head> read on the way), no cloning, no selector queries, no layout.
import type { Detection } from '../model';
import { classify } from './classify';
import { scanPage, type PageScan } from './scan';

export function detect(doc: Document, url?: string): Detection {
  return detectFromScan(scanPage(doc), url);
}

/** The detection of a page already scanned (extract scans it once for detection and its metadata). */
export function detectFromScan(scan: PageScan, url?: string): Detection {
  return classify(scan, { types: scan.types, title: scan.title, url });
}
