// Tuning values for the extraction stage. Each is named once, with the reason for its value.

// ── Segmentation, fields and budget (blocks, mend, segment, fields) ──

/** Default wall-clock budget for one extract() call: a page that takes longer is returned truncated. */
export const DEFAULT_MAX_MILLIS = 1000;
/** Default node budget: 3.5× the largest corpus page (17k nodes), so only hostile pages hit it (docs/BUDGET.md). */
export const DEFAULT_MAX_NODES = 60_000;
/** At most this many text blocks are kept (a long real page has ~2,000): bounds segmentation time. */
export const MAX_BLOCKS = 20_000;
/** Segmentation and finishing read the clock once per this many blocks or articles (each costs far more than a node). */
export const CLOCK_CHECK_EVERY_BLOCKS = 64;
/** Distinct tag names a walker's cache remembers: pages use a few dozen; a flood of custom elements must not grow it without end. */
export const MAX_CACHED_TAG_NAMES = 512;
/** Distinct class (and id) strings whose pattern verdicts are remembered: pages reuse a few hundred. */
export const MAX_CACHED_CLASSES = 2_048;
/** The clock is read once per this many nodes: reading it per node costs more than the walk itself. */
export const CLOCK_CHECK_EVERY_NODES = 512;

/** A Chinese headline rarely runs past this many characters; longer lines are body text. */
export const HEADLINE_MAX_CJK_CHARS = 40;
/** Latin headlines: at most this many words (long English headlines run ~15). */
export const HEADLINE_MAX_WORDS = 22;
/** …and this many characters, whatever the script. */
export const HEADLINE_MAX_CHARS = 160;
/** Two headlines sharing this share of their words (Dice) are one headline printed twice (page vs. its data). */
export const HEADLINE_MATCH_SHARE = 0.6;
/** A share of Han characters above this makes a line "CJK" for length and joining rules. */
export const CJK_SHARE = 0.3;

/** Blocks with more link text than this share are navigation, not prose. */
export const MAX_LINK_DENSITY = 0.5;
/** Photo captions are short; a longer block carrying `摄`/`Photo:` is prose quoting a photographer. */
export const CAPTION_MAX_CHARS = 200;
/** …but a wire photo's caption (`In this Dec. 12, 2006, file photo, …`) names everyone in the picture. */
export const WIRE_CAPTION_MAX_CHARS = 400;
/** An author credit line (`(萨其荣贵 李庭)`, `By Jane Doe`) is never longer than this. */
export const CREDIT_MAX_CHARS = 60;
/**
 * The date an English byline may end with, beyond the credit's own length: a weekday, a month's name, the
 * day, the year and a time (`on Wednesday, September 18th, 2019 at 11:04 a.m.` is 48 characters).
 */
export const BYLINE_DATE_MAX_CHARS = 50;
/** A date line or byline/source line under a headline is short; longer lines are prose that mention dates. */
export const META_LINE_MAX_CHARS = 120;
/** Text left over around a date on a date line (weekday, time zone, labels) up to this length. */
export const DATE_LINE_MAX_EXTRA_CHARS = 16;
/** Chinese personal names: 2–4 Han characters; transliterated minority names joined by `·` run longer. */
export const CJK_NAME_MAX_CHARS = 12;
/** A paragraph-sized image (icons and spacers are smaller) when the page states a size. */
export const MIN_FIGURE_IMAGE_PX = 60;
/** Untitled prose shorter than this after an article ends is a leftover note, folded into that article. */
export const MIN_UNTITLED_ARTICLE_CHARS = 200;
/**
 * A teaser's blurb cut off with an ellipsis under its linked headline (`… Read More`) runs to about this
 * length (related-story cards show two to four lines); a longer body is a story printed here.
 */
export const MAX_TEASER_EXCERPT_CHARS = 600;

/**
 * Share of the budget kept for building the result once the stages stop (text gate, image addresses, content
 * hash: a few ms even for thousands of articles), so that the whole call, not only its stages, ends in time.
 */
export const RESULT_TIME_SHARE = 0.05;
/**
 * Share of the budget the page walk (detection, metadata, content-region scores) may take, the region's retry
 * without class filters included, so the block walk and segmentation get their turn.
 */
export const PAGE_WALK_TIME_SHARE = 0.5;
/** Share the block walk may take after that: the rest is kept for segmentation and fields, which turn what was walked into articles. */
export const WALK_TIME_SHARE = 0.2;
/** An article whose letters, marks and digits are under this share of its visible characters is not text (binary, noise). */
export const MIN_WORD_CHAR_SHARE = 0.5;
/** …or whose control, format, surrogate and replacement characters are over this share: prose has almost none. */
export const MAX_JUNK_CHAR_SHARE = 0.1;

/**
 * Heading-only lines in a row after a story's text that make a list (tour dates, a schedule) rather than
 * headings whose sections came out empty: two could be a heading and a subheading over a dropped block.
 */
export const MIN_SHORT_LINE_LIST = 3;
