// Chinese place and organisation names, found from their suffixes (see zh-lexicon.ts for why by hand).
// The word segmenter decides where a suffix may end (`公安局` yes, `干部` no) and where a name may start.
import { tokenLookup, wordLookup, type WordToken } from '../../text';
import type { FactCandidate } from './types';
import {
  AUTONOMOUS_REGIONS,
  NAME_STOP,
  ORG_LEVEL_PREFIXES,
  ORG_SUFFIXES,
  PLACE_SUFFIXES,
  PLACE_SUFFIX_CHARS,
} from './zh-lexicon';
import { ORG_CHAIN_GAP_MAX, ORG_FREE_BODY_MAX, ORG_MAX_LENGTH, PLACE_NAME_MAX } from '../constants';

const HAN = /^\p{sc=Han}$/u;

/** Word boundaries of a sentence, looked up where a rule asks (see wordLookup). */
export interface Segmentation {
  /** The word covering a character offset, if any. */
  covering: (offset: number) => WordToken | undefined;
  /** The word that ends exactly at an offset, if any. */
  endingAt: (end: number) => WordToken | undefined;
}

/** `words`: the text's word tokens when already split; else the segmenter is asked per offset. */
export function segmentation(text: string, lang: string, words?: WordToken[]): Segmentation {
  const covering = words ? tokenLookup(words) : wordLookup(text, lang);
  return {
    covering,
    endingAt: (end) => {
      const word = covering(end - 1);
      return word && word.index + word.text.length === end ? word : undefined;
    },
  };
}

/** A suffix ending at `end` counts only where the segmenter ends a word there, and that word is the suffix
 * itself (or part of it), or a dictionary name of 3+ characters (`呼和浩特市`): not `城市`, `干部`, `全部`. */
function suffixEndsWord(seg: Segmentation, suffixStart: number, end: number): boolean {
  const word = seg.endingAt(end);
  if (!word) return false;
  return word.index >= suffixStart || word.text.length >= 3;
}

function isNameChar(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch) && !NAME_STOP.includes(ch);
}

/**
 * Start of the place name before a suffix at `suffixStart`, or -1. Reads back over single-character words
 * and at most one dictionary word (the one next to the suffix: `兴安|盟`, `呼|伦|贝尔|市`); another
 * dictionary word is a verb or noun before the name (`来自|赤|峰|市`) and ends it.
 */
function placeNameStart(text: string, seg: Segmentation, suffixStart: number): number {
  let pos = suffixStart;
  const covering = seg.covering(suffixStart);
  const inWord = covering && covering.index < suffixStart ? covering : undefined;
  if (inWord) pos = inWord.index; // a dictionary place name that includes its suffix (`呼和浩特市`)
  let tookWord = inWord !== undefined;
  while (pos > 0) {
    const word = seg.endingAt(pos);
    const ch = text[pos - 1];
    if (!word) {
      if (!isNameChar(ch) || PLACE_SUFFIX_CHARS.includes(ch!)) break;
      pos--;
      continue;
    }
    if (word.text.length === 1) {
      if (!isNameChar(word.text) || PLACE_SUFFIX_CHARS.includes(word.text)) break;
    } else if (tookWord || ![...word.text].every((c) => isNameChar(c))) break;
    else tookWord = true;
    if (suffixStart - word.index > PLACE_NAME_MAX) break;
    pos = word.index;
  }
  const length = suffixStart - pos;
  return length >= 2 && length <= PLACE_NAME_MAX ? pos : -1;
}

/** A suffix list prepared for one scan of a sentence: its last characters as one character class, and per last
 * character the suffixes that end with it, in list order (longest first). */
interface SuffixIndex {
  lastChars: RegExp;
  byLastChar: Map<string, { suffix: string; rank: number }[]>;
}

function suffixIndex(suffixes: string[]): SuffixIndex {
  const byLastChar = new Map<string, { suffix: string; rank: number }[]>();
  suffixes.forEach((suffix, rank) => {
    const last = suffix.at(-1)!;
    byLastChar.set(last, [...(byLastChar.get(last) ?? []), { suffix, rank }]);
  });
  return { lastChars: new RegExp(`[${[...byLastChar.keys()].join('')}]`, 'gu'), byLastChar };
}

const PLACE_SUFFIX_INDEX = suffixIndex(PLACE_SUFFIXES);
const ORG_SUFFIX_INDEX = suffixIndex(ORG_SUFFIXES);

/** Where a listed suffix ends a word, one per end offset: at each end the first suffix in list order that the
 * segmenter accepts. One scan for the suffixes' last characters, not one indexOf pass per suffix; sorted by
 * start, then list order. */
function findSuffixes(text: string, index: SuffixIndex, seg: Segmentation): { start: number; end: number }[] {
  const found: { start: number; end: number; rank: number }[] = [];
  for (const match of text.matchAll(index.lastChars)) {
    const end = match.index + 1;
    for (const { suffix, rank } of index.byLastChar.get(match[0])!) {
      const start = end - suffix.length;
      if (start < 0 || !text.startsWith(suffix, start) || !suffixEndsWord(seg, start, end)) continue;
      found.push({ start, end, rank });
      break;
    }
  }
  return found
    .toSorted((a, b) => a.start - b.start || a.rank - b.rank)
    .map(({ start, end }) => ({ start, end }));
}

export function chinesePlaces(text: string, seg: Segmentation): FactCandidate[] {
  const out: FactCandidate[] = [];
  for (const { start, end } of findSuffixes(text, PLACE_SUFFIX_INDEX, seg)) {
    if (text.slice(start, end) === '自治区') {
      const region = AUTONOMOUS_REGIONS.find((r) => text.slice(start - r.length, start) === r);
      if (region) out.push({ kind: 'place', text: region + '自治区', start: start - region.length, end });
      continue;
    }
    const nameStart = placeNameStart(text, seg, start);
    if (nameStart >= 0) out.push({ kind: 'place', text: text.slice(nameStart, end), start: nameStart, end });
  }
  return out;
}

/** Offsets where an organisation's name may start although a verb stands before it: a known place name or a
 * level word (`自治区`, `国家`). */
function anchors(text: string, knownPlaces: Iterable<string>): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const word of [...knownPlaces, ...ORG_LEVEL_PREFIXES]) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      out.push({ start: at, end: at + word.length });
    }
  }
  return out.toSorted((a, b) => a.start - b.start || b.end - a.end);
}

/** Index of the first of `sorted` (ascending by start) that starts at or after `offset`. */
function firstAt(sorted: { start: number }[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Organisations: a run of name characters ending in an organisation suffix, chained through further suffixes
 * (`赤峰市公安局交管支队`). The name starts at a known place or a level word inside the run; without one, only a
 * short body before the suffix is trusted (`看护总队`, `交通局`).
 */
export function chineseOrgs(text: string, seg: Segmentation, knownPlaces: Iterable<string>): FactCandidate[] {
  const suffixes = findSuffixes(text, ORG_SUFFIX_INDEX, seg);
  if (suffixes.length === 0) return [];
  const anchorList = anchors(text, knownPlaces);
  const longestAnchor = anchorList.reduce((n, a) => Math.max(n, a.end - a.start), 0);
  const out: FactCandidate[] = [];
  let i = 0;
  let consumed = 0; // an organisation never starts inside the previous one
  while (i < suffixes.length) {
    const first = suffixes[i]!;
    let boundary = first.start;
    while (boundary > consumed && isNameChar(text[boundary - 1]) && first.start - boundary < ORG_MAX_LENGTH) {
      boundary--;
    }
    // An anchor reaching into the run may start before the run's own boundary (`呼和浩特市` holds `和`).
    let anchor: { start: number; end: number } | undefined;
    // Anchors ending after `boundary` start after boundary - longestAnchor: the search starts there, so a
    // sentence full of suffixes and places is not scanned once per suffix.
    for (
      let k = firstAt(anchorList, Math.max(consumed, boundary - longestAnchor + 1));
      k < anchorList.length;
      k++
    ) {
      const a = anchorList[k]!;
      if (a.start >= first.start) break;
      if (a.end > boundary && a.end <= first.end) {
        anchor = a;
        break;
      }
    }
    // Without one, never start inside a dictionary word (`全|球创新中心` → `创新中心`).
    const split = seg.covering(boundary);
    if (!anchor && split && split.index < boundary) boundary = split.index + split.text.length;
    const start = anchor?.start ?? boundary;
    const body = first.start - start;
    const minBody = first.end - first.start > 1 ? 1 : 2;
    if (!anchor && (body < minBody || body > ORG_FREE_BODY_MAX)) {
      i++;
      continue;
    }
    // Chain later suffixes joined by name characters only (`公安厅` + `交管局`).
    let last = first;
    let j = i + 1;
    while (j < suffixes.length) {
      const next = suffixes[j]!;
      const gap = text.slice(last.end, next.start);
      if (next.start < last.end || gap.length > ORG_CHAIN_GAP_MAX || ![...gap].every(isNameChar)) break;
      if ((anchorList[firstAt(anchorList, last.end)]?.start ?? Infinity) < next.start) break; // another body
      if (next.end - start > ORG_MAX_LENGTH) break;
      last = next;
      j++;
    }
    out.push({ kind: 'org', text: text.slice(start, last.end), start, end: last.end });
    consumed = last.end;
    i = j;
  }
  return out;
}
