// English numbers, places, organisations, people and quoted titles from context cues. By hand because no
// maintained offline library does English named entities without a model download; the cues are the ones
// news style guides prescribe (`said Jane Doe`, `Jane Doe, a spokeswoman`, `in Paris`, datelines).
import type { FactCandidate } from './types';

const FUNCTION_WORDS = new Set(
  'a an the of to in on at by for from with and or but as is are was were be been has have had it its this that these those than then there their they he she his her we our you your i me my said says say year years old more less about around nearly over under up down per each who which what when where while after before into out than also not no yes just only all some any most many much other such own same so too very can will would could should may might must do does did am pm'.split(
    ' ',
  ),
);

const COUNTED = new Set(
  'people children men women staff police personnel feet km kg mph miles metres meters tonnes tons acres hectares percent'.split(
    ' ',
  ),
);

/** The word after a number is what it counts when it is a plural noun (`officers`) or a unit (`km`), not an
 * adjective or verb (`10 wealthy`, `54 compared`). */
function isCountedNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (FUNCTION_WORDS.has(w)) return false;
  return COUNTED.has(w) || w.endsWith('-old') || (/[^s']s$/.test(w) && !/(?:ous|ss|is|us)$/.test(w));
}

const SCALE = String.raw`(?:\s?(?:million|billion|trillion|thousand|bn|m|k)\b)?`;
const NUMBER_RE = new RegExp(
  String.raw`(?<![\w.,$€£¥])([$€£¥]\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)${SCALE}(\s?%|\s(?:percent|per cent)\b|-?\s?(?:[a-z][a-z-]{1,}))?`,
  'g',
);

/** Numbers with a currency, a scale, a percent sign or the noun they count (`3,000 officers`). */
export function englishNumbers(text: string): FactCandidate[] {
  const out: FactCandidate[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const [whole, currency, digits] = m;
    let unit: string | undefined = m[3];
    const unitWord = unit?.trim().replace(/^-\s?/, '');
    if (
      unitWord &&
      /^[a-z]/.test(unitWord) &&
      !/^per\s?cent$|^percent$/.test(unitWord) &&
      !isCountedNoun(unitWord)
    ) {
      unit = undefined;
    }
    let phrase = unit ? whole : whole.slice(0, whole.length - (m[3]?.length ?? 0));
    phrase = phrase.trim();
    const hasScale =
      /[a-z]$/i.test(phrase.replace(/\s.*$/, '')) || /(?:million|billion|trillion|thousand)$/.test(phrase);
    if (!currency && !unit && !hasScale) continue;
    if (!currency && !unit && /^(?:19|20)\d{2}$/.test(digits!)) continue;
    out.push({ kind: 'number', text: phrase, start: m.index!, end: m.index! + phrase.length });
  }
  return out;
}

const CAP = String.raw`[A-Z][a-zA-Z'’.-]*`;
const CAP_SEQ = String.raw`${CAP}(?:\s+(?:of\s+|de\s+)?${CAP}){0,3}`;
const MONTHS_DAYS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|His|Her|Their|Its|Our|My|Your|Congress|Parliament|English|Chinese|Spanish|French|German|Google|Facebook|Twitter|Instagram|YouTube)\b/;
const PLACE_CUE = new RegExp(
  String.raw`\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]cross|[Tt]hroughout|[Ii]nside)\s+(?:the\s+)?(${CAP_SEQ})`,
  'g',
);
const DATELINE =
  /^([A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){0,2})(?:,\s[A-Z][A-Za-z. ]+)?\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s/;

/** Places after `in`/`near`/… and the dateline that opens an article (`LONDON (Reuters) —`). */
export function englishPlaces(text: string, isArticleLead: boolean): FactCandidate[] {
  const out: FactCandidate[] = [];
  const dateline = isArticleLead ? DATELINE.exec(text) : null;
  if (dateline) out.push({ kind: 'place', text: dateline[1]!, start: 0, end: dateline[1]!.length });
  for (const m of text.matchAll(PLACE_CUE)) {
    const name = m[1]!.replace(/(?<=[a-z])[.'’]+$/, '');
    if (MONTHS_DAYS.test(name) || ORG_WORDS.test(name) || /['’]s$/.test(name)) continue;
    const start = m.index! + m[0].length - m[1]!.length;
    out.push({ kind: 'place', text: name, start, end: start + name.length });
  }
  return out;
}

const ORG_SUFFIX =
  'Police Department|Fire Department|Department|Ministry|Agency|Commission|Council|Committee|Bureau|Office|Administration|Authority|Institute|Association|Foundation|University|College|Corporation|Company|Inc\\.|Corp\\.|Ltd\\.|Group|Bank|Court|Party|Organi[sz]ation|Union|Board|Centre|Center|Police|Army|Navy|Service|Society|Federation|Senate|House of Representatives';
const ORG_WORDS = new RegExp(`\\b(?:${ORG_SUFFIX})$`);
const OF_TAIL = String.raw`\s+(?:of|for)\s+(?:the\s+)?${CAP}(?:\s+(?:and\s+)?${CAP}){0,4}`;
const ORG_RE = new RegExp(String.raw`\b((?:${CAP}\s+){0,5}(?:${ORG_SUFFIX})(?:${OF_TAIL})?)`, 'g');
const LEADING_FUNCTION =
  /^(?:(?:The|A|An|This|That|Its|His|Her|Their|Our|Last|In|On|At|But|And|When|While|After|Before|If|Says?|Said)\s+)+/;

/** Organisations by their suffix (`… Police Department`, `… Agency`) or `Ministry of …`, `University of …`. */
export function englishOrgs(text: string): FactCandidate[] {
  const out: FactCandidate[] = [];
  for (const m of text.matchAll(ORG_RE)) {
    const lead = LEADING_FUNCTION.exec(m[1]!)?.[0] ?? '';
    // A sentence's full stop is not part of the name; an abbreviation's is (`Acme Corp.`).
    const name = m[1]!.slice(lead.length).replace(/(?<!\b(?:Inc|Corp|Ltd|Co))\.$/, '');
    if (!/\s/.test(name)) continue;
    const start = m.index! + lead.length;
    out.push({ kind: 'org', text: name, start, end: start + name.length });
  }
  return out;
}

const TITLE = String.raw`(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Sgt|Capt|Det|Insp|Supt)\.|(?:President|Prime Minister|Chancellor|Minister|Secretary|Judge|Justice|Chief|Commissioner|Mayor|Governor|Senator|Officer|Detective|Sheriff|Director|Professor)`;
const NAME = String.raw`[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+(?:van|de|von|da|le)\s+)?\s+[A-Z][a-zA-Z'’-]+`;
const ROLE =
  'spokesman|spokeswoman|spokesperson|director|professor|minister|officer|chief|president|chairman|chairwoman|chair|analyst|researcher|author|lawyer|attorney|executive|founder|co-founder|official|manager|commissioner|secretary|economist|scientist|reporter|editor|correspondent|detective|sergeant|senator|governor|mayor|ceo|head|leader|member|engineer|doctor|student|resident|teacher|expert|adviser|advisor|partner|producer|writer|historian|coach';
const PERSON_RES = [
  new RegExp(
    String.raw`\b(?:said|says|according to|told|asked|added|explained|wrote)\s+(?:${TITLE}\s+)?(${NAME})`,
    'g',
  ),
  new RegExp(String.raw`(?:${TITLE})\s+(${NAME})`, 'g'),
  /\b(?:Mr|Mrs|Ms|Dr)\.\s+([A-Z][a-z'’-]+)\b(?!\s+[A-Z])/g,
  new RegExp(String.raw`\b(${NAME}),\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,4}?(?:${ROLE})\b`, 'gi'),
  new RegExp(String.raw`(?<![A-Z][a-z]*\s)\b(${NAME})\s+(?:said|says|told|added|explained|wrote)\b`, 'g'),
];

/** People named with a role or as a speaker: `said Jane Doe`, `Jane Doe, a spokeswoman`, `Dr. Jane Doe`. */
export function englishPeople(text: string): FactCandidate[] {
  const out: FactCandidate[] = [];
  for (const re of PERSON_RES) {
    for (const m of text.matchAll(re)) {
      const name = m[1]!;
      if (!/^[A-Z]/.test(name) || ORG_WORDS.test(name) || MONTHS_DAYS.test(name)) continue;
      const start = m.index! + m[0].indexOf(name);
      out.push({ kind: 'person', text: name, start, end: start + name.length });
    }
  }
  return out;
}

const QUOTE_RE = /[“"]([^”"]{3,60})[”"]/g;

/** Quoted titles (`“Super Mario Run”`): short and title-cased, so not quoted speech. */
export function englishQuotes(text: string): FactCandidate[] {
  const out: FactCandidate[] = [];
  for (const m of text.matchAll(QUOTE_RE)) {
    const words = m[1]!.trim().split(/\s+/);
    if (words.length > 6 || /[.!?,]$/.test(m[1]!)) continue;
    const capitalised = words.filter((w) => /^[A-Z0-9]/.test(w)).length;
    if (capitalised < Math.ceil(words.length * 0.6) || (words.length === 1 && words[0]!.length < 4)) continue;
    out.push({ kind: 'quote', text: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}
