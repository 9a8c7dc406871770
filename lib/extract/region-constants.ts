// Tuning values for finding the content region (lib/extract/region.ts). Each named once, with why.
// Regular expressions follow Readability's REGEXPS where they carry over, widened for Chinese pages.

/** Class/id words of page furniture: such elements are dropped before scoring (Readability's list + pinyin-free CJK sites' usual words). */
export const UNLIKELY_CANDIDATE =
  /-ad-|\bads?\b|adsense|advert|ai2html|banner|breadcrumbs?|crumbs?|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|\bheader\b|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|sharing|toolbar|topbar|top-bar|copyright|recommend|navbar|\bnav\b|subnav|login|subscribe|newsletter|cookie|page-?list|tags?-?list|hot-?news|paper-?nav/i;

/** …unless they also carry one of these (e.g. `main-header-content`). */
export const MAYBE_CANDIDATE = /and|article|body|column|content|main|mathjax|shadow|text|story|post|entry/i;

/** Class/id words that raise or lower an element's score (Readability's POSITIVE/NEGATIVE). */
export const POSITIVE_CLASS =
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|detail|zoom|news-?con/i;
export const NEGATIVE_CLASS =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|recommend|nav|menu/i;
/** Score added or removed by a class/id match: Readability's weight. */
export const CLASS_WEIGHT = 25;

/** Elements that never hold article text. */
export const BOILERPLATE_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  // A frameset page's notice for browsers without frames, not its content.
  'NOFRAMES',
  'TEMPLATE',
  'NAV',
  'ASIDE',
  'FOOTER',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SVG',
  'MENU',
  'DIALOG',
  'HEAD',
  'LINK',
  'META',
]);
/** ARIA landmark roles of page furniture. */
export const BOILERPLATE_ROLES =
  /^(navigation|complementary|contentinfo|banner|search|menu|menubar|dialog|alert)$/i;
/** Inline styles that hide an element (no layout is available, so only the attribute is read). */
export const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** A block whose heading reads like one of these is a related-links, comments or sharing block. */
export const BOILERPLATE_HEADING =
  /^\s*(相关(新闻|阅读|文章|报道|链接|推荐|专题|稿件)|延伸阅读|推荐阅读|猜你喜欢|热门(新闻|文章|推荐|排行)|热点推荐|精彩推荐|网友评论|精彩评论|评论|我要评论|发表评论|更多(新闻|阅读)|related( (articles|stories|posts|news|content|coverage|reading))?|more (stories|news|from|on)|more (stories|posts|articles) (by|from) [^:：]{1,30}|[^:：]{1,30}['’]s (most recent|latest|recent|more|other) (stories|posts|articles)|read (more|next)|you (may|might) also like|recommended( for you)?|most (read|popular|viewed)|trending|comments?|leave a (reply|comment)|\d+ comments?|don[’']?t miss|top (videos?|stories)|editor[’']?s picks|latest (news|stories|videos)|join the conversation|popular( now)?|up next|see also|also read|more (videos|coverage)|往期回顾|点击排行|热门点击|图片新闻|视频推荐|最新(新闻|文章|资讯))\s*[:：]?\s*$/i;
/** Short blocks carrying these are legal/editorial furniture (footer lines, editor credits, share bars). */
export const BOILERPLATE_TEXT =
  /版权所有|备案号|ICP备|ICP证|未经授权禁止|责任编辑|责编[:：]|编辑[:：]|分享到|扫一扫|all rights reserved|copyright\s*(©|\(c\)|\d{4})|©\s*\d{4}|share (on|this)|sharing is caring|^\s*\d+\s*shares?\s*$|^\s*(previous|next) (post|article|story)\s*$|^\s*advertisement\s*$|save my name, email|^\s*(上一篇|下一篇|上一版|下一版|返回顶部|打印本页|关闭窗口)/i;
/** Above this many characters a block is too long to be one furniture line. */
export const BOILERPLATE_TEXT_MAX_CHARS = 160;

/** E-paper page lists (`第01版:要闻`): a link whose text matches marks its list as navigation. */
export const PAGE_LIST_LINK = /^\s*第\s*[0-9０-９一二三四五六七八九十]+\s*版/;

/** Blocks with more link text than this share are link lists… */
export const LINK_LIST_DENSITY = 0.5;
/** …when their own (non-link) text is shorter than this — guards layout tables holding the article. */
export const LINK_LIST_MAX_PLAIN_CHARS = 200;

/** Readability's paragraph threshold: shorter runs of text add nothing to a candidate. */
export const MIN_PARAGRAPH_CHARS = 25;
/** Characters per extra point, capped (Readability: 100, 3). */
export const CHARS_PER_POINT = 100;
export const MAX_LENGTH_POINTS = 3;
/** Ancestors that receive a paragraph's score (Readability scores 5 levels up). */
export const SCORE_ANCESTOR_LEVELS = 5;
/** Clause punctuation, half- and full-width: each one is a point (Readability counts commas). */
export const CLAUSE_PUNCTUATION = ',，、。;；';

/** Siblings of the best candidate scoring at least this share of it belong to the content (Readability: 0.2). */
export const SIBLING_SCORE_SHARE = 0.2;
/** …and at least this score in absolute terms (Readability: 10). */
export const SIBLING_MIN_SCORE = 10;
/**
 * A block with at least this many clause marks holds prose (Readability's cleanConditionally keeps such
 * blocks): a sibling of the best candidate's class that does is another part of its body.
 */
export const PROSE_MIN_COMMAS = 10;
/** Alternative top candidates within this share of the best vote for their common ancestor (Readability: 0.75). */
export const ALTERNATIVE_CANDIDATE_SHARE = 0.75;
/** How many alternative candidates must agree on an ancestor (Readability: 3). */
export const MIN_AGREEING_CANDIDATES = 3;
/** How many top candidates are compared (Readability: 5). */
export const TOP_CANDIDATES = 5;

/** An <article> or headline run with at least this much text counts as a story (below: a teaser card). */
export const MIN_STORY_CHARS = 140;
/** Levels the root may climb to take in the headline that sits just outside the body container. */
export const HEADLINE_CLIMB_LEVELS = 4;
/** Blocks in the content this link-dense, without clause punctuation, are link furniture (Readability's cleanConditionally). */
export const CONDITIONAL_LINK_DENSITY = 0.33;
/** …unless they hold at least this share of the best candidate's text (then they are its body). */
export const CONDITIONAL_MAX_SHARE = 0.5;
/** Lines between the headline and the body longer than this are not deck/byline/date lines. */
export const HEADLINE_ZONE_MAX_CHARS = 400;
