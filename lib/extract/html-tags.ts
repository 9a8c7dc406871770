// Which elements start a new line of text. Every walker of the page (detect's scan, the metadata lines,
// the region scorer, the block walk, collectText) reads these, so they agree on where a line ends.
import { MAX_CACHED_TAG_NAMES } from './constants';
import { remember } from './remember';

/** Elements that end the line of text before them and start a new one. */
export const LINE_BREAK_TAGS: ReadonlySet<string> = new Set(
  (
    'P DIV BR LI TD TH TR H1 H2 H3 H4 H5 H6 SECTION ARTICLE HEADER FOOTER BLOCKQUOTE PRE FIGCAPTION FIGURE ' +
    'UL OL DL DT DD TABLE HR ADDRESS CENTER MAIN ASIDE NAV FORM'
  ).split(' '),
);

/** Table and form groupings also hold block content (a region scorer's "has block child"). */
export const BLOCK_CONTAINER_TAGS: ReadonlySet<string> = new Set([
  ...LINE_BREAK_TAGS,
  'FIELDSET',
  'TBODY',
  'TFOOT',
  'THEAD',
]);

/** Elements whose text a reader never sees as page text: code, styles, form fields, embedded documents. */
export const NON_TEXT_TAGS: ReadonlySet<string> = new Set(
  // NOFRAMES is shown only by browsers without frames: on a frameset page it is a notice, not content.
  'SCRIPT STYLE NOSCRIPT NOFRAMES TEMPLATE HEAD SVG SELECT TEXTAREA IFRAME'.split(' '),
);

/**
 * Elements that may carry a shadow root: the DOM standard's attachShadow list and custom elements (a name with
 * a hyphen). Browsers refuse any other host, so walkers read `shadowRoot` of these alone (not of a, li, td…).
 */
const SHADOW_HOST_TAGS: ReadonlySet<string> = new Set(
  'ARTICLE ASIDE BLOCKQUOTE BODY DIV FOOTER H1 H2 H3 H4 H5 H6 HEADER MAIN NAV P SECTION SPAN'.split(' '),
);

export function mayHostShadow(tag: string): boolean {
  return SHADOW_HOST_TAGS.has(tag) || tag.includes('-');
}

/** 1–6 for the (upper-case) tags H1–H6, else 0; compared by character, as walkers call it on every element. */
export function headingLevelOf(tag: string): number {
  if (tag.length !== 2 || tag.charCodeAt(0) !== 72 /* H */) return 0;
  const digit = tag.charCodeAt(1) - 48;
  return digit >= 1 && digit <= 6 ? digit : 0;
}

/**
 * `compute` of each element's upper-case tag, remembered by the tag name as the DOM spells it (upper case in
 * HTML documents), so walkers that run on every element convert and test each distinct name once.
 */
export function byTagName<T>(compute: (upperTag: string) => T): (tagName: string) => T {
  return remember((tagName) => compute(tagName.toUpperCase()), MAX_CACHED_TAG_NAMES);
}
