// How two versions of the reader's layer combine. Used by save (a resave, two tabs saving at once) and by
// import: nothing the reader wrote may disappear, so merging only ever adds.

/** Keeps both notes unless one already contains the other (an edit that extended it, or the same note). */
export function mergeNote(existing: string, incoming: string | undefined): string {
  const a = existing.trim();
  const b = (incoming ?? '').trim();
  if (!b || a.includes(b)) return existing;
  if (!a || b.includes(a)) return incoming ?? '';
  return `${existing.trimEnd()}\n\n${b}`;
}

/** Union, in first-seen order. */
export function mergeTags(existing: readonly string[], incoming: readonly string[]): string[] {
  return [...new Set([...existing, ...incoming])];
}

export interface HighlightIdentity {
  articleKey: string;
  paragraph: number;
  offset: number;
  text: string;
}

/** Same story, same place, same sentence: the same highlight. */
export function highlightId(h: HighlightIdentity): string {
  return `${h.articleKey}\u0000${h.paragraph}\u0000${h.offset}\u0000${h.text}`;
}
