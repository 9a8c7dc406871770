// Tuning values of the summarize stage, each with why it has its value.

/** Background table: keep terms seen in at least this many documents (a term in one document says nothing). */
export const DF_MIN_DOCS = 3;
/** Background table: at most this many terms, so the table stays a few tens of kB in the page bundle. */
export const DF_MAX_TERMS = 8000;

/** Longest Chinese place name before its suffix (`呼和浩特` 4, `新疆维吾尔` 5). */
export const PLACE_NAME_MAX = 5;
/** Longest Chinese organisation name, chained suffixes included (`自治区公安厅看护总队党支部` is 13). */
export const ORG_MAX_LENGTH = 16;
/** Without a place or level word to start from, trust at most this many characters before the suffix
 * (`文化旅游局` 4): longer runs usually start with a verb. */
export const ORG_FREE_BODY_MAX = 4;
/** Most name characters between two chained organisation suffixes (`公安局` + `交管` + `支队`). */
export const ORG_CHAIN_GAP_MAX = 4;
/** Longest quoted name kept as a fact: longer quotes are speech or whole clauses, not names. */
export const QUOTE_MAX_LENGTH = 40;
/** Shortest fact text: one character (`市`, `5`) tells a reader nothing. */
export const FACT_MIN_LENGTH = 2;

/** Key-sentence score weights: the lead carries most news, centrality finds the theme, the headline names it. */
export const WEIGHT_POSITION = 1;
export const WEIGHT_CENTRALITY = 1;
export const WEIGHT_HEADLINE = 0.5;
/** MMR trade-off between a sentence's score and its overlap with those already chosen. */
export const MMR_LAMBDA = 0.7;
/** Cosine above which two sentences are near-duplicates and the second is never chosen. */
export const DUPLICATE_SIMILARITY = 0.6;
/** Sentences shorter than this (characters) are captions or fragments, not key sentences. */
export const KEY_SENTENCE_MIN_CHARS = 10;
/** A Latin letter or digit counts this much of a Chinese character when measuring length (an English word of
 * ~5 letters plus its space carries about as much as two Chinese characters). */
export const LATIN_CHAR_WEIGHT = 0.4;
/** Length steps (Chinese-character equivalents) that each add a key sentence: 1 below 400 (a ~200-character
 * brief), 2 from 400, 3 from 1,000, 4 from 2,000, 5 from 3,500 (a long feature). */
export const KEY_SENTENCE_LENGTH_STEPS = [400, 1000, 2000, 3500];

/** Keywords shown per article: enough to tag it, few enough to read at a glance. */
export const KEYWORD_COUNT = 8;
/** Headline terms count this many times: the editor chose them to name the story. */
export const KEYWORD_HEADLINE_BOOST = 2;
/** Shortest non-Chinese keyword: two-letter words are mostly function words or abbreviations of nothing. */
export const KEYWORD_MIN_LATIN_LENGTH = 3;
