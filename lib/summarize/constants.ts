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

/** Key-sentence score weights: the lead carries most news, so position weighs most; centrality (the article's
 * theme) and closeness to the headline (the editor's own summary) weigh half as much (tuned on the seed and
 * readability-dev excerpts with npm run bench:summary). */
export const WEIGHT_POSITION = 1;
export const WEIGHT_CENTRALITY = 0.5;
export const WEIGHT_HEADLINE = 0.5;
/** MMR trade-off between a sentence's score and its overlap with those already chosen. */
export const MMR_LAMBDA = 0.7;
/** Cosine above which two sentences are near-duplicates and the second is never chosen. */
export const DUPLICATE_SIMILARITY = 0.6;
/** Sentences shorter than this (characters) are captions or fragments, not key sentences. */
export const KEY_SENTENCE_MIN_CHARS = 10;
/** A non-Chinese letter or digit counts this much of a Chinese character when measuring length: an English
 * word (~5.5 characters with its space) carries about what 1.4 Chinese characters do. */
export const LATIN_CHAR_WEIGHT = 0.25;
/** Length steps (Chinese-character equivalents) that each add a key sentence: 1 below 1,000 (a brief or a
 * short news item), 2 from 1,000, 3 from 3,000, 4 from 6,000, 5 from 10,000 (a long feature, ~7,000 English
 * words). Each extra sentence costs precision against a one-sentence digest, so they come slowly. */
export const KEY_SENTENCE_LENGTH_STEPS = [1000, 3000, 6000, 10000];

/** Keywords shown per article: enough to tag it, few enough to read at a glance. */
export const KEYWORD_COUNT = 8;
/** Headline terms count this many times: the editor chose them to name the story. */
export const KEYWORD_HEADLINE_BOOST = 2;
/** Shortest non-Chinese keyword: two-letter words are mostly function words or abbreviations of nothing. */
export const KEYWORD_MIN_LATIN_LENGTH = 3;
/** A keyword must occur at least this often (headline occurrences count double): once is chance. */
export const KEYWORD_MIN_COUNT = 2;
/** Articles with at most this many Chinese characters are word-split whole (Intl.Segmenter costs ~0.8 ms CPU
 * per 1,000 characters, so ~5 ms here): nearly every bulletin article. Longer ones are compared on
 * character bigrams, which keeps a 20,000-character article within its 20 ms budget. */
export const WORD_SPLIT_MAX_CHARS = 6000;
/** Keywords of a longer article are counted over the words of its first this many Chinese characters. */
export const KEYWORD_SAMPLE_CHARS = 3000;
/** A phrase replaces its chosen part when it accounts for at least this share of the part's uses. */
export const KEYWORD_PHRASE_SHARE = 0.5;
/** Keywords need at least this IDF (in at most about a third of background documents): `the`, `said` and
 * `work` are in most. */
export const KEYWORD_MIN_IDF = 1;
/** Position share that falls linearly from the first sentence to the last: without it a long piece's second
 * key sentence came from its closing paragraphs (bench: corpus ROUGE-2 0.270 → 0.294 at 0.6). */
export const POSITION_DECAY = 0.6;

/** Work bounds, so a hostile page (a 1 MB paragraph without punctuation, a PDF's bytes served as HTML) cannot
 * hang the page that summarises it. Characters of paragraph text considered, from the start: twice a
 * 20,000-character feature, and news puts what matters first, so a longer article's tail adds little. */
export const MAX_SUMMARY_CHARS = 40_000;
/** Sentences considered at most: above a real article's count within MAX_SUMMARY_CHARS (a sentence averages
 * 40–150 characters), it bounds the per-sentence and MMR work on text cut into tiny pieces. */
export const MAX_SUMMARY_SENTENCES = 600;
/** Longest sentence: a run with no sentence end is cut at whitespace (else anywhere) into pieces at most this
 * long before any per-sentence work, so no rule ever scans more. Real sentences stay well below it (the
 * longest in the seed and corpus are a few hundred characters). */
export const MAX_SENTENCE_CHARS = 1_000;
