// The pathological corpus: pages the content script may meet in the wild, each generated at test time
// (deterministically, so nothing multi-megabyte is committed) with the outcome the pipeline must give.
// Times are checked against the extraction budget (lib/extract/constants.ts); see docs/BUDGET.md.
import type { PageKind } from '../../lib/model';
import { pick, seededRandom } from './random';
import { ARABIC_ARTICLE, CHINESE_NOTICE, PLAIN_ARTICLE, SHADOW_ARTICLE } from './texts';

export interface ExpectedOutcome {
  /** Detection kinds accepted for the page (detect and extract's own detection). */
  kinds: PageKind[];
  /** Bounds on the number of articles extracted. */
  articles: { min: number; max: number };
  /** Whether the budget must cut the page short (`true`), must not (`false`), or may. */
  truncated: boolean | 'either';
  /** The first article's headline, where the page has a known one. */
  headline?: string;
  /** Bounds on the first article's paragraph count, where known. */
  paragraphs?: { min: number; max: number };
  /** Primary language subtag the bulletin must report. */
  lang?: string;
}

export interface PathologicalCase {
  name: string;
  /** What makes the page hostile, in a line. */
  why: string;
  url: string;
  html: () => string;
  expected: ExpectedOutcome;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page(body: string, head = '<title>Test page</title>', htmlAttrs = 'lang="en"'): string {
  return `<!DOCTYPE html><html ${htmlAttrs}><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

function plainArticleMarkup(): string {
  return (
    `<article><h1>${PLAIN_ARTICLE.headline}</h1>` +
    PLAIN_ARTICLE.paragraphs.map((p) => `<p>${p}</p>`).join('') +
    `</article>`
  );
}

/** `depth` nested <div>s around one article (20,000 in the corpus; a DOM that cannot hold that gets fewer). */
export function deepNestingPage(depth = 20_000): string {
  return page('<div>'.repeat(depth) + plainArticleMarkup() + '</div>'.repeat(depth));
}

/** `count` paragraphs under one headline (60,000 in the corpus). */
export function manyParagraphsPage(count = 60_000): string {
  const random = seededRandom(60_000);
  const words = ['the', 'council', 'river', 'report', 'said', 'year', 'road', 'new', 'plan', 'city', 'work'];
  const paragraphs: string[] = [];
  for (let i = 0; i < count; i++) {
    const sentence = Array.from({ length: 8 }, () => pick(random, words)).join(' ');
    paragraphs.push(`<p>Paragraph ${i + 1}: ${sentence}.</p>`);
  }
  return page(`<main><h1>A page of sixty thousand paragraphs</h1>${paragraphs.join('')}</main>`);
}

/** `count` <article> elements (5,000 in the corpus). */
export function manyArticlesPage(count = 5_000): string {
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    items.push(
      `<article><h2>Item ${i + 1}: district office reports on road repairs</h2>` +
        `<p>The district office said on Monday that repairs on road ${i + 1} were finished ahead of plan, and traffic returns to normal this week.</p></article>`,
    );
  }
  return page(`<main>${items.join('')}</main>`);
}

function frameset(): string {
  return (
    '<!DOCTYPE html><html><head><title>Framed edition</title></head>' +
    '<frameset cols="20%,80%"><frame src="nav.html" name="nav"><frame src="page1.html" name="main">' +
    '<noframes><p>This page uses frames.</p></noframes></frameset></html>'
  );
}

function imagesOnly(): string {
  const images = Array.from(
    { length: 60 },
    (_, i) => `<img src="/scan/page-${i + 1}.jpg" alt="" width="800" height="1200">`,
  );
  return page(`<div class="epaper">${images.join('')}</div>`);
}

function pdfBytesAsHtml(): string {
  const random = seededRandom(0x504446);
  // A browser shown a PDF served as text/html decodes its bytes as windows-1252: every byte is a character.
  let binary = '';
  for (let i = 0; i < 200_000; i++) binary += String.fromCharCode(Math.floor(random() * 256));
  return (
    '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n' +
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n' +
    '3 0 obj\n<< /Length 200000 /Filter /FlateDecode >>\nstream\n' +
    binary +
    '\nendstream\nendobj\nxref\n0 4\n0000000000 65535 f \ntrailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n9\n%%EOF\n'
  );
}

/** One 1 MB run of Latin words and Han runs without any punctuation: no sentence end for a splitter to find. */
export function megabyteParagraphText(): string {
  const random = seededRandom(1_000_000);
  const latin = ['river', 'council', 'road', 'harbour', 'district', 'office', 'plan', 'work', 'city', 'year'];
  const han = ['公安', '机关', '推动', '工作', '转型', '升级', '全区', '群众', '安全', '发展'];
  const parts: string[] = [];
  let length = 0;
  while (length < 1_000_000) {
    const part =
      random() < 0.5
        ? pick(random, latin) + ' '
        : Array.from({ length: 4 }, () => pick(random, han)).join('') + ' ';
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

function megabyteParagraph(): string {
  return page(`<h1>One paragraph</h1><p>${megabyteParagraphText()}</p>`);
}

function randomCharacters(): string {
  const random = seededRandom(0xbad5eed);
  const ranges: [number, number][] = [
    [0x00, 0x7f], // ASCII, markup characters included
    [0x80, 0xff],
    [0x4e00, 0x9fff], // Han
    [0x0600, 0x06ff], // Arabic
    [0xd800, 0xdfff], // lone surrogates
    [0x1f300, 0x1faff], // emoji
    [0x200b, 0x202e], // zero-width and direction controls
  ];
  let text = '';
  for (let i = 0; i < 200_000; i++) {
    const [from, to] = pick(random, ranges);
    text += String.fromCodePoint(from + Math.floor(random() * (to - from + 1)));
  }
  return text;
}

function arabicArticle(): string {
  const a = ARABIC_ARTICLE;
  return page(
    `<header><nav><a href="/">الرئيسية</a> <a href="/local">محليات</a> <a href="/culture">ثقافة</a></nav></header>` +
      `<main><article><h1>${a.headline}</h1><p class="byline">${a.byline}</p>` +
      `<time datetime="${a.date}">${a.displayDate}</time>` +
      a.paragraphs.map((p) => `<p>${p}</p>`).join('') +
      `</article></main><footer><p>جميع الحقوق محفوظة</p></footer>`,
    `<title>${a.headline}</title><meta property="og:type" content="article">`,
    'lang="ar" dir="rtl"',
  );
}

function governmentNoticeInTables(): string {
  const n = CHINESE_NOTICE;
  const navRow = n.nav.map((item, i) => `<td><a href="/col${i}.html">${item}</a></td>`).join('');
  const sideLinks = n.related.map((t, i) => `<tr><td><a href="/doc${i}.html">${t}</a></td></tr>`).join('');
  const body = [n.salutation, ...n.paragraphs].map((p) => `<p>${p}</p>`).join('');
  return page(
    `<table width="100%" border="0" cellspacing="0" cellpadding="0">` +
      `<tr><td colspan="2"><table><tr><td class="banner">${n.site}</td></tr></table></td></tr>` +
      `<tr><td colspan="2"><table class="nav"><tr>${navRow}</tr></table></td></tr>` +
      `<tr><td width="200" valign="top"><table class="side"><tr><td>相关文件</td></tr>${sideLinks}</table></td>` +
      `<td valign="top"><table width="100%"><tr><td><table width="96%" align="center">` +
      `<tr><td align="center" class="title"><strong>${n.headline}</strong></td></tr>` +
      `<tr><td align="center" class="meta">发布时间：2024-03-15　来源：县政府办公室　【字体：大 中 小】</td></tr>` +
      `<tr><td align="center">${n.docNumber}</td></tr>` +
      `<tr><td class="content"><table><tr><td>${body}` +
      `<p align="right">${n.signature}</p><p align="right">${n.date}</p></td></tr></table></td></tr>` +
      `<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>` +
      `</table></td></tr></table></td></tr>` +
      `<tr><td colspan="2" class="footer">版权所有：${n.site}　备案号：某ICP备00000000号</td></tr></table>`,
    `<title>${n.headline}_${n.site}</title>`,
    'lang="zh-CN"',
  );
}

function declarativeShadowRoot(): string {
  const a = SHADOW_ARTICLE;
  return page(
    `<header><a href="/">Home</a> <a href="/news">News</a></header>` +
      `<news-story><template shadowrootmode="open"><style>h1{font-size:2em}</style>` +
      `<article><h1>${a.headline}</h1>${a.paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>` +
      `</template></news-story>`,
    `<title>${escapeText(a.headline)}</title>`,
  );
}

function hostileJsonLd(): string {
  const graph = Array.from({ length: 20_000 }, (_, i) => ({ '@type': 'Thing', name: `item ${i}`, position: i }));
  const scripts = [
    // broken: unterminated
    '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Broken',
    // deep: 100,000 levels of arrays, which a recursive walker would not survive
    '{"@type":"NewsArticle","author":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}',
    // deep objects, the same in another shape
    '{"@type":"NewsArticle","isPartOf":' + '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000) + '}',
    // huge: a 1 MB graph of things that are not articles
    JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }),
    // prototype pollution attempts
    '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"@type":"NewsArticle"}',
    // wrong types everywhere
    JSON.stringify({
      '@type': ['NewsArticle', null, 5, { x: 1 }],
      headline: 42,
      datePublished: { $date: 1 },
      dateModified: ['not', 'a', 'date'],
      author: [null, 5, { name: ['x', { y: 1 }] }, { '@type': 'Person', name: null }],
      publisher: 'a string where an object goes',
      '@graph': 'not an array',
      description: true,
      image: { url: { url: { url: null } } },
      mainEntityOfPage: 7,
    }),
    'null',
    '"just a string"',
    '[]',
    '5',
    '',
  ];
  const head =
    `<title>${PLAIN_ARTICLE.headline}</title>` +
    scripts.map((s) => `<script type="application/ld+json">${s}</script>`).join('');
  return page(plainArticleMarkup(), head);
}

/**
 * Lines shaped like the field readers' targets (photo credits, bylines, datelines, author parentheses,
 * dates) but long and repetitive: the input that makes a backtracking pattern take exponential time.
 * Each stays under the caption and credit length limits so every reader gets to try it.
 */
function fieldReaderBait(): string {
  const han = '公安机关推动政工工作转型升级打造全区读书活动现场';
  const lines: string[] = [];
  for (const n of [20, 30, 40, 60, 90]) {
    const run = han.repeat(8).slice(0, n);
    lines.push(
      `${run}摄${run}`,
      `${run}。${run}摄影`,
      `（${'萨其荣贵 '.repeat(n / 10)}李庭摄`,
      `记者 ${'张三 '.repeat(n / 5)}通讯员`,
      `(${'陆晗 '.repeat(n / 5)}`,
      `新华社${'北京'.repeat(n / 4)}4月22日`,
      `本报${'讯'.repeat(n / 2)}`,
      `${'2023年4月'.repeat(n / 8)}`,
      `Photo by ${'John '.repeat(n / 4)}and`,
      `By ${'Jane Doe, '.repeat(n / 8)}`,
      `${'BEIJING, '.repeat(n / 8)}April 22 (Reuters`,
      `${'WASHINGTON '.repeat(n / 8)}—`,
      `${'April 22, '.repeat(n / 8)}2023 at`,
    );
  }
  return page(
    `<article><h1>${PLAIN_ARTICLE.headline}</h1><p>${PLAIN_ARTICLE.paragraphs[0]}</p>` +
      lines.map((line) => `<p>${escapeText(line)}</p>`).join('') +
      `</article>`,
  );
}

export const PATHOLOGICAL_CASES: PathologicalCase[] = [
  {
    name: 'deep-nesting',
    why: '20,000 nested <div>s around one article: recursive walkers overflow the stack',
    url: 'https://example.org/deep.html',
    html: () => deepNestingPage(),
    expected: { kinds: ['article', 'other'], articles: { min: 0, max: 1 }, truncated: 'either' },
  },
  {
    name: 'sixty-thousand-paragraphs',
    why: '60,000 paragraphs (about 4 MB): more than a content script may read at once',
    url: 'https://example.org/long.html',
    html: () => manyParagraphsPage(),
    expected: { kinds: ['article', 'bulletin', 'other'], articles: { min: 0, max: 60_000 }, truncated: true },
  },
  {
    name: 'five-thousand-articles',
    why: '5,000 <article> elements: per-article work multiplied',
    url: 'https://example.org/many.html',
    html: () => manyArticlesPage(),
    expected: { kinds: ['bulletin', 'listing'], articles: { min: 1, max: 5_000 }, truncated: 'either' },
  },
  {
    name: 'frameset',
    why: 'a <frameset> instead of a <body>: document.body is not a body, or is missing',
    url: 'https://example.org/frames.html',
    html: frameset,
    expected: { kinds: ['other'], articles: { min: 0, max: 0 }, truncated: false },
  },
  {
    name: 'images-only',
    why: 'a scanned e-paper page: 60 images and no text',
    url: 'https://example.org/scan.html',
    html: imagesOnly,
    expected: { kinds: ['other'], articles: { min: 0, max: 0 }, truncated: false },
  },
  {
    name: 'empty-document',
    why: 'zero bytes: no head, no body, no text',
    url: 'https://example.org/empty.html',
    html: () => '',
    expected: { kinds: ['other'], articles: { min: 0, max: 0 }, truncated: false },
  },
  {
    name: 'pdf-bytes',
    why: "a PDF's bytes served as text/html: 200 kB of binary in one text node",
    url: 'https://example.org/report.pdf',
    html: pdfBytesAsHtml,
    expected: { kinds: ['other'], articles: { min: 0, max: 0 }, truncated: 'either' },
  },
  {
    name: 'megabyte-paragraph',
    why: 'one 1 MB paragraph without punctuation: no sentence end, regexes may backtrack',
    url: 'https://example.org/one-paragraph.html',
    html: megabyteParagraph,
    expected: { kinds: ['article', 'other'], articles: { min: 0, max: 1 }, truncated: 'either' },
  },
  {
    name: 'random-characters',
    why: '200,000 random code points (markup characters, lone surrogates, direction controls)',
    url: 'https://example.org/noise.html',
    html: randomCharacters,
    expected: { kinds: ['other', 'article', 'listing'], articles: { min: 0, max: 1 }, truncated: 'either' },
  },
  {
    name: 'arabic-rtl',
    why: 'a right-to-left Arabic article',
    url: 'https://example.org/ar/news/library.html',
    html: arabicArticle,
    expected: {
      kinds: ['article'],
      articles: { min: 1, max: 1 },
      truncated: false,
      headline: ARABIC_ARTICLE.headline,
      paragraphs: { min: ARABIC_ARTICLE.paragraphs.length, max: ARABIC_ARTICLE.paragraphs.length + 1 },
      lang: 'ar',
    },
  },
  {
    name: 'government-notice-tables',
    why: 'a Chinese government notice laid out in nested tables, with navigation and related links',
    url: 'https://www.example.gov.cn/zwgk/2024/0315/notice.html',
    html: governmentNoticeInTables,
    expected: {
      kinds: ['article'],
      articles: { min: 1, max: 1 },
      truncated: false,
      headline: CHINESE_NOTICE.headline,
      paragraphs: { min: CHINESE_NOTICE.paragraphs.length, max: CHINESE_NOTICE.paragraphs.length + 4 },
      lang: 'zh',
    },
  },
  {
    name: 'declarative-shadow-root',
    why: 'the article sits in <template shadowrootmode="open">; what a DOM makes of it differs (docs/BUDGET.md)',
    url: 'https://example.org/shadow.html',
    html: declarativeShadowRoot,
    // Parsers without declarative shadow DOM (happy-dom, linkedom) leave an inert template: the
    // article is not page content there. Where a shadow root is attached, see the separate test.
    expected: { kinds: ['article', 'other'], articles: { min: 0, max: 1 }, truncated: false },
  },
  {
    name: 'field-reader-bait',
    why: 'lines shaped like credits, bylines, datelines and dates, long and repetitive: regex backtracking',
    url: 'https://example.org/bait.html',
    html: fieldReaderBait,
    expected: { kinds: ['article', 'bulletin'], articles: { min: 1, max: 65 }, truncated: false },
  },
  {
    name: 'hostile-json-ld',
    why: 'JSON-LD broken, 100,000 levels deep, 1 MB large, with __proto__ keys and wrong types',
    url: 'https://example.org/hostile-ld.html',
    html: hostileJsonLd,
    expected: {
      kinds: ['article'],
      articles: { min: 1, max: 1 },
      truncated: false,
      headline: PLAIN_ARTICLE.headline,
      paragraphs: { min: PLAIN_ARTICLE.paragraphs.length, max: PLAIN_ARTICLE.paragraphs.length },
    },
  },
];

/** The declarative-shadow page's article, for the test that attaches the shadow root as Chromium does. */
export { SHADOW_ARTICLE };
