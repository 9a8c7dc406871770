// The time and size budget of extraction inside a page (see docs/ARCHITECTURE.md for the measurements).

/** Options handed to extract() by the content script: it stops cleanly and sets `truncated` beyond them. */
export const EXTRACT_BUDGET = {
  /** Keeps a click on the icon from freezing the page noticeably. */
  timeBudgetMs: 300,
};
