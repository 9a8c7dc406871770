// One walk of the page for detection, the metadata readers and the content region: detection's scan with
// two readers riding along. Every walk of the DOM pays for its nodes' JavaScript wrappers, made again
// whenever the garbage collector has dropped them, so one walk instead of three saves a third of extract's time.
import { scanPage, type PageScan, type ScanReader } from '../detect/scan';
import type { WalkLimits } from './budget';
import { PageReader, type PageRead } from './metadata/page-lines';
import { RegionReader, contentRegionOf, type ContentRegion } from './region';

export interface PageWalk {
  scan: PageScan;
  page: PageRead;
  region: ContentRegion;
}

export function walkPage(doc: Document, limits: WalkLimits): PageWalk {
  const page = new PageReader();
  const region = new RegionReader(true);
  const scan = scanPage(doc, new BothReaders(page, region), limits);
  return { scan, page: page.page, region: contentRegionOf(doc, region, scan.truncated === true, limits) };
}

/** Two readers on one scan; each one's number for an open element in its own byte. */
class BothReaders implements ScanReader {
  constructor(
    private readonly first: ScanReader,
    private readonly second: ScanReader,
  ) {}

  begin(doc: Document, root: Element): void {
    this.first.begin(doc, root);
    this.second.begin(doc, root);
  }

  headElement(el: Element, tag: string): void {
    this.first.headElement(el, tag);
    this.second.headElement(el, tag);
  }

  enter(el: Element, tag: string, empty: boolean): number {
    return this.first.enter(el, tag, empty) | (this.second.enter(el, tag, empty) << 8);
  }

  leave(el: Element, entered: number): void {
    this.first.leave(el, entered & 0xff);
    this.second.leave(el, entered >> 8);
  }

  hidden(el: Element): void {
    this.first.hidden(el);
    this.second.hidden(el);
  }

  text(value: string, weight: number, inLink: boolean): void {
    this.first.text(value, weight, inLink);
    this.second.text(value, weight, inLink);
  }

  end(): void {
    this.first.end();
    this.second.end();
  }
}
