// Stable identifiers: FNV-1a over UTF-16 code units, two 32-bit lanes with different offsets for a
// 64-bit-wide id. Hand-written because ids are needed synchronously in the content script (SubtleCrypto is
// async) and only stability matters here, not resistance to deliberate collisions.

const FNV_PRIME = 0x01000193;
const LOW_OFFSET = 0x811c9dc5;
const HIGH_OFFSET = 0x050c5d1f;

/** 16 hex digits, the same for the same text on every run and platform. Both lanes in one pass. */
export function stableHash(text: string): string {
  let low = LOW_OFFSET;
  let high = HIGH_OFFSET;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    low = Math.imul(low ^ code, FNV_PRIME);
    high = Math.imul(high ^ code, FNV_PRIME);
  }
  return hex8(low) + hex8(high);
}

function hex8(lane: number): string {
  return (lane >>> 0).toString(16).padStart(8, '0');
}

/** An article's id: its headline and first paragraph, so re-extracting the page gives the same id. */
export function articleId(headline: string, firstParagraph: string): string {
  return stableHash(`${headline}\n${firstParagraph}`);
}
