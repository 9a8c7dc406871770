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
