// Stable identifiers: FNV-1a over UTF-16 code units, two 32-bit lanes with different offsets for a
// 64-bit-wide id. Hand-written because ids are needed synchronously in the content script (SubtleCrypto is
// async) and only stability matters here, not resistance to deliberate collisions.

const FNV_PRIME = 0x01000193;
const OFFSETS = [0x811c9dc5, 0x050c5d1f];

function fnv1a(text: string, offset: number): number {
  let hash = offset;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** 16 hex digits, the same for the same text on every run and platform. */
export function stableHash(text: string): string {
  return OFFSETS.map((offset) => fnv1a(text, offset).toString(16).padStart(8, '0')).join('');
}

/** An article's id: its headline and first paragraph, so re-extracting the page gives the same id. */
export function articleId(headline: string, firstParagraph: string): string {
  return stableHash(`${headline}\n${firstParagraph}`);
}
