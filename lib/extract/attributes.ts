// Which of the attributes the page walkers test an element carries, read in one call. Each getAttribute costs
// a name conversion and a search however the answer turns out, and the walkers asked up to seven of them of
// every element with attributes (most carry a class and little else): one getAttributeNames() call tells
// which are there, and only those are read.

export const CLASS_ATTRIBUTE = 1;
export const STYLE_ATTRIBUTE = 2;
export const ID_ATTRIBUTE = 4;
export const ROLE_ATTRIBUTE = 8;
export const ARIA_HIDDEN_ATTRIBUTE = 16;
export const REL_ATTRIBUTE = 32;
export const ITEMPROP_ATTRIBUTE = 64;
export const HIDDEN_ATTRIBUTE = 128;
/** Set for every element that has attributes at all, even none of those above. */
export const HAS_ATTRIBUTES = 256;

const ATTRIBUTE_BITS: ReadonlyMap<string, number> = new Map([
  ['class', CLASS_ATTRIBUTE],
  ['style', STYLE_ATTRIBUTE],
  ['id', ID_ATTRIBUTE],
  ['role', ROLE_ATTRIBUTE],
  ['aria-hidden', ARIA_HIDDEN_ATTRIBUTE],
  ['rel', REL_ATTRIBUTE],
  ['itemprop', ITEMPROP_ATTRIBUTE],
  ['hidden', HIDDEN_ATTRIBUTE],
]);

/**
 * The bits of the attributes `el` carries, matched by name as getAttribute matches them: an HTML document's
 * parser lower-cases attribute names (and getAttribute the name asked for), and a DOM that keeps the written
 * case (linkedom) compares names exactly. A bit is never missing where getAttribute would find something.
 */
export function attributesOf(el: Element): number {
  if (!el.hasAttributes()) return 0;
  const names = el.getAttributeNames();
  let bits = HAS_ATTRIBUTES;
  for (let i = 0; i < names.length; i++) bits |= ATTRIBUTE_BITS.get(names[i]!) ?? 0;
  return bits;
}
