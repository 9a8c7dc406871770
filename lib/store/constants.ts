// Tuning values of the library storage, each with why.

/** Name of the one IndexedDB database of the extension. */
export const DATABASE_NAME = 'bulletin-digest';

/** How many characters of the lead paragraph go into the search index when an article has no summary yet. */
export const LEAD_INDEX_CHARS = 300;

/** Weight of a query token found in a title or headline, against 1 for the rest: headlines say what a page is about. */
export const HEADLINE_WEIGHT = 3;

/** Search results per page when the caller gives no limit: one screen of the library list. */
export const DEFAULT_PAGE_SIZE = 20;

/** Upper bound on a page of results, so a caller cannot ask to render the whole library at once. */
export const MAX_PAGE_SIZE = 200;

/**
 * When filters narrow the library to at most this many pages, a text query also scans their full article text,
 * so words only found deep in a body are still found where it is cheap (about 4 articles × 2 kB per page).
 */
export const FULL_TEXT_SCAN_LIMIT = 300;

/** Characters of context either side of the first match in a result snippet. */
export const SNIPPET_CONTEXT = 40;

/** Latin prefixes shorter than this match exactly: a one-letter prefix would match half the index. */
export const MIN_PREFIX_LENGTH = 2;

/** Marker put before terms of titles and headlines (stored only in this form), so relevance can tell them apart. */
export const HEAD_TERM_MARK = '^';

/** Query parameters that identify a visit, not a page: dropped from the canonical URL key. */
export const TRACKING_PARAMS =
  /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_[ce]id|spm|scm|from|share_token|ref|ref_src|_hsenc|_hsmkt)$/i;

/**
 * A Chinese query of three or more characters is found by intersecting its bigrams, then checked against the
 * page text: up to this many candidates are all checked (exact total); beyond, only as many as a page shows.
 */
export const VERIFY_ALL_LIMIT = 200;

/** Candidates checked per read when only the page shown is checked: a few pages' worth of rows. */
export const VERIFY_CHUNK = 40;

/** Date order for at most this many pages reads their rows; beyond, the date index's keys are cheaper. */
export const DATE_ROWS_LIMIT = 300;

/**
 * Pending search rows indexed per transaction: a backlog (rows left by a closed popup) is worked off in short
 * transactions, so a save arriving meanwhile waits for one batch, not for the whole backlog.
 */
export const INDEX_BATCH = 50;
