// Deterministic synthetic library built from real corpus text: bulletins of 2–6 articles whose paragraphs,
// sentences and numbers come from the corpus, spread over sites, dates and tags like a heavy reader's library.
import type { Article, Bulletin, Fact } from '../../lib/model';
import type { ReaderLayer } from '../../lib/store/save';

export interface CorpusDoc {
  lang: 'zh' | 'en';
  paragraphs: string[];
}

/** mulberry32: a tiny seeded PRNG so the Node and Chromium runs build the same library. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAGS = [
  '公安',
  '政务',
  '经济',
  '教育',
  '文化',
  '法治',
  '科技',
  '民生',
  '环保',
  '交通',
  '医疗',
  '农业',
  'policy',
  'economy',
  'courts',
  'tech',
  'climate',
  'health',
  'elections',
  'science',
  'to-read',
  'follow-up',
  'quotes',
  'data',
];
const SITES = Array.from({ length: 24 }, (_, i) =>
  i % 2 ? `news${i}.example.com` : `epaper${i}.example.cn`,
);
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2022, 0, 1);

const sentenceSegmenters = new Map<string, Intl.Segmenter>();
function sentences(text: string, lang: string): string[] {
  let seg = sentenceSegmenters.get(lang);
  if (!seg) sentenceSegmenters.set(lang, (seg = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return [...seg.segment(text)].map((s) => s.segment.trim()).filter((s) => s.length > 4);
}

function headlineFrom(paragraph: string, lang: string, issue: number): string {
  const first = sentences(paragraph, lang)[0] ?? paragraph;
  if (lang === 'zh') return `${first.replace(/[。!?！？]+$/, '').slice(0, 24)} 第${issue}期`;
  return `${first
    .split(/\s+/)
    .slice(0, 10)
    .join(' ')
    .replace(/[.!?]+$/, '')} (No. ${issue})`;
}

const NUMBER = /\d[\d,.]*\s?(?:%|[\p{sc=Han}]{1,2})?/gu;
const QUOTED = /[“"]([^”"]{2,12})[”"]/gu;

function summaryOf(paragraphs: string[], lang: string): Article['summary'] {
  const picked: { text: string; paragraph: number; score: number }[] = [];
  const firsts = paragraphs.map((p) => sentences(p, lang));
  const choose = (paragraph: number, which: 'first' | 'longest', score: number) => {
    const list = firsts[paragraph] ?? [];
    const text = which === 'first' ? list[0] : list.reduce((a, b) => (b.length > a.length ? b : a), '');
    if (text && !picked.some((p) => p.text === text)) picked.push({ text, paragraph, score });
  };
  choose(0, 'first', 1);
  if (paragraphs.length > 1) choose(1, 'longest', 0.8);
  if (paragraphs.length > 2) choose(paragraphs.length - 1, 'first', 0.6);
  const facts: Fact[] = [];
  const all = paragraphs.join('\n');
  for (const m of all.matchAll(NUMBER))
    if (facts.length < 5 && m[0].length > 1) facts.push({ kind: 'number', text: m[0].trim(), sentence: 0 });
  for (const m of all.matchAll(QUOTED))
    if (facts.length < 8) facts.push({ kind: 'quote', text: m[1], sentence: 0 });
  return { sentences: picked, facts, keywords: [] };
}

export interface GeneratedPage {
  bulletin: Bulletin;
  layer: ReaderLayer;
}

/** Page number `i` of the synthetic library (same output for the same docs and i). */
export function generatePage(docs: readonly CorpusDoc[], i: number): GeneratedPage {
  const rnd = random(i * 7919 + 13);
  const lang: 'zh' | 'en' = rnd() < 0.6 ? 'zh' : 'en';
  const pool = docs.filter((d) => d.lang === lang);
  const site = SITES[Math.floor(rnd() * SITES.length)];
  const day = new Date(FIRST_DAY + Math.floor(rnd() * 1095) * DAY_MS).toISOString().slice(0, 10);
  const count = 2 + Math.floor(rnd() * 5);
  const articles: Article[] = [];
  for (let a = 0; a < count; a++) {
    // 2% of articles are the same story another page (saved earlier) carries: the dedupe path is exercised.
    const source = rnd() < 0.02 && i > 50 ? i - 37 : i;
    const r = random(source * 104729 + a * 31 + 7);
    const doc = pool[Math.floor(r() * pool.length)] ?? docs[0];
    const start = Math.floor(r() * Math.max(1, doc.paragraphs.length - 2));
    const paragraphs: string[] = [];
    let size = 0;
    const want = 2 + Math.floor(r() * 5);
    for (let p = start; p < doc.paragraphs.length && paragraphs.length < want && size < 1800; p++) {
      paragraphs.push(doc.paragraphs[p]);
      size += doc.paragraphs[p].length;
    }
    articles.push({
      id: `g${source}-${a}`,
      headline: headlineFrom(paragraphs[0] ?? '', doc.lang, source * 10 + a),
      authors: r() < 0.5 ? [] : [doc.lang === 'zh' ? '李庭' : 'Jane Doe'],
      sections: [{ paragraphs }],
      figures:
        r() < 0.3
          ? [{ caption: sentences(paragraphs.at(-1) ?? '', doc.lang)[0] ?? '', credit: 'photo' }]
          : [],
      summary: summaryOf(paragraphs, doc.lang),
    });
  }
  const url = `https://${site}/${day}/page-${i}.html`;
  const layer: ReaderLayer = {};
  if (rnd() < 0.25)
    layer.note = sentences(articles[0].sections[0].paragraphs.at(-1) ?? '', lang)[0] ?? 'note';
  if (rnd() < 0.1) layer.starred = true;
  const tagCount = Math.floor(rnd() * 4);
  if (tagCount) layer.tags = Array.from({ length: tagCount }, () => TAGS[Math.floor(rnd() * TAGS.length)]);
  if (rnd() < 0.05) layer.articleNotes = { [articles[0].id]: 'follow up on this' };
  if (rnd() < 0.05) {
    const text = articles[0].summary.sentences[0]?.text ?? '';
    if (text) layer.highlights = [{ articleId: articles[0].id, paragraph: 0, offset: 0, text }];
  }
  return {
    bulletin: {
      url,
      canonicalUrl: url,
      title: articles[0].headline,
      siteName: site,
      lang,
      publishedAt: day,
      detection: { kind: 'bulletin', score: 0.9, signals: ['bench'] },
      articles,
      contentHash: `bench-${i}`,
    },
    layer,
  };
}

/** 20 Chinese and 20 English queries: fixed ones from the issue, the rest sampled from indexed text. */
export function pickQueries(docs: readonly CorpusDoc[], pages: number): { zh: string[]; en: string[] } {
  const rnd = random(4242);
  const zh = ['知识产权', '鄂尔多斯', '政工', '多措并举', '公安'];
  const en: string[] = ['intell', 'electr'];
  const han = /^\p{sc=Han}+$/u;
  const zhWords = new Intl.Segmenter('zh', { granularity: 'word' });
  for (let tries = 0; (zh.length < 20 || en.length < 20) && tries < 10_000; tries++) {
    const page = generatePage(docs, Math.floor(rnd() * pages));
    const article = page.bulletin.articles[Math.floor(rnd() * page.bulletin.articles.length)];
    const text = article.summary.sentences[Math.floor(rnd() * article.summary.sentences.length)]?.text ?? '';
    if (page.bulletin.lang === 'zh' && zh.length < 20) {
      // Readers search words and names: sample segmenter words (2–4 characters) of what is on the page.
      const words = [...zhWords.segment(text)]
        .map((w) => w.segment)
        .filter((w) => han.test(w) && w.length >= 2 && w.length <= 4);
      const q = words[Math.floor(rnd() * words.length)];
      if (q && !zh.includes(q)) zh.push(q);
    } else if (page.bulletin.lang === 'en' && en.length < 20) {
      const words = text.toLowerCase().match(/[a-z]{6,}/g) ?? [];
      const w = words[Math.floor(rnd() * words.length)];
      const q = w?.slice(0, 4 + Math.floor(rnd() * 3));
      if (q && !en.includes(q)) en.push(q);
    }
  }
  return { zh, en };
}
