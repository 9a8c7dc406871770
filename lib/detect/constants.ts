// Tuning values for page detection (lib/detect). Each named once, with why.

/** Nodes the detection walk visits at most: 1.4× the largest corpus page (17k nodes), so a huge page costs no more than a large real one. */
export const MAX_NODES = 25_000;
/** Prose lines are checked for being text (not binary or noise) on their first this many characters: enough to tell, cheap on a megabyte line. */
export const QUALITY_SAMPLE_CHARS = 2_000;
/** Astral characters (emoji, rare Han) whose text category is remembered: enough for real pages, bounded on random ones. */
export const MAX_CACHED_ASTRAL_CHARS = 4_096;
/** Lines read at most: detection runs on every page load and must stay cheap on huge pages. */
export const MAX_LINES = 20_000;
/** A line at least this long (Latin chars; Han count double) with sentence punctuation is prose. */
export const PROSE_MIN_CHARS = 60;
/** Han characters weigh this much in length thresholds (one carries about a word). */
export const HAN_WEIGHT = 2;
/** Headlines are short: at most this many weighted characters… */
export const HEADLINE_MAX_CHARS = 120;
/** …and at least this many. */
export const HEADLINE_MIN_CHARS = 8;
/** Prose lines with more link text than this share are teasers or link lists. */
export const PROSE_MAX_LINK_DENSITY = 0.3;
/** A run needs this many prose lines under its headline to be a story. */
export const RUN_MIN_PROSE = 2;
/** An <article> with less weighted text than this is a teaser card. */
export const STORY_MIN_CHARS = 280;
/** …or more link text than this share (a block of headlines). */
export const STORY_MAX_LINK_SHARE = 0.3;
/** A page typed as one article whose largest <article> outweighs the next by this factor holds one story (plus comments or teasers). */
export const MAIN_STORY_DOMINANCE = 2;
/** Page-wide link share above which the page is an index of links. */
export const LISTING_LINK_DENSITY = 0.45;
/** Headline-like links needed for a listing. */
export const LISTING_MIN_LINKS = 4;
/** Prose lines at which a page holds an article rather than being a list. */
export const ARTICLE_MIN_PROSE = 3;
/** Weighted characters of plain prose that make an article even in few lines. */
export const ARTICLE_MIN_CHARS = 500;

/** Sentence-ending punctuation, half- and full-width. */
export const SENTENCE_END = /[.!?。！？…”"」』)）]\s*$/;
/** Clause punctuation inside a line: prose has it, headlines and menus mostly not. */
export const CLAUSE_MARK = /[,，、。;；.:：]/;
/** Datelines opening a story: `本报讯`, `呼和浩特讯`, `新华社北京4月22日电`, `BEIJING, April 22 (Reuters) -`, `WASHINGTON —`. */
export const DATELINE =
  /^\s*(?:【?本报讯】?|[\p{Script=Han}]{2,8}讯[\s　]|(?:新华社|中新社|人民网|央视网|中新网)[\p{Script=Han}]{0,8}\d{1,2}月\d{1,2}日电|[A-Z][A-Z .'’-]{2,30}(?:,\s*[A-Z][\p{L}. ]{1,30})?(?:\s*\((?:Reuters|AP|AFP|Xinhua|Bloomberg)\))?\s*[—–-]{1,2}\s)/u;
/** A story's closing author credit: `(陆晗)`, `(萨其荣贵 李庭)`, `(记者 胡晓蓉)`, `记者 张三 通讯员 李四`, `By Jane Doe`. */
export const CREDIT_LINE =
  /(?:^|[。！？.!?”])\s*[(（]\s*(?:本报)?(?:记者|通讯员|实习生)?\s*[\p{Script=Han}·]{2,6}(?:[\s、,，]+[\p{Script=Han}·]{2,6}){0,5}\s*(?:[\p{Script=Han}]{2,4}报道)?\s*[)）]\s*$|^\s*(?:本报)?记者\s*[\p{Script=Han}·]{2,4}(?:\s+[\p{Script=Han}·]{2,4})*(?:\s+通讯员\s*[\p{Script=Han}·]{2,4}(?:\s+[\p{Script=Han}·]{2,4})*)?\s*$|^\s*By\s+[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){0,3}\s*$/u;
/** E-paper page hints in the URL: `/epaper/`, `node_03.html`, `/html/2023-04/26/`. */
export const EPAPER_URL =
  /\/(?:e-?paper|dzb|szb|paper|epaperpc|ebook)\/|node_\d+\.html?|\/html\/\d{4}-\d{2}\/\d{2}\//i;
/** A single e-paper story's URL: `content_4.html`, `content_20230426_4.htm`. */
export const EPAPER_STORY_URL = /content_[\d_]+\.html?/i;
/** Print page labels: `第03版`, `A3版`. */
export const PAGE_LABEL = /第\s*[0-9０-９一二三四五六七八九十]+\s*版|\b[A-Z]\d{1,2}\s*版/;
/**
 * A title naming a bulletin (`公安工作简报(第12期)`, `警情通报`, `Daily Press Releases`): its headline runs are
 * items, not one article's section heads.
 */
export const BULLETIN_TITLE =
  /简报|快报|通报|周报|工作动态|政务动态|第\s*[0-9０-９一二三四五六七八九十百]+\s*期|\bbulletin\b|\bpress releases\b|\bnews in brief\b/i;
/** schema.org / Open Graph types of single stories. */
export const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|Report|TechArticle|ScholarlyArticle|LiveBlogPosting|article)$/;
/** …and of index pages. */
export const LISTING_TYPES = /^(?:CollectionPage|ItemList|SearchResultsPage|Blog|WebSite)$/;
