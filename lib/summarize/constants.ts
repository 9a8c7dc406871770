// Tuning values of the summarize stage, each with why it has its value.

/** Background table: keep terms seen in at least this many documents (a term in one document says nothing). */
export const DF_MIN_DOCS = 3;
/** Background table: at most this many terms, so the table stays a few tens of kB in the page bundle. */
export const DF_MAX_TERMS = 8000;
